import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

/**
 * Calls `limitHeapGrowth` in a child process traced by V8 (`--trace-gc-verbose`), then makes
 * garbage until V8 has collected a few times, and prints the growth factor of each new limit
 * of the old generation set after the call (`Limit: … (1.5)`).
 */
const script = `
const {limitHeapGrowth} = await import('./src/cli/heap-growth.ts')
limitHeapGrowth(Number(process.env.INPUT_BYTES))
console.log('limit set')
let kept = []
for (let index = 0; index < 4e6; index++) {
  kept.push({index})
  if (kept.length > 2e5) kept = []
}
`

function factorsAfterCall(inputBytes: number): string[] {
  const run = spawnSync(process.execPath, ['--trace-gc-verbose', '--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: {...process.env, INPUT_BYTES: String(inputBytes)},
    maxBuffer: 1 << 26
  })
  expect(run.status).toBe(0)
  const after = run.stdout.slice(run.stdout.indexOf('limit set'))
  return [...after.matchAll(/\[HeapController\] Limit: .*\((\d+\.\d+)\)/gu)].map((match) => match[1] ?? '')
}

describe('limitHeapGrowth', () => {
  it('lets the heap of a check of 5 MiB grow by half of what survives each full collection', () => {
    const factors = factorsAfterCall(5 * 1024 * 1024)
    expect(factors.length).toBeGreaterThan(0)
    expect(new Set(factors)).toStrictEqual(new Set(['1.5']))
  }, 60_000)

  it('leaves V8 its own growth below 4 MiB of input', () => {
    const factors = factorsAfterCall(1024 * 1024)
    expect(factors.length).toBeGreaterThan(0)
    expect(factors.every((factor) => factor !== '1.5')).toBe(true)
  }, 60_000)
})
