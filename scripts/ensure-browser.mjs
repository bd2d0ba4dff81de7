// Makes sure a Chromium exists before browser tests start: finds it, or installs
// Debian's package when running as root with apt-get, or says exactly what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

if (findChromium()) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROME_PATH;
if (canInstall) {
  console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get)...');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    // Fall through to the instructions below.
  }
  if (findChromium()) process.exit(0);
}

console.error(`
The browser tests need Chromium, and none was found${process.env.CHROME_PATH ? ` at CHROME_PATH=${process.env.CHROME_PATH}` : ''}.
  Debian or Ubuntu:  sudo apt-get install chromium
  Any system:        set CHROME_PATH to a Chrome or Chromium executable, e.g.
                     CHROME_PATH=/path/to/chrome npm test
`);
process.exit(1);
