import sinon from 'sinon';

/** Captures console.warn for the duration of a test; returns the messages. */
export function captureWarnings(): { messages: () => string[]; restore: () => void } {
  const stub = sinon.stub(console, 'warn');
  return {
    messages: () => stub.getCalls().map((call) => call.args.map(String).join(' ')),
    restore: () => stub.restore(),
  };
}
