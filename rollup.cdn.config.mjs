// The CDN build, dist/cdn/: ES modules for one `<script type="module">` tag. The entry
// (src/cdn/loader.ts) defines only the elements a page uses; each element is a chunk, Lit and
// the shared code are chunks beside them, and each widget's Spanish words are a chunk of their
// own, fetched when a widget speaks Spanish (src/data/languages.ts). Built from the compiled npm build (dist/esm, from tsc).
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const esm = fileURLToPath(new URL('dist/esm/', import.meta.url));
const packageJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const { name, version, license } = packageJson('package.json');
const lit = packageJson('node_modules/lit/package.json');

// The loader's fallback message needs a few of the red-flag checker's English sentences, not all
// its words: its words module becomes its value, computed here from the npm build.
const fallbackWords = fileURLToPath(new URL('dist/esm/cdn/fallback-words.js', import.meta.url));
const fallbackWordsOnly = {
  name: 'fallback-words-only',
  async load(id) {
    if (id !== fallbackWords) return null;
    const { default: words } = await import(pathToFileURL(id).href);
    return `export default ${JSON.stringify(words)};`;
  },
};

const isLit = (id) => /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id);

// What every element needs to find its language goes in one chunk with the loader of the others
// (data/languages.js: an element's words come in English and UK English, others are fetched).
// (What the entry itself needs to show the emergency signs before any widget loads, src/cdn/fallback.ts
// with the signs and their English words, is in the entry: it works even when no chunk loads.)
const manualChunks = (id) => (/[\\/](data[\\/]locales|data[\\/]languages|core[\\/]locale|cdn[\\/]languages)\.js$/.test(id) ? 'languages' : undefined);

// Readable names: red-flag-checker-<hash>.js, red-flag-checker.es-<hash>.js, shared-<hash>.js (Lit, the core and
// the words every widget shares), and <name>.words-<hash>.js for words some elements share, should any be split off.
function chunkFileName({ facadeModuleId, moduleIds, name: chunk }) {
  const path = facadeModuleId ? relative(esm, facadeModuleId).replaceAll('\\', '/') : '';
  const element = /^components\/([\w-]+)\/define\.js$/.exec(path);
  const words = /^data\/([\w-]+)\/([\w-]+)\.js$/.exec(path);
  if (element) return `${element[1]}-[hash].js`;
  if (words) return `${words[2]}.${words[1]}-[hash].js`;
  if (moduleIds.some(isLit)) return 'shared-[hash].js';
  // Words that some elements share, apart from Lit and the core.
  if (moduleIds.some((id) => /[\\/]data[\\/]words[\\/]/.test(id))) return `${chunk}.words-[hash].js`;
  return `${chunk}-[hash].js`;
}

// The licences travel with the code: the entry names the package, the chunk with Lit names Lit.
function banner(chunk) {
  if (chunk.isEntry) {
    return `/*! ${name} ${version} | ${license} License | https://www.npmjs.com/package/${name} | includes Lit, BSD-3-Clause; licence texts: ../THIRD-PARTY-LICENSES.txt */`;
  }
  return chunk.moduleIds.some(isLit) ? `/*! Lit ${lit.version} | Copyright ${lit.author} | ${lit.license} License */` : '';
}

export default {
  input: { 'backcare-widgets': 'dist/esm/cdn/loader.js' },
  // The chunks may import what the entry holds (the signs, their English words, the retries),
  // so the entry needs no chunk of its own to show the emergency signs.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    fallbackWordsOnly,
    minifyHTML({ options: { minifyOptions: { keepClosingSlash: true } } }),
    nodeResolve({ browser: true }),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: chunkFileName,
    manualChunks,
    banner,
    plugins: [
      terser({
        ecma: 2021,
        module: true,
        compress: { passes: 2, unsafe_arrows: true, unsafe_methods: true },
        format: { comments: /^!/ },
      }),
    ],
  },
};
