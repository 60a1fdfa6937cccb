import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {alignWindows} from '../../src/align/align-windows.js'
import type {Alignment} from '../../src/align/types.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {buildMemory} from '../../src/memory/build-memory.js'
import {buildMemoryInWindows} from '../../src/memory/build-memory-windows.js'
import type {TranslationUnit} from '../../src/memory/types.js'
import {runCli} from '../helpers/run-cli.js'

const seed = 'fixtures/iskur-international-relations'
const tr = parseDocument(readFileSync(`${seed}/tr.txt`, 'utf8'), {format: 'text'})
const en = parseDocument(readFileSync(`${seed}/en.txt`, 'utf8'), {format: 'text'})
const created = new Date('2026-12-06T00:00:00Z')
/** A unit without its score: each window learns word pairs from its own beads, so scores differ a little. */
const placed = ({score, ...unit}: TranslationUnit) => unit

/** A Markdown pair in which each section is a heading and two paragraphs, the second the same in every section. */
function sections(count: number): {source: string; target: string} {
  const source = Array.from({length: count}, (_, index) => `# Office ${index + 1}\n\nThe office in room ${index + 1} opens at nine.\n\nVisitors sign in at the desk.`)
  const target = Array.from({length: count}, (_, index) => `# Ofis ${index + 1}\n\n${index + 1} numaralı odadaki ofis dokuzda açılır.\n\nZiyaretçiler masada kayıt olur.`)
  return {source: source.join('\n\n'), target: target.join('\n\n')}
}

describe('buildMemoryInWindows', () => {
  it('gives on the seed pair in windows of eight blocks the units of the whole alignment, at the same places', () => {
    const whole = buildMemory(align(tr, en), {created})
    const windowed = [...buildMemoryInWindows(alignWindows(tr, en, {windowBlocks: 8}), {created})]
    expect(windowed.length).toBeGreaterThan(1)
    expect(windowed.flat().map(placed)).toStrictEqual(whole.map(placed))
  })

  it('numbers origins in the whole documents, keeps the section a window starts in, and gives a unit once', () => {
    const {source, target} = sections(6)
    const windows = [...alignWindows(parseDocument(source, {format: 'markdown', lang: 'en'}), parseDocument(target, {format: 'markdown', lang: 'tr'}), {windowBlocks: 7})]
    const units = [...buildMemoryInWindows(windows, {created})]
    const later = windows.findIndex((window) => window.offset.source.block > 0 && window.alignment.source.blocks[0]?.kind !== 'heading')
    expect(later).toBeGreaterThan(0)
    const first = units[later]?.[0]
    const block = (first?.origin?.source.block ?? -1) - (windows[later]?.offset.source.block ?? 0)
    expect(windows[later]?.alignment.source.blocks[block]?.text).toBe(first?.source)
    const heading = windows.slice(0, later).flatMap((window) => window.alignment.source.blocks).findLast((each) => each.kind === 'heading')?.text
    expect(first?.origin?.source.section).toBe(heading)
    expect(units.flat().filter((unit) => unit.source === 'Visitors sign in at the desk.')).toHaveLength(1)
  })

  it('leaves out the blocks `exclude` names in each window', () => {
    const exclude = (alignment: Alignment) => ({source: alignment.source.blocks.filter((block) => block.text.includes('WAPES')).map((block) => block.index)})
    const units = [...buildMemoryInWindows(alignWindows(tr, en, {windowBlocks: 8}), {created, exclude})].flat()
    expect(units.length).toBeGreaterThan(10)
    expect(units.filter((unit) => unit.source.includes('WAPES'))).toStrictEqual([])
  })
})

describe('bitext tm build --windowed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bitext-tm-windowed-'))
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('adds the units the whole build adds', async () => {
    const exported = async (tm: string) => (await runCli(['tm', 'export', '--tm', tm, '--format', 'jsonl'])).stdout.trim().split('\n').map((line) => placed(JSON.parse(line) as TranslationUnit))
    const whole = await runCli(['tm', 'build', `${seed}/tr.txt`, `${seed}/en.txt`, '--tm', join(folder, 'whole.sqlite')])
    const windowed = await runCli(['tm', 'build', `${seed}/tr.txt`, `${seed}/en.txt`, '--tm', join(folder, 'windowed.sqlite'), '--windowed'])
    expect(windowed).toStrictEqual({...whole, stdout: whole.stdout.replace('whole.sqlite', 'windowed.sqlite')})
    const withoutDate = (units: TranslationUnit[]) => units.map(({created: _, ...unit}) => unit)
    expect(withoutDate(await exported(join(folder, 'windowed.sqlite')))).toStrictEqual(withoutDate(await exported(join(folder, 'whole.sqlite'))))
  })
})
