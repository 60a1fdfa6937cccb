import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Every temporary file of the run in one folder, removed at the end.
    globalSetup: ['test/helpers/temp-root.ts'],
    // the JSON file lets .ci/run print a one-line tally
    reporters: ['default', ['json', {outputFile: 'test-output/vitest.json'}]],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The page's DOM code runs in Chromium (test/browser), where v8 coverage of node does not see it.
      exclude: ['src/cli/bin.ts', 'src/report/html/client/{context,controls,main,view}.ts'],
      thresholds: {lines: 90}
    }
  }
})
