import {createRequire} from 'node:module'

/**
 * bitext's version, read from package.json on first call: the CLI's `--version`, SARIF's tool
 * version and TMX's `creationtoolversion`. `src/version.ts` and every built file in `dist/` sit one
 * folder below package.json.
 */
export function bitextVersion(): string {
  try {
    return (createRequire(import.meta.url)('../package.json') as {version: string}).version
  } catch {
    return 'unknown'
  }
}
