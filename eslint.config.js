import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'custom-elements.json', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Strict CSP and Trusted Types: no markup from strings, ever.
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'innerHTML breaks Trusted Types.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'outerHTML breaks Trusted Types.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML breaks Trusted Types.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: content is text.' }] }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/node/**', 'test/e2e/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
);
