// The manifest documents the elements: their attributes (including the base class's),
// events with their detail types, parts and custom properties. Tag names come from each
// class's `@tagname`; the global `--backcare-*` tokens are read from the styles that use
// them. From the manifest, maintained generators write the JSX types and the editors' data.
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

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

export default {
  globs: ['src/components/**/*.ts', 'src/core/base-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    tokensPlugin,
    definitionsPlugin,
    langPlugin,
    publishedPathsPlugin,
    // `backcare-widgets/jsx`: React 19, Preact and Solid; detail types come from the package root.
    jsxTypesPlugin({
      outdir: 'dist/jsx',
      fileName: 'index.d.ts',
      globalTypePath: '../esm/index.js',
      stronglyTypedEvents: true,
    }),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true }),
  ],
};
