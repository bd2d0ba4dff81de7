import { expect } from '@open-wc/testing';
import { formatPlural, formatText } from '../../src/core/format.js';

describe('formatText', () => {
  it('fills every placeholder, as often as it appears', () => {
    expect(formatText('{done} of {total} done, {done}!', { done: 3, total: 9 })).to.equal('3 of 9 done, 3!');
  });

  it('leaves unknown placeholders visible so a gap is noticed', () => {
    expect(formatText('Call {number}', {})).to.equal('Call {number}');
  });

  it('inserts values as plain text, never re-expanding them', () => {
    expect(formatText('{a}', { a: '{b}', b: 'x' })).to.equal('{b}');
  });
});

describe('formatPlural', () => {
  const phrase = { one: '{n} repetition', other: '{n} repetitions' };
  it('chooses the plural form by the language rules', () => {
    expect(formatPlural('en', phrase, 1, { n: 1 })).to.equal('1 repetition');
    expect(formatPlural('en', phrase, 0, { n: 0 })).to.equal('0 repetitions');
    expect(formatPlural('es', phrase, 5, { n: 5 })).to.equal('5 repetitions');
  });
  it('uses "other" when a language has no form for the category', () => {
    expect(formatPlural('en', { other: '{n} x' }, 1, { n: 1 })).to.equal('1 x');
  });
});
