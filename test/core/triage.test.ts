import { expect } from '@open-wc/testing';
import { countsAsYes, isMoreUrgent, tiers, triage, unanswered } from '../../src/core/triage.js';
import { locales } from '../../src/data/index.js';

const questions = locales.en.redFlags;

describe('triage (basic rules)', () => {
  it('gives self-care when nothing is answered yes', () => {
    expect(triage({}).tier).to.equal('self-care');
    expect(triage(Object.fromEntries(questions.map((q) => [q.id, 'no']))).tier).to.equal('self-care');
  });

  it('counts "not sure" and any unexpected answer as yes', () => {
    expect(countsAsYes('not-sure')).to.equal(true);
    expect(countsAsYes('yes')).to.equal(true);
    expect(countsAsYes('no')).to.equal(false);
    expect(countsAsYes(undefined)).to.equal(false);
    expect(countsAsYes('maybe' as never)).to.equal(true);
  });

  it('orders tiers from most to least urgent', () => {
    expect(tiers).to.deep.equal(['emergency', 'urgent', 'soon', 'self-care']);
    expect(isMoreUrgent('emergency', 'urgent')).to.equal(true);
    expect(isMoreUrgent('soon', 'urgent')).to.equal(false);
  });

  it('lists the questions that raised the tier, and the unanswered ones', () => {
    const [first, second] = questions.filter((q) => q.tier === 'urgent');
    const result = triage({ [first!.id]: 'yes', [second!.id]: 'not-sure' });
    expect(result.tier).to.equal('urgent');
    expect(result.raisedBy.map((q) => q.id)).to.deep.equal([first!.id, second!.id]);
    expect(unanswered({ [first!.id]: 'no' })).to.have.length(questions.length - 1);
  });
});
