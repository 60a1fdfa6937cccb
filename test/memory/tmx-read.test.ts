import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../src/input-error.js'
import type {TmxReadOptions} from '../../src/memory/tmx-read.js'
import {readTmx} from '../../src/memory/tmx-read.js'
import {toTmx} from '../../src/memory/tmx-write.js'
import type {TranslationUnit} from '../../src/memory/types.js'

async function read(input: Array<string | Uint8Array>, options: TmxReadOptions = {}): Promise<TranslationUnit[][]> {
  const batches: TranslationUnit[][] = []
  for await (const batch of readTmx(input, options)) batches.push(batch)
  return batches
}

/** Reads until the error and returns what came before it, and the error. */
async function readUntilError(input: string[], options: TmxReadOptions = {}) {
  const units: TranslationUnit[] = []
  try {
    for await (const batch of readTmx(input, options)) units.push(...batch)
  } catch (error) {
    return {units, error}
  }
  return {units, error: undefined}
}

const trilingual = `<?xml version="1.0"?>
<tmx version="1.4"><header srclang="EN-us" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="html"/>
<body>
<tu creationdate="20200102T030405Z"><prop type="x-other">kept</prop>
  <tuv xml:lang="de-DE"><seg>Hallo</seg></tuv>
  <tuv xml:lang="en-US"><seg> Press <bpt i="1" x="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept><ph/> now </seg></tuv>
  <tuv xml:lang="TR-tr"><seg>Şimdi <hi type="em">Kaydet<ph x="2">&amp;nbsp;</ph></hi> düğmesine <it pos="begin"><sub>a</sub></it>basın</seg></tuv>
</tu>
<tu><tuv lang="en"><seg>Only English</seg></tuv></tu>
</body></tmx>`

describe('readTmx', () => {
  it('reads the requested pair of a three-language unit, tags kept as placeholders', async () => {
    expect(await read([trilingual], {sourceLang: 'en', targetLang: 'tr'})).toStrictEqual([
      [
        {
          source: 'Press \uE000Save\uE001\uE002 now',
          target: 'Şimdi \uE000Kaydet\uE001\uE002 düğmesine \uE003basın',
          sourceLang: 'en-US',
          targetLang: 'TR-tr',
          created: '2020-01-02T03:04:05Z',
          sourceTags: ['<bpt i="1" x="1">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>', '<ph/>'],
          targetTags: ['<hi type="em">', '<ph x="2">&amp;nbsp;</ph>', '</hi>', '<it pos="begin"><sub>a</sub></it>'],
          tmx: {unit: {annotations: [{element: 'prop', attributes: {type: 'x-other'}, text: 'kept'}]}}
        }
      ]
    ])
  })

  it('refuses a unit with two target languages when no target language is given, naming them', async () => {
    const {units, error} = await readUntilError([trilingual])
    expect(units).toStrictEqual([])
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toBe('TMX: a unit has en-US and 2 other languages (de-DE, TR-tr): choose the target language (--target-lang)')
  })

  it('takes the header srclang and the only other language of a bilingual unit, and counts units per pair and skips by reason', async () => {
    const summary = {pairs: [], skipped: {}}
    const [[unit]] = (await read([trilingual.replace(/<tuv xml:lang="TR-tr">.*<\/tuv>/, '')], {summary})) as [[TranslationUnit]]
    expect([unit.sourceLang, unit.targetLang, unit.target]).toStrictEqual(['en-US', 'de-DE', 'Hallo'])
    expect(summary).toStrictEqual({pairs: [{sourceLang: 'en-US', targetLang: 'de-DE', units: 1}], skipped: {'no-target': 1}})
  })

  it('imports regional variants of one language, matching the region exactly before the primary subtag', async () => {
    const regional = `<tmx version="1.4"><header srclang="en-US"/><body>
<tu><tuv xml:lang="en-US"><seg>color</seg></tuv><tuv xml:lang="en-GB"><seg>colour</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>软件</seg></tuv><tuv xml:lang="zh-TW"><seg>軟體</seg></tuv></tu>
<tu><tuv xml:lang="pt-BR"><seg>arquivo</seg></tuv><tuv xml:lang="pt-PT"><seg>ficheiro</seg></tuv></tu>
</body></tmx>`
    const pairs = async (sourceLang: string, targetLang: string) =>
      (await read([regional], {sourceLang, targetLang})).flat().map((unit) => `${unit.sourceLang}>${unit.targetLang}:${unit.target}`)
    expect(await pairs('en-US', 'en-GB')).toStrictEqual(['en-US>en-GB:colour'])
    expect(await pairs('zh-CN', 'zh-TW')).toStrictEqual(['zh-CN>zh-TW:軟體'])
    expect(await pairs('pt-PT', 'pt-BR')).toStrictEqual(['pt-PT>pt-BR:arquivo'])
    expect(await pairs('en-GB', 'en')).toStrictEqual(['en-GB>en-US:color'])
    expect((await read([regional])).flat().map((unit) => unit.target)).toStrictEqual(['colour'])
  })

  it('skips a segment with more than 6,400 tags, counted by reason, and never stores a tag as a CJK character', async () => {
    const tags = (count: number) => Array.from({length: count}, (_, index) => `<ph x="${index + 1}"/>`).join('')
    const tmx = (count: number, word: string) => `<tu><tuv xml:lang="en"><seg>${word}${tags(count)}</seg></tuv><tuv xml:lang="tr"><seg>${word}</seg></tuv></tu>`
    const summary = {pairs: [], skipped: {}}
    const file = `<tmx version="1.4"><header srclang="en"/><body>${tmx(7000, 'many')}${tmx(6400, 'most')}</body></tmx>`
    const units = (await read([file], {summary})).flat()
    expect(units.map((unit) => unit.target)).toStrictEqual(['most'])
    expect(units[0]?.source).toMatch(/^most[\uE000-\uF8FF]{6400}$/)
    expect(summary).toStrictEqual({pairs: [{sourceLang: 'en', targetLang: 'tr', units: 1}], skipped: {'too-many-tags': 1}})
  })

  it('writes the tags back where they were', async () => {
    const [[unit]] = (await read([trilingual], {sourceLang: 'en-us', targetLang: 'tr-TR'})) as [[TranslationUnit]]
    expect(toTmx([unit])).toContain(
      '<seg>Şimdi <hi type="em">Kaydet<ph x="2">&amp;nbsp;</ph></hi> düğmesine <it pos="begin"><sub>a</sub></it>basın</seg>'
    )
  })

  it('yields batches of batchSize across chunks of any size', async () => {
    const units = [1, 2, 3].map((n) => ({source: `s${n}`, target: `t${n}`, sourceLang: 'en', targetLang: 'tr'}))
    const xml = toTmx(units)
    const chunks = xml.match(/[\s\S]{1,7}/g) ?? []
    expect(await read(chunks, {batchSize: 2})).toStrictEqual([units.slice(0, 2), units.slice(2)])
  })

  it('yields batches of batchSize from one chunk that holds more', async () => {
    const units = [1, 2, 3, 4, 5].map((n) => ({source: `s${n}`, target: `t${n}`, sourceLang: 'en', targetLang: 'tr'}))
    expect(await read([toTmx(units)], {batchSize: 2})).toStrictEqual([units.slice(0, 2), units.slice(2, 4), units.slice(4)])
  })

  it('decodes UTF-8 bytes split inside a character, and UTF-16 with a byte-order mark', async () => {
    const units = [{source: 'İğne ırmak', target: 'needle', sourceLang: 'tr', targetLang: 'en'}]
    const bytes = Buffer.from(toTmx(units))
    const at = bytes.indexOf(Buffer.from('ğ')) + 1
    expect(await read([bytes.subarray(0, at), bytes.subarray(at)])).toStrictEqual([units])
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(toTmx(units), 'utf16le')])
    expect(await read([utf16])).toStrictEqual([units])
  })

  it('fails on bytes that are not UTF-8', async () => {
    await expect(read([Buffer.from([0x3c, 0xff, 0xfe, 0x80])])).rejects.toThrow(
      new InputError('not-text', 'malformed TMX: the file is not valid UTF-8 or UTF-16')
    )
  })

  it('fails on malformed XML with the line and column, after the units before it', async () => {
    const xml = toTmx([{source: 'a', target: 'b', sourceLang: 'en', targetLang: 'tr'}]).replace('</body>', '<tu><tuv>\n</body>')
    const {units, error} = await readUntilError([xml], {fileName: 'memory.tmx'})
    expect(units).toStrictEqual([{source: 'a', target: 'b', sourceLang: 'en', targetLang: 'tr'}])
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe('malformed-xml')
    expect((error as InputError).message).toBe('malformed TMX: memory.tmx:11:7: unexpected close tag.')
  })

  it('never resolves external entities (XXE) nor entities declared in the DOCTYPE', async () => {
    const head = (subset: string, use: string) =>
      `<?xml version="1.0"?>\n<!DOCTYPE tmx [${subset}]>\n<tmx version="1.4"><header srclang="en"/><body>` +
      `<tu><tuv xml:lang="en"><seg>${use}</seg></tuv><tuv xml:lang="tr"><seg>x</seg></tuv></tu></body></tmx>`
    const xxe = await readUntilError([head('<!ENTITY secret SYSTEM "file:///etc/passwd">', '&secret;')])
    expect([xxe.units, (xxe.error as Error).message]).toStrictEqual([[], 'malformed TMX: 3:83: undefined entity.'])
    const laughs = '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    const bomb = await readUntilError([head(laughs, '&c;')])
    expect((bomb.error as Error).message).toBe('malformed TMX: 3:78: undefined entity.')
  })

  it('reads back every unit bitext writes, identical (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(unitArbitrary(), {maxLength: 5}), async (units) => {
        const batches = await read([toTmx(units)])
        expect(batches.flat()).toStrictEqual(units)
      }),
      {numRuns: 200}
    )
  })
})

const tags = ['<ph x="1">&lt;br/&gt;</ph>', '<bpt i="1">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>', '<ph/>']

/** Text as bitext writes it: XML characters only, no private-use characters, NFC, trimmed. */
function cleanText(): fc.Arbitrary<string> {
  return fc
    .string({unit: 'binary', maxLength: 12})
    .map((text) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uE000-\uF8FF\uFFFE\uFFFF]/g, '').normalize('NFC'))
}

function segment(): fc.Arbitrary<{text: string; tags: string[]}> {
  return fc.array(fc.oneof(cleanText(), fc.constantFrom(...tags).map((tag) => ({tag}))), {maxLength: 4}).map((parts) => {
    const found: string[] = []
    const text = parts.map((part) => (typeof part === 'string' ? part : String.fromCodePoint(0xe000 + found.push(part.tag) - 1)))
    return {text: text.join('').normalize('NFC').trim(), tags: found}
  })
}

function unitArbitrary(): fc.Arbitrary<TranslationUnit> {
  const origin = fc.record({block: fc.nat(), line: fc.nat(), file: cleanText(), section: cleanText()}, {requiredKeys: ['block', 'line']}).map((place) => ({...place}))
  return fc
    .record(
      {
        source: segment(),
        target: segment(),
        sourceLang: fc.constantFrom('en-GB', 'tr-TR'),
        created: fc.date({min: new Date(0), max: new Date(4e12), noInvalidDate: true}).map((date) => date.toISOString().replace(/\.\d+Z$/, 'Z')),
        origin: fc.record({source: origin, target: origin}).map((both) => ({...both})),
        score: fc.double({min: 0, max: 1, noNaN: true}).map((score) => score + 0)
      },
      {requiredKeys: ['source', 'target', 'sourceLang']}
    )
    .map(({source, target, sourceLang, ...rest}) => {
      const targetLang = sourceLang === 'en-GB' ? 'tr-TR' : 'en-GB'
      const unit: TranslationUnit = {source: source.text, target: target.text, sourceLang, targetLang, ...rest}
      if (source.tags.length > 0) unit.sourceTags = source.tags
      if (target.tags.length > 0) unit.targetTags = target.tags
      return unit
    })
}
