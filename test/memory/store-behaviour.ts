import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {afterAll, afterEach, describe, expect, it} from 'vitest'
import {InputError} from '../../src/input-error.js'
import {createMemory} from '../../src/memory/memory-store.js'
import {toTmx} from '../../src/memory/tmx-write.js'
import type {TranslationMemory} from '../../src/memory/translation-memory.js'
import type {AddResult, TranslationUnit} from '../../src/memory/types.js'

const pair = {sourceLang: 'en-GB', targetLang: 'tr-TR'}

export const wapes: TranslationUnit = {
  ...pair,
  source: 'WAPES was founded on October 18, 1988 in Geneva.',
  target: 'WAPES, 18 Ekim 1988 tarihinde Cenevre’de kurulmuştur.'
}
export const joined: TranslationUnit = {...pair, source: 'İŞKUR joined the Association in 2003.', target: 'İŞKUR Birliğe 2003 yılında katılmıştır.'}
export const workshops: TranslationUnit = {...pair, source: 'The Association organizes workshops.', target: 'Birlik çalıştaylar düzenlemektedir.'}
const workshops2: TranslationUnit = {...pair, source: 'The Association organizes workshops.', target: 'Birlik atölye çalışmaları düzenler.'}
/** Written for these tests (no source text): Chinese and Japanese, written without spaces between words. */
export const spaceless: TranslationUnit[] = [
  {source: '他们对这个名称不太满意。', target: 'They are not very happy with the name.', sourceLang: 'zh-CN', targetLang: 'en'},
  {source: '会议将于明天在北京举行。', target: 'The meeting will be held in Beijing tomorrow.', sourceLang: 'zh-CN', targetLang: 'en'},
  {source: 'npmでパッケージをインストールします。', target: 'Install the package with npm.', sourceLang: 'ja', targetLang: 'en'}
]
/** `joined` again, with other spacing: a duplicate. */
const joinedAgain: TranslationUnit = {...joined, source: 'İŞKUR  joined the Association in 2003. '}

/** Words to make random memories from: Turkish letters, numbers, a tag placeholder, case and punctuation variants. */
const words = ['ev', 'İstanbul', 'ırmak', 'IRMAK', 'kurum', 'kurumları', 'the', 'a', 'river', 'house', '2015', '18', 'Ekim', 've', '\uE000', 'House!']

/** The behaviour every store shares. `open` gives a new, empty store. */
export function describeStore(name: string, open: () => Promise<TranslationMemory>): void {
  describe(`${name} store`, () => {
    const opened: TranslationMemory[] = []
    const fresh = async (units: TranslationUnit[] = []) => {
      const memory = await open()
      opened.push(memory)
      if (units.length > 0) await memory.add(units)
      return memory
    }
    afterEach(async () => {
      for (const memory of opened.splice(0)) await memory.close()
    })
    const folder = mkdtempSync(join(tmpdir(), 'bitext-tmx-'))
    afterAll(() => rmSync(folder, {recursive: true, force: true}))
    let files = 0
    /** A TMX file holding `text`. */
    const tmxFile = (text: string) => {
      const file = join(folder, `units-${files++}.tmx`)
      writeFileSync(file, text)
      return file
    }

    it('adds units and skips a duplicate that differs only in spacing', async () => {
      const memory = await fresh()
      expect(await memory.add([wapes, joined, workshops, workshops2, joinedAgain])).toStrictEqual({added: 4, duplicates: 1})
      expect(await memory.add([wapes])).toStrictEqual({added: 0, duplicates: 1})
    })

    it('refuses a batch with a malformed unit as a TypeError naming it, and stores none of the batch', async () => {
      const memory = await fresh([wapes])
      const malformed = {source: 'A sentence.', target: undefined, sourceLang: 'en', targetLang: 'tr'}
      await expect(memory.add([joined, malformed as never])).rejects.toThrow(new TypeError('add: unit 1: expected `target` to be a string, got undefined'))
      await expect(memory.add([{...joined, sourceLang: ''}])).rejects.toThrow(new TypeError("add: unit 0: expected `sourceLang` to be a language tag such as 'tr' or 'en-GB', got an empty string"))
      await expect(memory.add(joined as never)).rejects.toThrow(new TypeError('add: expected an array of translation units, got object'))
      await expect(memory.lookup(null as never)).rejects.toThrow(new TypeError('lookup: expected the query to be a string, got null'))
      await expect(memory.concordance(undefined as never)).rejects.toThrow(new TypeError('concordance: expected the term to be a string, got undefined'))
      expect((await memory.stats()).units).toBe(1)
    })

    it('exports the units in the order they were stored', async () => {
      const memory = await fresh([wapes, joined, workshops])
      const batches: TranslationUnit[][] = []
      for await (const batch of memory.export({batchSize: 2})) batches.push(batch)
      expect(batches).toStrictEqual([[wapes, joined], [workshops]])
    })

    it('finds an exact match with score 100 and an all-equal diff', async () => {
      const memory = await fresh([wapes, joined])
      const matches = await memory.lookup(wapes.source)
      expect(matches).toStrictEqual([
        {...pair, source: wapes.source, target: wapes.target, score: 100, diff: [{type: 'equal', text: wapes.source}], unit: wapes}
      ])
    })

    it('scores Chinese and Japanese by characters: one changed of eleven is 100 × 10/11, not a different clause', async () => {
      const memory = await fresh([...spaceless, wapes])
      const [match] = await memory.lookup('他们对这个名字不太满意。', {sourceLang: 'zh-CN', targetLang: 'en'})
      expect(match?.source).toBe(spaceless[0]?.source)
      expect(match?.score).toBe(90.9)
      expect((await memory.lookup('npmでパッケージをインストールしました。', {sourceLang: 'ja', targetLang: 'en'}))[0]?.source).toBe(spaceless[2]?.source)
      // A term inside a clause: the clause was one token, which the term did not start.
      expect((await memory.concordance('满意')).map((unit) => unit.source)).toStrictEqual([spaceless[0]?.source])
      expect((await memory.concordance('インストール')).map((unit) => unit.source)).toStrictEqual([spaceless[2]?.source])
    })

    it('does not count tags as words: a tagged source found by its plain text scores 100 − 1 per tag, at most − 2', async () => {
      const bold = ['<bpt i="1">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>']
      const oneTag = {...joined, source: 'İŞKUR joined the Association in 2003.\uE000', sourceTags: ['<ph x="1"/>']}
      const threeTags = {...workshops, source: '\uE000The Association\uE001 organizes workshops.\uE002', sourceTags: [...bold, '<ph x="2"/>']}
      const memory = await fresh([oneTag, threeTags])
      expect((await memory.lookup(joined.source))[0]?.score).toBe(99)
      expect((await memory.lookup(workshops.source))[0]?.score).toBe(98)
      expect((await memory.lookup('The Association \uE000organizes\uE001 workshops.'))[0]?.score).toBe(99)
    })

    it('scores one changed number out of nine tokens 100 × 8/9 − 5 = 83.9', async () => {
      const memory = await fresh([wapes, joined])
      const [match] = await memory.lookup('WAPES was founded on October 19, 1988 in Geneva.', {sourceLang: 'en', targetLang: 'tr'})
      expect(match?.score).toBe(83.9)
      expect(match?.diff).toStrictEqual([
        {type: 'equal', text: 'WAPES was founded on October '},
        {type: 'delete', text: '19'},
        {type: 'insert', text: '18'},
        {type: 'equal', text: ', 1988 in Geneva.'}
      ])
      expect(await memory.lookup('WAPES was founded on October 19, 1988 in Geneva.', {minScore: 85})).toStrictEqual([])
    })

    it('looks up from Turkish into English in the same memory', async () => {
      const memory = await fresh([wapes, joined])
      const matches = await memory.lookup('İŞKUR Birliğe 2004 yılında katılmıştır.', {sourceLang: 'tr', targetLang: 'en-US'})
      expect(matches.map(({source, target, sourceLang, targetLang, score}) => ({source, target, sourceLang, targetLang, score}))).toStrictEqual([
        {source: joined.target, target: joined.source, sourceLang: 'tr-TR', targetLang: 'en-GB', score: 75}
      ])
    })

    it('folds Turkish case (İ → i, I → ı) and takes 1 point off for case and punctuation only', async () => {
      const memory = await fresh([joined])
      const matches = await memory.lookup('işkur birliğe 2003 yılında katılmıştır', {sourceLang: 'TR-tr', targetLang: 'en'})
      expect(matches.map((match) => match.score)).toStrictEqual([99])
      expect(await memory.lookup('ıskur birliğe 2003 yılında katılmıştır', {sourceLang: 'tr', targetLang: 'en', minScore: 81})).toStrictEqual([])
    })

    it('orders equal scores by storage order and honours the limit', async () => {
      const memory = await fresh([wapes, workshops, workshops2])
      const matches = await memory.lookup('The Association organizes workshops.')
      expect(matches.map((match) => [match.target, match.score])).toStrictEqual([
        [workshops.target, 100],
        [workshops2.target, 100]
      ])
      expect((await memory.lookup('The Association organizes workshops.', {limit: 1})).length).toBe(1)
    })

    it('returns nothing for an empty memory, a query without words found nowhere or an unknown language', async () => {
      expect(await (await fresh()).lookup('anything')).toStrictEqual([])
      const memory = await fresh([wapes])
      expect(await memory.lookup('… !!')).toStrictEqual([])
      expect(await memory.lookup(wapes.source, {sourceLang: 'de', targetLang: 'tr'})).toStrictEqual([])
    })

    it('finds a segment without words (`>`, `%@.`) by its exact text', async () => {
      const arrow = {...pair, source: '>', target: '>'}
      const format = {...pair, source: '%@.', target: '%@.'}
      const memory = await fresh([wapes, arrow, format])
      expect((await memory.lookup('>')).map((match) => [match.source, match.score])).toStrictEqual([['>', 100]])
      expect((await memory.lookup(' %@. ')).map((match) => [match.target, match.score])).toStrictEqual([['%@.', 100]])
      expect(await memory.lookup('<')).toStrictEqual([])
    })

    it('looks up from the target language of the main pair when only --source-lang names it', async () => {
      const trToEn = {sourceLang: 'tr-TR', targetLang: 'en-GB', source: 'BT departmanı API kullanır.', target: 'The IT department uses the API.'}
      const memory = await fresh([trToEn])
      const [match] = await memory.lookup('The IT department uses the API.', {sourceLang: 'en'})
      expect([match?.source, match?.target, match?.score]).toStrictEqual([trToEn.target, trToEn.source, 100])
      expect((await memory.lookup('the it department uses the api', {sourceLang: 'en'}))[0]?.score).toBe(99)
    })

    it('rejects a minScore outside [0, 100] and a limit below 1', async () => {
      const memory = await fresh([wapes])
      await expect(memory.lookup('x', {minScore: -1})).rejects.toThrow(new RangeError('lookup: minScore must be in [0, 100], got -1'))
      await expect(memory.lookup('x', {minScore: 100.5})).rejects.toThrow(new RangeError('lookup: minScore must be in [0, 100], got 100.5'))
      await expect(memory.lookup('x', {limit: 0})).rejects.toThrow(new RangeError('lookup: limit must be a positive integer, got 0'))
    })

    it('ranks every unit of the pair at minScore 0, a unit that shares no word with the query at 0', async () => {
      const memory = await fresh([wapes])
      expect(await memory.lookup('Completely different words here.')).toStrictEqual([])
      const matches = await memory.lookup('Completely different words here.', {minScore: 0})
      expect(matches.map((match) => [match.source, match.score])).toStrictEqual([[wapes.source, 0]])
    })

    it('finds terms in either language, ignoring case and suffixes', async () => {
      const memory = await fresh([wapes, joined, workshops, workshops2])
      expect(await memory.concordance('cenevre')).toStrictEqual([wapes])
      expect(await memory.concordance('işkur')).toStrictEqual([joined])
      expect(await memory.concordance('the association')).toStrictEqual([joined, workshops, workshops2])
      expect(await memory.concordance('çalış')).toStrictEqual([workshops, workshops2])
      expect(await memory.concordance('association', {limit: 1})).toStrictEqual([joined])
      expect(await memory.concordance('—')).toStrictEqual([])
    })

    it('reports a source stored with two different targets', async () => {
      const memory = await fresh([wapes, workshops, joined, workshops2])
      expect(await memory.consistency()).toStrictEqual({
        sameSource: [{text: workshops.source, lang: 'en-GB', translations: [workshops.target, workshops2.target]}],
        sameTarget: []
      })
    })

    it('counts units, pairs and word tokens', async () => {
      const memory = await fresh([wapes, joined, workshops, workshops2, {...joined, sourceLang: 'en-US'}])
      expect(await memory.stats()).toStrictEqual({
        units: 4,
        pairs: [{sourceLang: 'en-GB', targetLang: 'tr-TR', units: 4}],
        sourceWords: 9 + 6 + 4 + 4,
        targetWords: 8 + 5 + 3 + 4
      })
    })

    it('keeps the batches imported before a failing one', async () => {
      const memory = await fresh()
      async function* batches() {
        yield [wapes, joined]
        throw new Error('disk on fire')
      }
      await expect(memory.import(batches())).rejects.toThrow('disk on fire')
      expect((await memory.stats()).units).toBe(2)
    })

    it('imports a TMX file in batches, counting repeats inside a batch and across batches as duplicates', async () => {
      const memory = await fresh()
      const file = tmxFile(toTmx([wapes, joined, joinedAgain, workshops, wapes, workshops2]))
      const progress: AddResult[] = []
      const {summary, ...totals} = await memory.importTmx(file, {batchSize: 3, onProgress: (running) => progress.push(running)})
      expect(totals).toStrictEqual({added: 4, duplicates: 2})
      expect(summary).toStrictEqual({pairs: [{sourceLang: 'en-GB', targetLang: 'tr-TR', units: 6}], skipped: {}})
      expect(progress.at(-1)).toStrictEqual(totals)
      const units = await exported(memory)
      expect(units.map((unit) => unit.target)).toStrictEqual([wapes.target, joined.target, workshops.target, workshops2.target])
      expect((await memory.lookup(joined.source, {sourceLang: 'en', targetLang: 'tr'}))[0]?.score).toBe(100)
    })

    it('imports the pair asked for, from Turkish to English', async () => {
      const memory = await fresh()
      await memory.importTmx(tmxFile(toTmx([wapes, joined])), {sourceLang: 'tr', targetLang: 'en'})
      expect((await exported(memory)).map((unit) => [unit.sourceLang, unit.source])).toStrictEqual([['tr-TR', wapes.target], ['tr-TR', joined.target]])
    })

    it('keeps tags as placeholders and the units before malformed XML, and says where it broke', async () => {
      const memory = await fresh()
      const tagged = {...workshops, source: 'The Association \uE000organizes\uE001 workshops.', sourceTags: ['<bpt i="1">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>']}
      const good = toTmx([wapes, tagged]).replace('</body>', '')
      const file = tmxFile(good + '<tu><tuv xml:lang="en-GB"><seg>broken</tuv></tu></body></tmx>\n')
      const failure = await memory.importTmx(file, {batchSize: 1, fileName: 'broken.tmx'}).catch((error: unknown) => error)
      expect(failure).toBeInstanceOf(InputError)
      expect((failure as InputError).message).toMatch(/^malformed TMX: broken\.tmx:\d+:\d+: /)
      const units = await exported(memory)
      expect(units).toHaveLength(2)
      expect(units[1]?.sourceTags).toStrictEqual(tagged.sourceTags)
    })

    it('keeps what a translator put in (tuid, ids, dates, usage count, props, notes) from import to export', async () => {
      const memory = await fresh()
      const tu = `<tu tuid="7" creationid="ayse" changedate="20230210T083000Z" changeid="mehmet" usagecount="2"><prop type="x-Client">Acme</prop><note>reviewed</note>
<tuv xml:lang="en-GB"><seg>Save</seg></tuv><tuv xml:lang="tr-TR" changeid="mehmet"><note>imperative</note><seg>Kaydet</seg></tuv></tu>`
      await memory.importTmx(tmxFile(`<tmx version="1.4"><header srclang="en-GB"/><body>${tu}</body></tmx>`))
      const [unit] = await exported(memory)
      expect(unit?.tmx).toStrictEqual({
        unit: {
          attributes: {tuid: '7', creationid: 'ayse', changedate: '20230210T083000Z', changeid: 'mehmet', usagecount: '2'},
          annotations: [{element: 'prop', attributes: {type: 'x-Client'}, text: 'Acme'}, {element: 'note', attributes: {}, text: 'reviewed'}]
        },
        target: {attributes: {changeid: 'mehmet'}, annotations: [{element: 'note', attributes: {}, text: 'imperative'}]}
      })
    })

    it('fails on a file that is not there', async () => {
      const memory = await fresh()
      await expect(memory.importTmx(join(folder, 'missing.tmx'))).rejects.toThrow(/ENOENT|no such file/)
    })

    it('returns the same matches as an exhaustive scan on random memories', async () => {
      const sentence = fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 8}).map((list) => list.join(' '))
      const unit = fc.record({source: sentence, target: sentence}).map((texts) => ({...pair, ...texts}))
      await fc.assert(
        fc.asyncProperty(fc.array(unit, {maxLength: 25}), sentence, fc.integer({min: 1, max: 100}), async (units, query, minScore) => {
          const memory = await fresh(units)
          const reference = createMemory()
          await reference.add(units)
          const options = {minScore, limit: 100, sourceLang: 'en', targetLang: 'tr'}
          expect(await memory.lookup(query, options)).toStrictEqual(await reference.scan(query, options))
        }),
        {numRuns: 40}
      )
    })
  })
}

async function exported(memory: TranslationMemory): Promise<TranslationUnit[]> {
  const units: TranslationUnit[] = []
  for await (const batch of memory.export()) units.push(...batch)
  return units
}
