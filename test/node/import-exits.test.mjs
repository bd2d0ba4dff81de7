// Importing the package in Node (server rendering, prerendering, a Node test runner) defines
// nothing and schedules nothing: the process exits as soon as the import is done. An open
// handle at module load (a MessageChannel, a timer) would keep it running for ever.
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const widgets = ['red-flag-checker', 'phase-guide', 'treatment-checklist', 'stretch-card'];
const entries = ['backcare-widgets', 'backcare-widgets/triage', 'backcare-widgets/content', ...widgets.map((widget) => `backcare-widgets/components/${widget}/define.js`)];

/** Runs `node -e "import(specifier)"`; resolves with its exit code, or `'still running'` after `limit` ms. */
function importInNode(specifier, limit = 5000) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', `import(${JSON.stringify(specifier)}).then(() => console.log('imported'))`], { cwd: root });
    let output = '';
    child.stdout.on('data', (data) => (output += data));
    child.stderr.on('data', (data) => (output += data));
    const timer = setTimeout(() => {
      child.kill();
      resolve({ code: 'still running', output });
    }, limit);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

for (const entry of entries) {
  test(`import('${entry}') in Node exits at once`, async () => {
    const { code, output } = await importInNode(entry);
    assert.equal(code, 0, output);
    assert.match(output, /imported/);
  });
}
