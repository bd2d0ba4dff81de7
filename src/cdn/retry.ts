/**
 * Every chunk the loader imports gets a few tries: a try that neither loads nor fails within
 * `importTimeout` counts as failed (a stalled request), and the next starts after a growing
 * wait. A browser fetches a module again after a failed fetch, so a later try can succeed once
 * the network is back; a chunk that loaded but does not run (cut short, corrupt) fails every try.
 */

/** How long one try may take. */
export const importTimeout = 4000;

/** The waits before the second and third tries. */
export const retryWaits = [1000, 3000];

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    wait(ms).then(() => {
      throw new Error(`no answer in ${ms / 1000} s`);
    }),
  ]);
}

/** Imports with `load`, tried up to `retryWaits.length + 1` times; rejects with the last try's error. */
export async function importWithRetry<T>(load: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await withTimeout(load(), importTimeout);
    } catch (error) {
      const next = retryWaits[attempt];
      if (next === undefined) throw error;
      await wait(next);
    }
  }
}
