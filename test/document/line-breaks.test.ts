import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readLineBreaks} from '../../src/document/line-breaks.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {streamDocument} from '../../src/document/stream-document.js'
import {parseDocumentLazily} from '../../src/document/parse-lazily.js'

/** One sentence a line, as aligners take their input: a title without a full stop, a clause ending in a colon. */
const oneSentenceALine = [
  'The North Face',
  'We left the hut before dawn.',
  'Mr. Piola led the first pitch: it was wet.',
  'The rock was cold and the wind rose.',
  'By noon we were on the ridge!'
].join('\n')

/** The same sentences wrapped at about 30 columns, as a plain-text editor saves them. */
const wrapped = [
  'We left the hut before dawn.',
  'Mr. Piola led the first pitch:',
  'it was wet. The rock was cold',
  'and the wind rose. By noon we',
  'were on the ridge!'
].join('\n')

/** One paragraph a line and no blank lines between. */
const oneParagraphALine = [
  'The North Face',
  'We left the hut before dawn. The rock was cold and the wind rose.',
  'Mr. Piola led the first pitch. By noon we were on the ridge.',
  'The descent took four hours. Nobody spoke on the way down.'
].join('\n')

const sentences = (value: string) => parseDocument(value, {format: 'text', lang: 'en'}).blocks.map((block) => [block.kind, ...block.sentences.map((sentence) => sentence.text)])

describe('readLineBreaks', () => {
  it('reads lines closed by punctuation that start with a capital as one sentence a line', () => {
    expect(readLineBreaks(oneSentenceALine)).toBe('sentence')
  })

  it('reads lines that end mid-sentence and go on in lower case as wrapped', () => {
    expect(readLineBreaks(wrapped)).toBe('wrap')
  })

  it('reads closed lines that hold sentence ends inside them as one paragraph a line', () => {
    expect(readLineBreaks(oneParagraphALine)).toBe('paragraph')
  })

  it('does not take a title, an initial or an ordinal before a capital for a sentence end inside a line', () => {
    const lines = ['Mr. Cheng came back at noon.', 'J. Smith was there too.', 'It was the 9. September then.', 'Dr. Wang said nothing.', 'St. Mark is far.']
    expect(readLineBreaks(lines.join('\n'))).toBe('sentence')
  })

  it('reads Chinese lines by their full-width stops', () => {
    expect(readLineBreaks('他来了。\n她走了。\n天下雨了。\n我们回家。')).toBe('sentence')
    expect(readLineBreaks('他来了。她走了。\n天下雨了。我们回家。\n风很大。没人说话。\n路很长。')).toBe('paragraph')
  })

  it('reads sentence ends inside lines in a script without case (Arabic)', () => {
    const sentence = ['ذهب الولد إلى المدرسة.', 'ثم عاد إلى البيت؟', 'كان الجو باردا.', 'نام مبكرا.']
    expect(readLineBreaks(sentence.join('\n'))).toBe('sentence')
    expect(readLineBreaks([0, 1, 2, 3].map((index) => `${sentence[index]} ${sentence[(index + 1) % 4]}`).join('\n'))).toBe('paragraph')
  })

  it('keeps the breaks as wraps when paragraphs of several lines hold fewer than four lines', () => {
    expect(readLineBreaks('One line.\nTwo lines.\nThree lines.')).toBe('wrap')
  })

  it('leaves out paragraphs of one line and bullet lists, which read alike either way', () => {
    const paragraphs = 'First paragraph. It has two sentences.\n\nSecond one.\n\n- an item\n- another item\n- a third\n- a fourth'
    expect(readLineBreaks(paragraphs)).toBe('wrap')
  })
})

describe('parseDocument of plain text', () => {
  it('takes each line for a sentence in a text of one sentence a line, even without a full stop', () => {
    expect(sentences(oneSentenceALine)).toStrictEqual([
      ['paragraph', 'The North Face', 'We left the hut before dawn.', 'Mr. Piola led the first pitch: it was wet.', 'The rock was cold and the wind rose.', 'By noon we were on the ridge!']
    ])
  })

  it('keeps a line of two sentences whole in a text of one sentence a line, in a paragraph of its own too', () => {
    const value = `${oneSentenceALine}\n\nThey had merged two sentences here. The aligner will see it.\n\nThe end came.\nWe slept.`
    expect(sentences(value).slice(1)).toStrictEqual([
      ['paragraph', 'They had merged two sentences here. The aligner will see it.'],
      ['paragraph', 'The end came.', 'We slept.']
    ])
  })

  it('joins wrapped lines and splits the paragraph into sentences as before', () => {
    expect(sentences(wrapped)).toStrictEqual([
      ['paragraph', 'We left the hut before dawn.', 'Mr. Piola led the first pitch: it was wet.', 'The rock was cold and the wind rose.', 'By noon we were on the ridge!']
    ])
  })

  it('makes each line a block in a text of one paragraph a line, a short line without a stop a heading', () => {
    expect(sentences(oneParagraphALine)).toStrictEqual([
      ['heading', 'The North Face'],
      ['paragraph', 'We left the hut before dawn.', 'The rock was cold and the wind rose.'],
      ['paragraph', 'Mr. Piola led the first pitch.', 'By noon we were on the ridge.'],
      ['paragraph', 'The descent took four hours.', 'Nobody spoke on the way down.']
    ])
  })

  it('reads every part of a long text as its start says, when the text is read in parts', async () => {
    const value = Array.from({length: 40}, (_, index) => `${oneSentenceALine.replace('The North Face', `Part ${index + 1}`)}\n`).join('\n')
    const whole = parseDocument(value, {format: 'text', lang: 'en'})
    const streamed = await streamDocument({utf8: new TextEncoder().encode(value)}, {format: 'text', lang: 'en', partSize: 256})
    expect([...streamed.blocks]).toStrictEqual(whole.blocks)
    expect(whole.blocks.every((block) => block.sentences.length === 5)).toBe(true)
  })
})

describe("hunalign's paragraph marks", () => {
  const hunalignInput = ['The North Face', 'We left the hut before dawn.', '<p>', 'The rock was cold.', 'By noon we were on the ridge!', '<p>', 'Nobody spoke on the way down.', 'We were home by six.'].join('\n')

  it('end a paragraph as an empty line does, in a file read as plain text by content', async () => {
    const document = await parseDocumentLazily(hunalignInput)
    expect([document.format, document.blocks.map((block) => block.sentences.map((sentence) => sentence.line))]).toStrictEqual([
      'text',
      [
        [1, 2],
        [4, 5],
        [7, 8]
      ]
    ])
  })

  it('end a paragraph in lines input too', () => {
    expect(parseDocument(hunalignInput, {format: 'lines'}).blocks.map((block) => block.sentences.length)).toStrictEqual([2, 2, 2])
  })

  it('leave a real HTML document HTML, where some </p> closes a <p>', async () => {
    expect((await parseDocumentLazily('<p>\nOne.\n</p>\n<p>\nTwo.\n</p>\n<p>\nThree.\n</p>\n')).format).toBe('html')
  })
})

describe('a page saved one paragraph a line, with no blank lines', () => {
  // The seed pair as a word processor saves it as plain text: its blank lines dropped.
  const read = (file: string, blankLines: boolean) => {
    const text = readFileSync(new URL(`../../fixtures/iskur-international-relations/${file}`, import.meta.url), 'utf8')
    const value = blankLines ? text : text.split('\n').filter((line) => line.trim() !== '').join('\n')
    return parseDocument(value, {format: 'text'}).blocks.map((block) => [block.kind, block.sentences.map((sentence) => sentence.text)])
  }

  it.each(['tr.txt', 'en.txt'])('reads %s into the blocks and sentences it has with blank lines between paragraphs', (file) => {
    expect(read(file, false)).toStrictEqual(read(file, true))
  })

  it('is told from one sentence a line by its long lines, though most of its paragraphs are one sentence', () => {
    const text = readFileSync(new URL('../../fixtures/iskur-international-relations/tr.txt', import.meta.url), 'utf8')
    const lines = text.split('\n').filter((line) => line.trim() !== '')
    expect(readLineBreaks(lines.join('\n'))).toBe('paragraph')
  })
})
