// Bundles the compiled npm build (dist/esm, from tsc) into the two files a
// clinic can load directly: a classic script (IIFE) and one ES module, each
// with Lit and all content inside, and a banner naming the package, its licence
// and the licences of what is bundled (their full texts in THIRD-PARTY-LICENSES.txt).
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import license from 'rollup-plugin-license';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));

// The classic script pasted twice: when this version already defined the elements (one script
// defines all four, so the last one registered stands for them), the second copy stops before
// Lit runs again. (Under a CSP with `trusted-types lit-html`, a second
// 'lit-html' policy is a violation and an uncaught error.) It hands back the first copy's exports.
const once = `if (customElements.get('backcare-stretch-card')?.version == ${JSON.stringify(version)}) return;`;

// The one-file scripts carry every language up front: a file copied to a clinic's server has
// nothing beside it to fetch (so the languages' on-demand imports are inlined, and never run).
const esm = (path) => fileURLToPath(new URL(`dist/esm/${path}`, import.meta.url));
const everyLanguage = [esm('languages/es.js')];

// The classic script only registers the elements: it adds no global name to a clinic's page.
const registerOnly = {
  name: 'register-only',
  resolveId: (id) => (id === 'register-only' ? id : null),
  load: (id) => (id === 'register-only' ? [esm('index.js'), ...everyLanguage].map((path) => `import ${JSON.stringify(path)};`).join('\n') : null),
};

// The ES module file exports what the npm entry does, with every language registered too.
const allInOne = {
  name: 'all-in-one',
  resolveId: (id) => (id === 'all-in-one' ? id : null),
  load: (id) =>
    id === 'all-in-one' ? [`export * from ${JSON.stringify(esm('index.js'))};`, ...everyLanguage.map((path) => `import ${JSON.stringify(path)};`)].join('\n') : null,
};

// Imported rather than loaded by a script tag, the classic script exports nothing; its types
// say so, and bring the element and event types of the npm build.
const registerOnlyTypes = {
  name: 'register-only-types',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'backcare-widgets.d.ts', source: "import './esm/index.js';\nexport {};\n" });
  },
};

const minify = (module) =>
  terser({
    ecma: 2021,
    module,
    // Arrow functions and method shorthand where nothing needs a prototype: every e2e test runs on this output.
    compress: { passes: 2, unsafe_arrows: true, unsafe_methods: true },
    // Only the banner (a `/*!` comment) is kept; Lit's notice is in it, once.
    format: { comments: /^!/ },
  });

// A clinic copies one file to its server: the licences travel in its first lines.
const banner = `<%= pkg.name %> <%= pkg.version %> | <%= pkg.license %> License | https://www.npmjs.com/package/<%= pkg.name %>
Includes:<% _.forEach(dependencies, function (d) { %>
  <%= d.name %> <%= d.version %> | Copyright <%= _.get(d, 'author.name', d.name) %> | <%= d.license %> License<% }) %>
Full licence texts: LICENSE in the package and THIRD-PARTY-LICENSES.txt beside this file.`;

const licences = () =>
  license({
    banner: { content: banner, commentStyle: 'ignored' },
    thirdParty: { output: { file: fileURLToPath(new URL('dist/THIRD-PARTY-LICENSES.txt', import.meta.url)) } },
  });

// Lit's html`` and css`` templates are strings to terser; this minifies their markup and CSS.
// It must keep the slash of self-closing tags: in an svg`` template `<circle .../>` without it
// opens an element that swallows its siblings (the stretch figures lost their heads).
const plugins = () => [
  minifyHTML({ options: { minifyOptions: { keepClosingSlash: true } } }),
  nodeResolve({ browser: true }),
  licences(),
];

export default [
  {
    input: 'register-only',
    plugins: [registerOnly, registerOnlyTypes, ...plugins()],
    output: { file: 'dist/backcare-widgets.js', format: 'iife', intro: once, inlineDynamicImports: true, plugins: [minify(false)] },
  },
  {
    input: 'all-in-one',
    plugins: [allInOne, ...plugins()],
    output: { file: 'dist/backcare-widgets.esm.js', format: 'es', inlineDynamicImports: true, plugins: [minify(true)] },
  },
];
