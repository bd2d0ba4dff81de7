// Subresource Integrity for the CDN: `npm run build` writes dist/sri.json with the sha384 hash
// of each bundle and the versioned script tag a clinic pastes (the configurator shows it).
// `node scripts/sri.mjs --readme` puts that tag into the README; a test checks they agree.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const bundles = ['backcare-widgets.js', 'backcare-widgets.esm.js'];

/** The `integrity` value of a file: its base64 sha384 digest. */
export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** What dist/sri.json holds: the version, each bundle's CDN URL and integrity, and the script tag. */
export function sriFor(read = (file) => readFileSync(new URL(`dist/${file}`, root))) {
  const files = Object.fromEntries(
    bundles.map((file) => [
      file,
      { url: `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/${file}`, integrity: integrityOf(read(file)) },
    ]),
  );
  const classic = files['backcare-widgets.js'];
  const scriptTag = `<script src="${classic.url}" integrity="${classic.integrity}" crossorigin="anonymous" defer></script>`;
  return { version, files, scriptTag };
}

/** Any versioned CDN script tag of the classic bundle, as written in the README. */
export const SCRIPT_TAG_PATTERN = new RegExp(
  `<script src="https://cdn\\.jsdelivr\\.net/npm/${name}@[^"]+/dist/backcare-widgets\\.js"[^>]*></script>`,
  'g',
);

if (process.argv[1]?.endsWith('sri.mjs')) {
  const sri = sriFor();
  writeFileSync(new URL('dist/sri.json', root), `${JSON.stringify(sri, null, 2)}\n`);
  if (process.argv.includes('--readme')) {
    const readmeUrl = new URL('README.md', root);
    const readme = readFileSync(readmeUrl, 'utf8');
    writeFileSync(readmeUrl, readme.replace(SCRIPT_TAG_PATTERN, sri.scriptTag));
    console.log(`README: ${sri.scriptTag}`);
  }
}
