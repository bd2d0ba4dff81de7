import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { captureWarnings } from '../helpers/console.js';

describe('defineElement', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  const versioned = (version: string) =>
    class extends HTMLElement {
      static version = version;
    };

  it('registers a new tag', () => {
    const element = versioned('1.0.0');
    defineElement('backcare-define-a', element);
    expect(customElements.get('backcare-define-a')).to.equal(element);
  });

  it('does nothing, silently, when the same version is defined again (the script pasted twice)', () => {
    const first = versioned('1.0.0');
    defineElement('backcare-define-b', first);
    expect(() => defineElement('backcare-define-b', versioned('1.0.0'))).not.to.throw();
    expect(() => defineElement('backcare-define-b', first)).not.to.throw();
    expect(customElements.get('backcare-define-b')).to.equal(first);
    expect(warnings.messages()).to.deep.equal([]);
  });

  it('keeps the first and warns once when another version is defined', () => {
    const first = versioned('1.0.0');
    defineElement('backcare-define-c', first);
    defineElement('backcare-define-c', versioned('2.0.0'));
    expect(customElements.get('backcare-define-c')).to.equal(first);
    expect(warnings.messages()).to.have.length(1);
    expect(warnings.messages()[0]).to.include('1.0.0').and.include('2.0.0');
  });
});
