import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'test-results', 'reports', 'blob-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['standin/assets/**/*.js', 'standin/recaptcha/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
  {
    // The engine finds elements as a person does: no CSS or XPath selectors, no test ids.
    files: ['src/ui/**/*.ts', 'src/vocabulary/**/*.ts', 'src/execute/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='getByTestId']", message: 'Find elements by role, label or text, as a person does.' },
        { selector: "CallExpression[callee.property.name='locator'][arguments.0.type='Literal'][arguments.0.value!=/^(body|\\.\\.(\\/\\.\\.)*|look=[a-z-]+)$/]", message: 'No CSS selectors in the engine: use getByRole, getByLabel or getByText (or a look of src/ui/looks.ts: what a person sees).' },
        { selector: "CallExpression[callee.property.name='$']", message: 'No CSS selectors in the engine.' },
      ],
    },
  },
  {
    // A step runs wherever its runner puts it (a test, a nested guide, a unit test's page): what it
    // needs of the run comes in its StepContext, so it never asks the test runner which test it is in.
    files: ['src/ui/**/*.ts', 'src/vocabulary/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test', 'expect'], message: 'Steps get what they need of the run from their StepContext (note, keepSecret, reached…), not from the test runner.' }] },
      ],
    },
  },
);
