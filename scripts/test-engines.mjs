// Runs the unit suite in Firefox ESR and in WebKitGTK (Safari's engine), from Debian's
// packages, installing them when missing and possible (root with apt-get).
//   node scripts/test-engines.mjs [firefox] [webkit]
// Every browser, driver and Xvfb process it starts is stopped at the end, pass or fail.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const engines = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['firefox', 'webkit'];
const packages = { firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'] };
const binaries = { firefox: '/usr/bin/firefox-esr', webkit: '/usr/bin/WebKitWebDriver' };

function ensureInstalled(engine) {
  if (existsSync(binaries[engine]) && (engine !== 'webkit' || existsSync('/usr/bin/xvfb-run'))) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`${engine} is not installed. Debian: sudo apt-get install ${packages[engine].join(' ')}`);
  }
  console.log(`Installing ${packages[engine].join(' ')} (apt-get)...`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages[engine]], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function waitForPort(port) {
  for (let i = 0; i < 100; i += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

async function runWebkit() {
  const port = 4444 + Math.floor(Math.random() * 1000);
  // A process group of its own, so Xvfb, the driver and MiniBrowser all stop together.
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1' },
  });
  try {
    await waitForPort(port);
    return await run('npx', ['web-test-runner'], { BACKCARE_ENGINE: 'webkit', WEBKIT_DRIVER_PORT: String(port) });
  } finally {
    try {
      process.kill(-driver.pid, 'SIGTERM');
      await sleep(500);
      process.kill(-driver.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

let failed = false;
for (const engine of engines) {
  ensureInstalled(engine);
  console.log(`\n=== unit suite in ${engine} ===`);
  const code = engine === 'webkit' ? await runWebkit() : await run('npx', ['web-test-runner'], { BACKCARE_ENGINE: engine });
  if (code !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
