import {describe, expect, it} from 'vitest'
import {scanTokens} from '../../src/anchors/scan-tokens.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {InputError} from '../../src/input-error.js'
import {splitSentences} from '../../src/text/split-sentences.js'
import {tokenize} from '../../src/text/tokenize.js'

/** Texts without a single space, as an attacker would write them; `units` is the length of one repeat. */
const runs = [
  {name: '?!.…;:,- repeated', unit: '?!.…;:,-'},
  {name: 'a@ repeated', unit: 'a@'},
  {name: 'a。 repeated', unit: 'a。'}
] as const

const segmenters = [
  {name: 'splitSentences', run: (text: string) => splitSentences(text, 'en').length},
  {name: 'tokenize', run: (text: string) => tokenize(text, 'en').length},
  {name: 'scanTokens', run: (text: string) => scanTokens(text).length}
] as const

function millis(work: () => unknown): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

describe('segmentation of runs without spaces', () => {
  for (const segmenter of segmenters) {
    for (const run of runs) {
      it(`${segmenter.name} takes under 20 × the time for 10 × the text on ${run.name}`, () => {
        const small = run.unit.repeat(10_000 / run.unit.length)
        const large = run.unit.repeat(100_000 / run.unit.length)
        segmenter.run(small) // warm up the segmenters
        const floor = 100 // milliseconds: below this, timings are noise
        const ratioLimit = 20 * Math.max(floor, millis(() => segmenter.run(small)))
        expect(millis(() => segmenter.run(large))).toBeLessThan(ratioLimit)
      }, 60_000)
    }
  }

  it('finishes on the sizes of the issue: 1 MB of punctuation, a@ × 100k, a。 × 80k', () => {
    const punctuation = '?!.…;:,-'.repeat(131_072)
    expect(punctuation.length).toBe(1_048_576)
    expect(tokenize(punctuation, 'en')).toStrictEqual([])
    expect(splitSentences(punctuation, 'en').length).toBeGreaterThan(0)
    expect(tokenize('a@'.repeat(100_000), 'en')).toHaveLength(100_000)
    expect(scanTokens('a。'.repeat(80_000))).toHaveLength(160_000)
  }, 60_000)

  it('keeps every non-space character of a long run in exactly one sentence', () => {
    const text = 'a。'.repeat(20_000)
    const sentences = splitSentences(text, 'ja')
    expect(sentences.map((sentence) => sentence.text).join('')).toBe(text)
    expect(sentences.every((sentence, index) => index === 0 || sentence.start === sentences[index - 1]?.end)).toBe(true)
  })
})

describe('very long words and deep nesting', () => {
  it('parses a 5 MB word as one block', () => {
    const word = 'a'.repeat(5_000_000)
    expect(parseDocument(word, {format: 'text', blockLanguages: false}).blocks.map((block) => block.text.length)).toStrictEqual([5_000_000])
  }, 60_000)

  const deep = [
    {
      name: 'a Markdown list 1,000 levels deep',
      format: 'markdown',
      text: Array.from({length: 1000}, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n'),
      message: 'parseDocument: the markdown document nests more than 100 lists or quotes deep; flatten the nesting, or read it as plain text (--input-format text)'
    },
    {
      name: '10,000 nested block quotes',
      format: 'markdown',
      text: `${'>'.repeat(10_000)} deep`,
      message: 'parseDocument: the markdown document nests more than 100 lists or quotes deep; flatten the nesting, or read it as plain text (--input-format text)'
    },
    {
      name: '10,000 nested divs',
      format: 'html',
      text: `${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}`,
      message: 'parseDocument: the html document nests too deeply to parse (the parser ran out of stack); flatten the nesting, or read it as plain text (--input-format text)'
    }
  ] as const

  it('parses a list 30 levels deep', () => {
    const text = Array.from({length: 30}, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n')
    expect(parseDocument(text, {format: 'markdown', blockLanguages: false}).blocks).toHaveLength(30)
  })

  for (const {name, format, text, message} of deep) {
    it(`gives ${name} a clear error instead of a stack overflow`, () => {
      let thrown: unknown
      try {
        parseDocument(text, {format})
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(InputError)
      expect([(thrown as InputError).code, (thrown as InputError).message]).toStrictEqual(['too-deep', message])
    }, 10_000)
  }
})
