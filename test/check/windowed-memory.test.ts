import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

/**
 * Checks a generated pair of 12,000 paragraphs a side window by window (500 blocks) in a child
 * process with `--expose-gc`, from streamed documents, and prints the heap in use after a full
 * collection once the 10th and once the 30th window's report is made (the first windows load
 * code and tables), and what the two documents
 * take when held as models. Heap after a full collection does not depend on timing.
 */
const script = `
const {streamDocument} = await import('./src/document/stream-document.ts')
const {parseDocument} = await import('./src/document/parse-document.ts')
const {alignWindows} = await import('./src/align/align-windows.ts')
const {windowReports} = await import('./src/check/check-windows.ts')
const count = 12000
const tr = Array.from({length: count}, (_, index) => 'Kurum ' + index + ' yılında ' + (index % 97) + ' ülkeden uzmanları Ankara’da ağırladı. Toplantıda istihdam politikaları konuşuldu.').join('\\n\\n')
const en = Array.from({length: count}, (_, index) => 'In ' + index + ' the agency hosted experts from ' + (index % 97) + ' countries in Ankara. Employment policies were discussed at the meeting.').join('\\n\\n')
const heap = () => (globalThis.gc(), globalThis.gc(), process.memoryUsage().heapUsed)
const source = await streamDocument(tr, {format: 'text', lang: 'tr'})
const target = await streamDocument(en, {format: 'text', lang: 'en'})
const marks = []
let windows = 0
let blocks = 0
for (const report of windowReports(alignWindows(source, target, {windowBlocks: 500}))) {
  windows++
  blocks += report.alignment.source.length
  if (windows === 10 || windows === 30) marks.push(heap())
}
const before = heap()
const models = [parseDocument(tr, {format: 'text', lang: 'tr'}), parseDocument(en, {format: 'text', lang: 'en'})]
const held = heap() - before
console.log(JSON.stringify({windows, blocks, growth: marks[1] - marks[0], held, modelBlocks: models[0].blocks.length + models[1].blocks.length}))
`

describe('a windowed check’s memory', () => {
  it('holds no more heap after 30 windows than after 10, where the two documents held whole take megabytes', () => {
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], {encoding: 'utf8'})
    expect(run.stderr).toBe('')
    const {windows, blocks, growth, held, modelBlocks} = JSON.parse(run.stdout) as Record<string, number>
    expect([blocks, modelBlocks]).toStrictEqual([12_000, 24_000])
    expect(windows).toBeGreaterThan(30)
    // Measured: the heap after each fifth window stays within ±1.2 MB (26 ± 1 MB), while 20 windows'
    // blocks held as models would add about half of `held`. `held` itself was 17.2 MB in one CI run
    // and 18.45-18.48 MB in five runs here (bytecode compiled or flushed around the collections moves
    // it): what matters is that it is several times the bound on growth, so the bound means something.
    const bound = 2_500_000
    expect(growth).toBeLessThan(bound)
    expect(held).toBeGreaterThan(5 * bound)
  }, 180_000)
})
