// The manifest documents the elements: their attributes (including the base class's),
// events, parts and custom properties. Tag names come from each class's `@tagname`.
export default {
  globs: ['src/components/**/*.ts', 'src/core/base-element.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/define.ts'],
  outdir: '.',
  litelement: true,
};
