import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // the JSON file lets .ci/run print a one-line tally
    reporters: ['default', ['json', {outputFile: 'test-output/vitest.json'}]],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/bin.ts'],
      thresholds: {lines: 90}
    }
  }
})
