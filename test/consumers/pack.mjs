// The package exactly as npm would publish it: `npm pack` of the build that `npm test` has just
// made (`--ignore-scripts`, so prepack does not build it a second time), in a temporary folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Packs the project; resolves to the tarball's path and npm's report (files, size, entryCount). */
export function pack() {
  if (!existsSync(join(root, 'dist/esm/index.js'))) throw new Error('Build first: npm run build');
  const destination = mkdtempSync(join(tmpdir(), 'backcare-widgets-pack-'));
  const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [report] = JSON.parse(output);
  return { tarball: join(destination, report.filename), destination, report };
}

/** Runs a tool from the project's node_modules/.bin; resolves to its exit code and output. */
export function run(tool, args, options = {}) {
  try {
    const stdout = execFileSync(join(root, 'node_modules/.bin', tool), args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options,
    });
    return { code: 0, output: stdout };
  } catch (error) {
    return { code: error.status ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}
