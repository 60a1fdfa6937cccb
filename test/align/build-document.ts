import type {BitextDocument} from '../../src/document/types.js'

/** A document from paragraphs of sentences (a heading when the paragraph starts with `# `). */
export function buildDocument(paragraphs: readonly (readonly string[])[], lang = 'en'): BitextDocument {
  let sentence = 0
  const blocks = paragraphs.map((sentences, index) => {
    const heading = sentences[0]?.startsWith('# ') ?? false
    const texts = sentences.map((text) => text.replace(/^# /, ''))
    const text = texts.join(' ')
    const point = {line: index + 1, column: 1, offset: 0}
    return {
      index,
      kind: heading ? ('heading' as const) : ('paragraph' as const),
      text,
      lang,
      langConfidence: 1,
      translatable: true,
      position: {start: point, end: point},
      sentences: texts.map((part) => ({index: sentence++, block: index, text: part, start: 0, end: part.length, line: index + 1}))
    }
  })
  return {lang, langConfidence: 1, format: 'lines', blocks, sections: [{heading: null, blocks: blocks.map((block) => block.index)}]}
}
