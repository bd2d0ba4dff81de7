import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { openStorage, storageKey } from '../../src/core/storage.js';

describe('openStorage', () => {
  const key = 'backcare-test-storage';
  afterEach(() => {
    sinon.restore();
    localStorage.removeItem(key);
  });

  it('reads and writes local storage when it works', () => {
    const storage = openStorage();
    expect(storage.persistent).to.equal(true);
    expect(storage.write(key, 'a')).to.equal(true);
    expect(localStorage.getItem(key)).to.equal('a');
    expect(openStorage().read(key)).to.equal('a');
    storage.remove(key);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('keeps working in memory when local storage throws on every call', () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('blocked', 'SecurityError'));
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
    sinon.stub(Storage.prototype, 'removeItem').throws(new DOMException('blocked', 'SecurityError'));
    const storage = openStorage();
    expect(storage.persistent).to.equal(false);
    expect(storage.write(key, 'b')).to.equal(false);
    expect(storage.read(key)).to.equal('b');
    expect(() => storage.remove(key)).not.to.throw();
    expect(storage.read(key)).to.equal(null);
  });

  it('falls back to memory when storage fills up after opening', () => {
    const storage = openStorage();
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    expect(storage.write(key, 'c')).to.equal(false);
    expect(storage.persistent).to.equal(false);
    expect(storage.read(key)).to.equal('c');
  });

  it('tells other handles on the page about a change to their key only', () => {
    const a = openStorage();
    const b = openStorage();
    const seen: (string | null)[] = [];
    const other: (string | null)[] = [];
    const stop = b.subscribe(key, (value) => seen.push(value));
    const stopOther = b.subscribe('another-key', (value) => other.push(value));
    a.write(key, 'x');
    a.remove(key);
    b.write(key, 'own write is not echoed');
    stop();
    stopOther();
    a.write(key, 'after unsubscribe');
    expect(seen).to.deep.equal(['x', null]);
    expect(other).to.deep.equal([]);
  });

  it('hears changes made in another tab through the storage event', () => {
    const storage = openStorage();
    const seen: (string | null)[] = [];
    const stop = storage.subscribe(key, (value) => seen.push(value));
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: 'from another tab' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'unrelated', newValue: 'no' }));
    stop();
    expect(seen).to.deep.equal(['from another tab']);
  });

  it('still reads what was saved, and still removes it, when storage is full', () => {
    localStorage.setItem(key, 'saved before it filled');
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    const storage = openStorage();
    expect(storage.read(key)).to.equal('saved before it filled');
    expect(storage.persistent).to.equal(false);
    // A write that fails is kept in memory and wins for the visit...
    expect(storage.write(key, 'new')).to.equal(false);
    expect(storage.read(key)).to.equal('new');
    expect(localStorage.getItem(key)).to.equal('saved before it filled');
    // ...and a removal still reaches storage: "Clear all" clears.
    expect(storage.remove(key)).to.equal(true);
    expect(localStorage.getItem(key)).to.equal(null);
    expect(storage.read(key)).to.equal(null);
  });

  it('saves again once the site frees room', () => {
    const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    const storage = openStorage();
    expect(storage.write(key, 'a')).to.equal(false);
    setItem.restore();
    expect(storage.write(key, 'b')).to.equal(true);
    expect(storage.persistent).to.equal(true);
    expect(localStorage.getItem(key)).to.equal('b');
  });

  it('works with storage really filled to its quota', function () {
    this.timeout(30_000);
    const fillers: string[] = [];
    try {
      // Fill the origin's quota with large values, then with smaller ones, until nothing more fits.
      for (let size = 1 << 20; size >= 16; size >>= 2) {
        for (;;) {
          const filler = `backcare-test-fill-${fillers.length}`;
          try {
            localStorage.setItem(filler, 'x'.repeat(size));
            fillers.push(filler);
          } catch {
            break;
          }
        }
      }
      expect(fillers.length).to.be.greaterThan(0);
      const storage = openStorage();
      expect(storage.persistent).to.equal(false);
      expect(storage.write(key, JSON.stringify({ v: 1, checked: ['a', 'b', 'c'] }))).to.equal(false);
      expect(storage.read(key)).to.equal('{"v":1,"checked":["a","b","c"]}');
      expect(storage.remove(key)).to.equal(true);
      expect(storage.read(key)).to.equal(null);
    } finally {
      for (const filler of fillers) localStorage.removeItem(filler);
    }
  });

  it('keeps keys whole, or hashes a very long one whole: two names sharing a long beginning never meet', () => {
    expect(storageKey('after-visit')).to.equal('after-visit');
    const shared = 'k'.repeat(59);
    expect(storageKey(`${shared}a`)).to.not.equal(storageKey(`${shared}b`));
    const long = 'n'.repeat(500);
    const keys = new Set([`${long}a`, `${long}b`, `a${long}`, `${long}`, `${long}ab`, `${long}ba`].map(storageKey));
    expect(keys.size).to.equal(6);
    for (const stored of keys) expect(stored.length).to.be.at.most(200);
    expect(storageKey(`${long}a`)).to.equal(storageKey(`${long}a`));
  });
});
