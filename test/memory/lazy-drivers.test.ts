import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'

/** Every module specifier that `file` loads when imported: static value imports and re-exports (not `import type`, not `import()`). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const pattern = /^(?:import|export) (?!type\b)[^'"]*?\bfrom '([^']+)'|^import '([^']+)'/gm
  return [...text.matchAll(pattern)].map((match) => (match[1] ?? match[2]) as string)
}

/** The packages the core library loads at import time: the static import graph from src/index.ts. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>()
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))
      else packages.add(specifier)
    }
  }
  visit(entry)
  return packages
}

describe('importing the core library', () => {
  it('loads neither better-sqlite3 nor pg (the stores import them on first use)', () => {
    const packages = packagesLoadedBy(join(process.cwd(), 'src', 'index.ts'))
    expect(packages.has('saxes')).toBe(true)
    expect([packages.has('better-sqlite3'), packages.has('pg')]).toStrictEqual([false, false])
  })

  it('loads no native add-on when the module is imported, one when an SQLite memory is opened', () => {
    const script = `
      let addons = 0
      const dlopen = process.dlopen
      process.dlopen = (...args) => { addons++; return dlopen(...args) }
      const bitext = await import('./src/index.ts')
      const before = addons
      const memory = await bitext.openSqliteMemory(':memory:')
      await memory.close()
      console.log(JSON.stringify([before, addons]))`
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {encoding: 'utf8'})
    expect(run.stdout.trim()).toBe('[0,1]')
  })
})
