import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

/**
 * Streams a generated text of 60,000 paragraphs in a child process with `--expose-gc`
 * and prints the heap in use after a full collection once 10,000 and once 50,000
 * blocks have been read, and what the 60,000 blocks take when held as a model.
 * Heap after a full collection does not depend on timing, so the test cannot flake on a busy machine.
 */
const script = `
const {streamDocument} = await import('./src/document/stream-document.ts')
const {parseDocument} = await import('./src/document/parse-document.ts')
const paragraph = (index) => 'Paragraf ' + index + ': bu cümle belgenin belleğini ölçmek için yazıldı. İkinci cümle de burada.'
const text = Array.from({length: 60000}, (_, index) => paragraph(index)).join('\\n\\n')
const heap = () => (globalThis.gc(), process.memoryUsage().heapUsed)
const document = await streamDocument(text, {format: 'text'})
const marks = []
let read = 0
for (const block of document.blocks) {
  read++
  if (read === 10000 || read === 50000) marks.push(heap())
}
const before = heap()
const model = parseDocument(text, {format: 'text'})
const held = heap() - before
console.log(JSON.stringify({read, growth: marks[1] - marks[0], held, blocks: model.blocks.length}))
`

/**
 * The same text streamed from its UTF-8 bytes and from its decoded string: the memory in
 * use (heap and external) after a full collection while block 30,000 is read, against
 * before the stream was opened.
 */
const bytesScript = `
const {streamDocument} = await import('./src/document/stream-document.ts')
const paragraph = (index) => 'Paragraf ' + index + ': bu cümle belgenin belleğini ölçmek için yazıldı. İkinci cümle de burada.'
const bytes = Buffer.from(Array.from({length: 60000}, (_, index) => paragraph(index)).join('\\n\\n'))
// Strings decoded by TextDecoder may live outside the heap: count external memory too (the bytes are in it from the start).
const memory = () => (globalThis.gc(), globalThis.gc(), process.memoryUsage().heapUsed + process.memoryUsage().external)
// Load what streaming loads (language detection and its data) and let the strings the bytes were made from be collected.
for (const block of (await streamDocument({utf8: Buffer.from(paragraph(0))}, {format: 'text'})).blocks) void block
await new Promise((resolve) => setTimeout(resolve, 50))
async function growth(source) {
  const before = memory()
  const document = await streamDocument(source(), {format: 'text'})
  let read = 0
  let during = 0
  for (const block of document.blocks) if (++read === 30000) during = memory()
  return during - before
}
const fromBytes = await growth(() => ({utf8: bytes}))
const fromString = await growth(() => bytes.toString('utf8'))
console.log(JSON.stringify({fromBytes, fromString, decoded: 2 * bytes.toString('utf8').length}))
`

describe('streamDocument memory', () => {
  it('holds no more heap after 50,000 blocks than after 10,000, where the model of the document grows by hundreds of bytes a block', () => {
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], {encoding: 'utf8'})
    expect(run.stderr).toBe('')
    const {read, growth, held, blocks} = JSON.parse(run.stdout) as {read: number; growth: number; held: number; blocks: number}
    expect([read, blocks]).toStrictEqual([60_000, 60_000])
    // What reading 40,000 more blocks may add: a part's raw blocks (256 KiB of text) at most, not the blocks read.
    expect(growth).toBeLessThan(4_000_000)
    // The comparison is meaningful: the same blocks held as a model take over 10 MB.
    expect(held).toBeGreaterThan(10_000_000)
  }, 120_000)

  it('never decodes a UTF-8 text whole: streamed from its bytes, it holds less than from its string by about the size of that string', () => {
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', bytesScript], {encoding: 'utf8'})
    expect(run.stderr).toBe('')
    const {fromBytes, fromString, decoded} = JSON.parse(run.stdout) as {fromBytes: number; fromString: number; decoded: number}
    // The decoded text takes two bytes a character (Turkish is not Latin-1): over 10 MB.
    expect(decoded).toBeGreaterThan(10_000_000)
    expect(fromString - fromBytes).toBeGreaterThan(0.8 * decoded)
  }, 120_000)
})
