// The manifest documents the elements: their attributes (including the base class's),
// events with their detail types, parts and custom properties. Tag names come from each
// class's `@tagname`; the global `--backcare-*` tokens are read from the styles that use
// them. Each setting's type is the one its property declares (or its JSDoc `@type`, where
// that is narrower), with named types (`StretchId`) spelled out by the type checker; from the
// manifest, maintained generators write the JSX and Vue types and the editors' data, so they
// all agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const BASE_CLASS = 'BackcareElement';

/**
 * Every global `--backcare-*` token, from the compiled base styles that every element adopts
 * (so `npm run build` compiles before it analyses): its light default, and its dark one.
 */
async function globalTokens() {
  const { baseStyles } = await import('./dist/esm/core/tokens.js');
  const fallbacks = (css) => {
    const found = new Map();
    for (const [, name, value] of css.matchAll(/var\((--backcare-[a-z0-9-]+)\s*,\s*([^;]+?)\)\s*;/g)) {
      if (!found.has(name)) found.set(name, value.trim());
    }
    return found;
  };
  const light = fallbacks(baseStyles.cssText);
  const dark = fallbacks(/:host\(:state\(dark\)\)\s*\{([^}]*)\}/.exec(baseStyles.cssText)?.[1] ?? '');
  return [...light].map(([name, value]) => ({
    name,
    description: `A global theme token: every element uses it.${dark.has(name) && dark.get(name) !== value ? ` Dark theme default: \`${dark.get(name)}\`.` : ''}`,
    default: value,
  }));
}

const tokens = await globalTokens();

const tokensPlugin = {
  name: 'backcare-global-tokens',
  // Before inheritance is applied, so every element inherits the base class's tokens.
  analyzePhase({ ts, node, moduleDoc }) {
    if (node.kind !== ts.SyntaxKind.ClassDeclaration || node.name?.getText() !== BASE_CLASS) return;
    const declaration = moduleDoc.declarations.find((candidate) => candidate.name === BASE_CLASS);
    declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens];
  },
};

/**
 * The text above a class's `@tagname` is what the element is and does: its description. The
 * analyzer files it as the `summary`, which tools show as a one-line listing.
 */
const descriptionsPlugin = {
  name: 'backcare-descriptions',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      if (declaration.description || !declaration.summary) continue;
      declaration.description = declaration.summary;
      delete declaration.summary;
    }
  },
};

/** `defineElement('backcare-x', Class)` in a define.ts is a custom-element-definition export of that module. */
const definitionsPlugin = {
  name: 'backcare-definitions',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
    const [tag, element] = node.arguments;
    if (!ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
    const imported = node
      .getSourceFile()
      .statements.filter(ts.isImportDeclaration)
      .find((statement) => statement.importClause?.namedBindings?.elements?.some((binding) => binding.name.text === element.text));
    const from = imported?.moduleSpecifier.text.replace(/^\.\//, '').replace(/\.js$/, '.ts');
    const module = from ? moduleDoc.path.replace(/[^/]+$/, from) : moduleDoc.path;
    moduleDoc.exports = [
      ...(moduleDoc.exports ?? []),
      { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
    ];
  },
};

/** The `lang` attribute sets the element's standard `lang` property, so JSX and editors type it as that. */
const langPlugin = {
  name: 'backcare-lang',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      const lang = declaration.attributes?.find((attribute) => attribute.name === 'lang');
      if (lang) lang.fieldName ??= 'lang';
    }
  },
};

/** Module paths as published: the compiled `dist/esm/*.js`, not the `src/*.ts` that is not shipped. */
const publishedPathsPlugin = {
  name: 'backcare-published-paths',
  packageLinkPhase({ customElementsManifest }) {
    const published = (path) => path.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js');
    const visit = (value) => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (!value || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = published(child);
        else visit(child);
      }
    };
    visit(customElementsManifest.modules);
  },
};

/**
 * A setting typed with a named type (`exercise?: StretchId`) gets that type spelled out
 * (`'knee-to-chest' | ...`) from the type parser, so editors and generated types can use it
 * without importing anything. A type the parser could not spell out fails the build.
 */
const spelledOutTypesPlugin = {
  name: 'backcare-spelled-out-types',
  packageLinkPhase({ customElementsManifest }) {
    const named = /\b[A-Z]\w*\b/;
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      const settings = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
      const members = (declaration.members ?? []).filter((member) => settings.has(member.name));
      for (const entry of [...(declaration.attributes ?? []), ...members]) {
        const field = members.find((member) => member.name === entry.fieldName) ?? entry;
        if (named.test(entry.type?.text ?? '')) {
          if (!field.parsedType || named.test(field.parsedType.text)) {
            throw new Error(`${declaration.name}: cannot spell out the type ${entry.type.text} of ${entry.name}`);
          }
          entry.type = { text: field.parsedType.text };
        }
      }
    }
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      for (const entry of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) delete entry.parsedType;
    }
  },
};

// The type parser warns about every type it does not spell out, including the words'
// private structures; only the settings' types matter, and the plugin above checks those.
const warn = console.warn;
console.warn = (...args) => {
  if (!args.some((arg) => String(arg).includes('[type-parser] - Skipped parsing type'))) warn(...args);
};

/** The elements as the generators below see them. */
const elementsOf = (manifest) => manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

/**
 * The manifest as the generated types and editors show it: each element's public members only
 * (the generators list protected methods under an empty "Methods" heading), and each
 * description ending in a blank line, so the `---` the generators put after it is a rule, not
 * the underline that makes the description's last paragraph a heading.
 */
function forEditors(manifest) {
  const copy = structuredClone(manifest);
  for (const element of elementsOf(copy)) {
    element.members = element.members?.filter((member) => (member.privacy ?? 'public') === 'public');
    element.description = `${element.description ?? ''}\n`;
  }
  return copy;
}

/**
 * In JSX each setting has one name: its attribute's, as in HTML (`heading`, `clinic-phone`,
 * `heading-level`), typed from the manifest. The generator would also offer the property
 * behind it (`headingText`), so it is given a copy of the manifest where each attribute is
 * its own field. Returns that copy and the attributes named unlike their property, which
 * Solid must set as attributes (`attr:heading`), not as properties.
 */
function oneNamePerSetting(manifest) {
  const copy = forEditors(manifest);
  const renamed = new Set();
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    const fields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
    declaration.members = declaration.members?.filter((member) => !fields.has(member.name));
    for (const attribute of declaration.attributes ?? []) {
      if (attribute.fieldName !== attribute.name) renamed.add(attribute.name);
      attribute.fieldName = attribute.name;
    }
  }
  return { manifest: copy, renamed };
}

/**
 * `ref` as each framework spells it: React's `Ref<T>` (18 and 19: a ref object, or a callback
 * that also gets `null`), Preact's, and Solid's variable or callback. The generator's own
 * `T | ((e: T) => void)` rejects `useRef<T>(null)`.
 */
const REF_TYPE =
  "T | { current: T | null } | { bivarianceHack(instance: T | null): void | (() => void) }['bivarianceHack'] | null";

/** Replaces `pattern` in `text`, where it must be: a generator that changes its output fails the build. */
function replaceRequired(text, pattern, replacement) {
  if (!pattern.test(text)) throw new Error(`The generated types no longer contain ${pattern}`);
  return text.replace(pattern, replacement);
}

/** `backcare-widgets/jsx`: React 19, Preact and Solid; detail types come from the package root. */
const jsxPlugin = {
  name: 'backcare-jsx-types',
  packageLinkPhase({ customElementsManifest }) {
    const options = {
      outdir: 'dist/jsx',
      fileName: 'index.d.ts',
      globalTypePath: '../esm/index.js',
      stronglyTypedEvents: true,
      useCemTypes: true,
    };
    const { manifest, renamed } = oneNamePerSetting(customElementsManifest);
    generateJsxTypes(manifest, options);
    const file = resolve(options.outdir, options.fileName);
    let types = replaceRequired(readFileSync(file, 'utf8'), /^(\s*ref\?: ).*;$/m, `$1${REF_TYPE} | undefined;`);
    for (const name of renamed) types = replaceRequired(types, new RegExp(`"prop:${name}"\\?:`, 'g'), `"attr:${name}"?:`);
    writeFileSync(file, types);
  },
};

/**
 * `backcare-widgets/vue`: Vue's `GlobalComponents`, for templates checked by vue-tsc, with the
 * settings typed from the manifest as in JSX. The generator takes an event's type to be its
 * detail's, so it is given the manifest with `CustomEvent<TriageResultDetail>` as
 * `TriageResultDetail` (imported here from the package root); and it names the handler of
 * `@backcare-triage-result` `onbackcare-triage-result`, where Vue looks for
 * `onBackcareTriageResult`.
 */
const vuePlugin = {
  name: 'backcare-vue-types',
  packageLinkPhase({ customElementsManifest }) {
    const { manifest } = oneNamePerSetting(customElementsManifest);
    const events = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.events ?? []);
    for (const event of events) event.type = { text: /^CustomEvent<(.+)>$/.exec(event.type.text)?.[1] ?? event.type.text };
    const options = { outdir: 'dist/vue', fileName: 'index.d.ts', hideLogs: true };
    generateVuejsTypes(manifest, options);
    const file = resolve(options.outdir, options.fileName);
    const details = [...new Set(events.map((event) => event.type.text))].sort();
    let types = `import type { ${details.join(', ')} } from '../esm/index.js';\n${readFileSync(file, 'utf8')}`;
    for (const name of new Set(events.map((event) => event.name))) {
      const handler = `on${name.replace(/(^|-)([a-z])/g, (_, dash, letter) => letter.toUpperCase())}`;
      types = replaceRequired(types, new RegExp(`"on${name}"\\?:`, 'g'), `${handler}?:`);
    }
    writeFileSync(file, types);
  },
};

/**
 * VS Code's CSS data: one entry per custom property and per part, however many elements have
 * it, with what it does in each (`--backcare-accent` is every element's accent; the stretch
 * card also draws its figures with it). The generator writes one entry per element.
 */
function cssCustomData(manifest) {
  const base = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.name === BASE_CLASS);
  const shared = new Map((base?.cssProperties ?? []).map((property) => [property.name, property.description]));
  const byName = new Map();
  for (const element of elementsOf(manifest)) {
    const entries = [
      ...(element.cssProperties ?? []).map((property) => ({ ...property, kind: 'properties' })),
      ...(element.cssParts ?? []).map((part) => ({ ...part, kind: 'pseudoElements', name: `::part(${part.name})` })),
    ];
    for (const entry of entries) {
      const found = byName.get(entry.name) ?? { kind: entry.kind, default: entry.default, uses: new Map() };
      const tags = found.uses.get(entry.description) ?? [];
      found.uses.set(entry.description, [...tags, `\`<${element.tagName}>\``]);
      byName.set(entry.name, found);
    }
  }
  const data = { version: 1.1, properties: [], pseudoElements: [] };
  for (const [name, { kind, default: fallback, uses }] of byName) {
    // What the property does everywhere first, then what else it does in some elements.
    const ordered = [...uses].sort(([a], [b]) => Number(b === shared.get(name)) - Number(a === shared.get(name)));
    const lines = ordered.map(([description, tags]) =>
      uses.size === 1 || description === shared.get(name) ? description : `${tags.join(', ')}: ${description}`,
    );
    if (fallback) lines.push(`Default: \`${fallback}\`.`);
    data[kind].push({ name, description: lines.join('\n\n'), ...(kind === 'properties' ? { values: [] } : {}) });
  }
  return data;
}

/** Editors' data: VS Code's HTML and CSS custom data, and JetBrains' web-types. */
const editorsPlugin = {
  name: 'backcare-editor-data',
  packageLinkPhase({ customElementsManifest }) {
    const manifest = forEditors(customElementsManifest);
    const quiet = { outdir: 'dist', hideLogs: true };
    generateVsCodeCustomElementData(manifest, { ...quiet, htmlFileName: 'vscode.html-custom-data.json', cssFileName: null });
    const css = { $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json', ...cssCustomData(manifest) };
    writeFileSync(resolve('dist/vscode.css-custom-data.json'), `${JSON.stringify(css, null, 2)}\n`);
    generateJetBrainsWebTypes(manifest, { ...quiet, webTypesFileName: 'web-types.json', packageJson: false });
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/core/base-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The type checker, for the type parser to spell out named types.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    const analysed = new Set(globs.map((glob) => resolve(glob)));
    return program.getSourceFiles().filter((file) => analysed.has(resolve(file.fileName)));
  },
  plugins: [
    tokensPlugin,
    definitionsPlugin,
    typeParserPlugin(),
    spelledOutTypesPlugin,
    descriptionsPlugin,
    langPlugin,
    publishedPathsPlugin,
    jsxPlugin,
    vuePlugin,
    editorsPlugin,
  ],
};
