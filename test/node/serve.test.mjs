// The demo server as a contributor meets it (`npm start`, `npm run dev`): it listens on `PORT`,
// and a port already in use ends it with one line saying so and how to pick another, not a
// stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

const serve = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));

test('a taken port: exit code 1 and one line naming the port and a free way to run it', async () => {
  const taken = await startServer({ root: fileURLToPath(new URL('.', import.meta.url)) });
  const port = Number(new URL(taken.url).port);
  try {
    for (const [event, command] of [['start', 'npm start'], ['dev', 'npm run dev']]) {
      const result = spawnSync(process.execPath, [serve], {
        env: { ...process.env, PORT: String(port), npm_lifecycle_event: event },
        encoding: 'utf8',
        timeout: 20000,
      });
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stdout, '');
      assert.deepEqual(result.stderr.trim().split('\n'), [
        `Port ${port} is already in use (another server?): choose another, e.g. PORT=${port + 1} ${command}`,
      ]);
    }
  } finally {
    await taken.close();
  }
});
