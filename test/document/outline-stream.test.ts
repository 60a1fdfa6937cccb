import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {formatOutline, outlineLines} from '../../src/document/format-outline.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {streamDocument} from '../../src/document/stream-document.js'

const files = [
  ['fixtures/iskur-international-relations/tr.txt', 'text'],
  ['../shared/corpora/react-thinking-in-react/en.md', 'markdown'],
  ['../shared/real-pairs/mozilla-cloud-tos-html/tr.html', 'html']
] as const

describe('outlineLines', () => {
  for (const [file, format] of files) {
    it(`outlines the stream of ${file} (${format}) line for line as the whole document is outlined`, async () => {
      const text = readFileSync(file, 'utf8')
      const whole = formatOutline(parseDocument(text, {format}), 'doc')
      const streamed = [...outlineLines(await streamDocument(text, {format}), 'doc')]
      expect(streamed.length).toBeGreaterThan(20)
      expect(streamed.join('\n') + '\n').toBe(whole)
    })
  }
})
