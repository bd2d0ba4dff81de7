import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { openStorage } from '../../src/core/storage.js';

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
});
