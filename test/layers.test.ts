import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

/*
 * The layers of src/, lowest first; an import may only point down or sideways within its folder:
 *
 *   text ← document, anchors ← format ← align ← check ← memory ← report, job ← cli
 *
 * `format` (XML escaping, XLIFF 1.2 and 2.x read and written) sits below every stage that writes or
 * reads those files. `memory` and `report` are siblings above `check` that never import each other's
 * side (memory never imports check or report); `job` joins check, memory and format. The top-level
 * files (`index.ts`, `input-error.ts`, `version.ts`) are not a layer: anyone may import
 * `input-error.ts` and `version.ts`; `index.ts` (the library) never imports `cli`.
 */
const never: Record<string, readonly string[]> = {
  text: ['document', 'anchors', 'format', 'align', 'check', 'memory', 'report', 'job', 'cli'],
  document: ['anchors', 'format', 'align', 'check', 'memory', 'report', 'job', 'cli'],
  anchors: ['document', 'format', 'align', 'check', 'memory', 'report', 'job', 'cli'],
  format: ['align', 'check', 'memory', 'report', 'job', 'cli'],
  align: ['check', 'memory', 'report', 'job', 'cli'],
  check: ['memory', 'report', 'job', 'cli'],
  memory: ['check', 'report', 'job', 'cli'],
  report: ['memory', 'job', 'cli'],
  job: ['report', 'cli'],
  '': ['cli']
}

const src = path.resolve('src')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : []
  })
}

/** The first folder below src/ of a file (`''` for src/index.ts and its siblings). */
function layerOf(file: string): string {
  const parts = path.relative(src, file).split(path.sep)
  return parts.length > 1 ? (parts[0] as string) : ''
}

/** Every relative import and re-export of a file, static or dynamic, resolved to a path under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)'(\.{1,2}\/[^']+)'/g)].map((match) => match[1] as string)
  return specifiers.map((specifier) => path.resolve(path.dirname(file), specifier))
}

const edges = sourceFiles(src).flatMap((file) => importsOf(file).map((to) => ({from: layerOf(file), to: layerOf(to), file: path.relative(src, file), target: path.relative(src, to)})))

describe('the layers of src/ run one way', () => {
  it('finds the imports it checks (the scan is not empty)', () => {
    expect(edges.filter((edge) => edge.from === 'cli' && edge.to === 'memory').length).toBeGreaterThan(0)
    expect(edges.filter((edge) => edge.from === 'memory' && edge.to === 'format').length).toBeGreaterThan(0)
  })

  it.each(Object.entries(never).map(([layer, forbidden]) => ({layer: layer === '' ? 'the top-level files' : layer, key: layer, forbidden})))(
    '$layer never import $forbidden',
    ({key, forbidden}) => {
      const broken = edges.filter((edge) => edge.from === key && forbidden.includes(edge.to)).map((edge) => `${edge.file} → ${edge.target}`)
      expect(broken).toStrictEqual([])
    }
  )

  it('nothing outside cli imports cli', () => {
    expect(edges.filter((edge) => edge.to === 'cli' && edge.from !== 'cli').map((edge) => edge.file)).toStrictEqual([])
  })
})
