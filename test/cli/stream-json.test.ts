import {describe, expect, it} from 'vitest'
import {bufferedWriter, writeJson} from '../../src/cli/stream-json.js'
import {parseDocument} from '../../src/document/parse-document.js'

async function written(value: Record<string, unknown>): Promise<{text: string; chunks: number}> {
  const chunks: string[] = []
  await writeJson(value, (chunk) => chunks.push(chunk))
  return {text: chunks.join(''), chunks: chunks.length}
}

describe('writeJson', () => {
  it.each([
    {name: 'an empty object', value: {}},
    {name: 'empty arrays and nested objects', value: {a: [], b: {c: [1, {d: 'x'}]}, e: undefined, f: null}},
    {name: 'arrays of objects', value: {blocks: [{text: 'a\nb', n: [1, 2]}, {text: '"q"'}], lang: 'tr'}},
    {name: 'arrays inside nested objects', value: {source: {lang: 'tr', units: [{index: 0, text: 'a'}, {index: 1}], empty: {}}, beads: [{source: [0], target: []}]}}
  ])('writes $name exactly as JSON.stringify(value, null, 2)', async ({value}) => {
    expect((await written(value)).text).toBe(JSON.stringify(value, null, 2))
  })

  it('writes a parsed document block by block, the same text as JSON.stringify', async () => {
    const document = parseDocument('# Başlık\n\nBir paragraf. İki cümle.\n\n- bir\n- iki\n', {format: 'markdown'}) as unknown as Record<string, unknown>
    const result = await written(document)
    expect(result.text).toBe(JSON.stringify(document, null, 2))
    expect(result.chunks).toBeGreaterThan((document['blocks'] as unknown[]).length)
  })

  it('writes the arrays inside nested objects in batches of 512 elements', async () => {
    const value = {source: {units: Array.from({length: 1030}, (_, index) => ({index, text: `t${index}\n`}))}}
    const result = await written(value)
    expect(result.text).toBe(JSON.stringify(value, null, 2))
    // {, "source": , {, "units": , [, three batches (512, 512, 6), ], }, }
    expect(result.chunks).toBe(11)
  })

  it('writes an iterable field element by element, waiting for the output to drain after each', async () => {
    const chunks: string[] = []
    let waits = 0
    const blocks = (function* () {
      yield {n: 1}
      yield {n: 2}
    })()
    await writeJson({lang: 'tr', blocks, none: []}, (chunk) => chunks.push(chunk), async () => void waits++)
    expect(chunks.join('')).toBe(JSON.stringify({lang: 'tr', blocks: [{n: 1}, {n: 2}], none: []}, null, 2))
    expect(waits).toBe(2)
  })
})

describe('bufferedWriter', () => {
  it('passes chunks on in pieces of at least `size` characters, and the rest on flush', () => {
    const pieces: string[] = []
    const buffer = bufferedWriter((chunk) => pieces.push(chunk), 4)
    for (const chunk of ['ab', 'c', 'de', 'f', 'g']) buffer.write(chunk)
    expect(pieces).toStrictEqual(['abcde'])
    buffer.flush()
    expect(pieces).toStrictEqual(['abcde', 'fg'])
  })
})
