// Lint: typescript-eslint's and eslint-plugin-regexp's recommended rules (regexes that can hang are bugs).
import js from '@eslint/js'
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  // The client bundle is esbuild's output of src/report/html/client/ (linted there), written by scripts/build-client.ts.
  {ignores: ['dist', 'coverage', 'test-output', 'demo-output', 'scratch', '.scratch', 'fixtures', 'test/fixtures-report', 'src/report/html/client-script.generated.ts']},
  js.configs.recommended,
  tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // `if (better) (best = x), (score = y)`: comma statements are the codebase's idiom for two updates on one line.
      '@typescript-eslint/no-unused-expressions': 'off',
      // `{omitted: _, ...rest}` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', {ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      // Matching control characters is the point of the XML and terminal sanitisers.
      'no-control-regex': 'off',
      // `\u000B` beside `\u0008` reads as a range of code points; `\v` would hide it.
      'regexp/control-character-escape': 'off',
      // The `i` flag folds ı/İ by Unicode, not by Turkish rules: explicit classes say which letters.
      'regexp/use-ignore-case': 'off',
      // Style only (no effect on matching or on speed): `[^\p{L}]` vs `\P{L}`, `a|b` vs `[ab]`, `[\s]`, `(?:a)`, `\t-\r`.
      'regexp/negation': 'off',
      'regexp/prefer-character-class': 'off',
      'regexp/no-useless-character-class': 'off',
      'regexp/no-useless-non-capturing-group': 'off',
      'regexp/no-obscure-range': 'off',
      // Groups kept for reading (`(\d+)` named by position in a comment); not a speed issue.
      'regexp/no-unused-capturing-group': 'off',
      // Reports redundant quantifiers; the super-linear cases it overlaps with are caught by no-super-linear-backtracking.
      'regexp/optimal-quantifier-concatenation': 'off'
    }
  },
  {
    // Plain Node scripts: TypeScript does not see them, so name Node's globals.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {globals: {process: 'readonly', console: 'readonly', URL: 'readonly'}}
  }
)
