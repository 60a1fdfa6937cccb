import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import type {Bead} from '../../src/align/types.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {buildDocument} from './build-document.js'
import {canonical, mirror} from './mirror.js'

const seed = (name: string, lang: string) =>
  parseDocument(readFileSync(`fixtures/iskur-international-relations/${name}`, 'utf8'), {format: 'text', lang})
const pairs = (beads: readonly Bead[]) => beads.map((bead) => [bead.source, bead.target])

describe('align on the seed pair (Turkish source, English target)', () => {
  it('pairs the blocks exactly as a reader does', () => {
    const alignment = align(seed('tr.txt', 'tr'), seed('en.txt', 'en'))
    // Written by hand from the two files: Turkish blocks 0-20, English blocks 0-19.
    expect(pairs(alignment.blocks)).toStrictEqual([
      [[0], [0]], // title
      [[1], [1]], // WAPES heading
      [[2], [2]], // WAPES, 18 Ekim 1988 … / WAPES was founded …
      [[3], [3]], // Türkiye’yi temsilen … / İŞKUR joined …
      [[4], [4]], // CPESSEC heading
      [[5], [5]], // Güneydoğu Avrupa’daki … / Bringing together …
      [[6], [6]], // İŞKUR, Türkiye’nin 2016 … / İŞKUR hosted …
      [[7], [7]], // OIC-PESNET heading
      [[8], []], // 25-26 Nisan 2013 … (Baku) has no counterpart
      [[9], [8]], // İİT Kamu İstihdam Kurumları Ağı … / Within the framework of the OIC …
      [[], [9]], // 3rd Meeting of OIC-PESNET … has no counterpart
      [[10], [10]], // Ağın mevcut yapısının … / Under the programme created …
      [[11], [11]], // Turkic heading
      [[12], [12]], // Türk Cumhuriyetleri ve Avrasya … / So as to form …
      [[13], [13]], // Mevcut durumda ise … / Under the umbrella … (weak)
      [[14], [14]], // OECD heading
      [[15], [15]], // OECD Yerel Ekonominin … / OECD Joint Action Programme …
      [[16], [16]], // Ülkemizin de üyesi … / KOSGEB was assigned …
      [[17], []], // DİĞER FAALİYETLERİMİZ
      [[18], [17]], // Uluslararası İşbirliği Protokolleri / International Cooperation Protocols
      [[19], [18]], // Heyet Ziyaretleri … / Delegation Visits …
      [[20], [19]] // Çeviri Hizmetleri / Translation Services
    ])
  })

  it('puts every sentence of both documents in exactly one sentence bead', () => {
    const source = seed('tr.txt', 'tr')
    const target = seed('en.txt', 'en')
    const alignment = align(source, target)
    const count = (document: typeof source) => document.blocks.reduce((sum, block) => sum + block.sentences.length, 0)
    expect(alignment.sentences.flatMap((bead) => bead.source)).toStrictEqual([...Array(count(source)).keys()])
    expect(alignment.sentences.flatMap((bead) => bead.target)).toStrictEqual([...Array(count(target)).keys()])
  })
})

describe('align on small documents', () => {
  it('finds a 2-1 bead where two sentences were merged', () => {
    const source = buildDocument([['The meeting was held in Geneva in 2015.', 'It gathered 120 experts from 30 countries.', 'The next one is in Baku.']])
    const target = buildDocument([['Toplantı 2015 yılında Cenevre’de yapıldı ve 30 ülkeden 120 uzmanı bir araya getirdi.', 'Bir sonraki toplantı Bakü’de.']], 'tr')
    expect(pairs(align(source, target).sentences)).toStrictEqual([[[0, 1], [0]], [[2], [1]]])
  })

  it('finds a 3-1 bead with maxUnits 3', () => {
    const source = buildDocument([['In 2015 the Geneva office opened.', 'It had 12 staff.', 'OECD paid for it.'], ['The Baku office opened in 2018.']])
    const target = buildDocument([['Cenevre ofisi 2015 yılında 12 personelle açıldı ve OECD tarafından finanse edildi.'], ['Bakü ofisi 2018 yılında açıldı.']], 'tr')
    expect(pairs(align(source, target, {maxUnits: 3}).sentences)).toStrictEqual([[[0, 1, 2], [0]], [[3], [1]]])
  })

  it('aligns any language pair from length and anchors (German and French, no built-in lexicon)', () => {
    const source = buildDocument([['Am 3. Mai 2021 kamen 1.250 Gäste nach Genf.'], ['Das Treffen dauerte 2 Tage.'], ['Danke.']], 'de')
    const target = buildDocument([['Le 3 mai 2021, 1 250 invités sont venus à Genève.'], ['Une note sans équivalent, assez longue pour ne rien couvrir.'], ['La réunion a duré 2 jours.'], ['Merci.']], 'fr')
    expect(pairs(align(source, target, {builtinLexicon: false, learn: false}).blocks)).toStrictEqual([[[0], [0]], [[], [1]], [[1], [2]], [[2], [3]]])
  })

  it('aligns a file without paragraph marks (one block a side, no shared words) sentence by sentence', () => {
    const german = [
      'Der Zug kam am Morgen spät an.',
      'Viele Reisende warteten auf dem kalten Bahnsteig.',
      'Eine Frau verkaufte heißen Kaffee.',
      'Die Kinder spielten neben den Koffern.',
      'Der Schaffner entschuldigte sich für die Verspätung.',
      'Niemand beschwerte sich laut.',
      'Draußen fiel leise der erste Schnee.',
      'Die Stadt wirkte still und grau.',
      'Ein alter Mann las seine Zeitung.',
      'Dann fuhr der Zug langsam weiter.',
      'Im Wagen roch es nach Brot und Regen.',
      'Die Reise dauerte noch drei lange Stunden.'
    ]
    const english = [
      'The train arrived late in the morning.',
      'Many travellers were waiting on the cold platform.',
      'A woman was selling hot coffee.',
      'The children played next to the suitcases.',
      'The conductor apologised for the delay.',
      'Nobody complained out loud.',
      'Outside, the first snow was falling quietly.',
      'The town looked silent and grey.',
      'An old man was reading his newspaper.',
      'Then the train slowly moved on.',
      'The carriage smelled of bread and rain.',
      'The journey took three more long hours.'
    ]
    const alignment = align(buildDocument([german], 'de'), buildDocument([english], 'en'), {builtinLexicon: false})
    expect(pairs(alignment.blocks)).toStrictEqual([[[0], [0]]])
    expect(pairs(alignment.sentences)).toStrictEqual(german.map((_, index) => [[index], [index]]))
  })

  it('gives empty alignments for empty documents and null beads against an empty side', () => {
    expect(align(buildDocument([]), buildDocument([]))).toMatchObject({blocks: [], sentences: []})
    const one = align(buildDocument([['Only here.']]), buildDocument([]))
    expect(one.blocks).toStrictEqual([{source: [0], target: [], score: 1}])
    expect(one.sentences).toStrictEqual([{source: [0], target: [], score: 1}])
  })

  it('rejects bad options and inputs with the function name', () => {
    const document = buildDocument([['A.']])
    expect(() => align(document, document, {maxUnits: 0})).toThrow(new RangeError('align: expected `maxUnits` to be an integer ≥ 1, got 0'))
    expect(() => align(document, document, {band: 0})).toThrow(RangeError)
    expect(() => align(null as never, document)).toThrow(TypeError)
  })

  it('uses a caller scorer, clamped to [0, 1]', () => {
    const source = buildDocument([['alpha'], ['beta']])
    const target = buildDocument([['uno'], ['dos']])
    const scorer = (a: string, b: string) => ((a === 'alpha') === (b === 'uno') ? 2 : -1)
    expect(pairs(align(source, target, {scorer, learn: false}).blocks)).toStrictEqual([[[0], [0]], [[1], [1]]])
  })
})

const word = fc.constantFrom('the', 'Geneva', '2015', 'meeting', 'İŞKUR', 'toplantı', 'yıl', 'Baku', '12,5', 'a', 'report', 'OECD')
// A sentence may end with a comma: broken over two units, it goes on in the next one (see `openEnds`).
const sentence = fc.tuple(fc.array(word, {minLength: 1, maxLength: 8}), fc.constantFrom('.', '.', ',')).map(([words, end]) => words.join(' ') + end)
const documentArbitrary = fc.array(fc.array(sentence, {minLength: 1, maxLength: 3}), {maxLength: 6})

describe('align invariants (fast-check)', () => {
  it('covers every unit exactly once, in order (monotonic)', () => {
    fc.assert(
      fc.property(documentArbitrary, documentArbitrary, (a, b) => {
        const alignment = align(buildDocument(a), buildDocument(b, 'tr'))
        const sentences = (paragraphs: string[][]) => paragraphs.flat().length
        expect(alignment.blocks.flatMap((bead) => bead.source)).toStrictEqual([...Array(a.length).keys()])
        expect(alignment.blocks.flatMap((bead) => bead.target)).toStrictEqual([...Array(b.length).keys()])
        expect(alignment.sentences.flatMap((bead) => bead.source)).toStrictEqual([...Array(sentences(a)).keys()])
        expect(alignment.sentences.flatMap((bead) => bead.target)).toStrictEqual([...Array(sentences(b)).keys()])
        for (const bead of [...alignment.blocks, ...alignment.sentences]) expect(bead.score >= 0 && bead.score <= 1).toBe(true)
      }),
      {numRuns: 60}
    )
  })

  it('mirrors: align(b, a) is align(a, b) with the sides swapped', () => {
    fc.assert(
      fc.property(documentArbitrary, documentArbitrary, (a, b) => {
        const forward = align(buildDocument(a), buildDocument(b))
        const backward = align(buildDocument(b), buildDocument(a))
        expect(canonical(mirror(backward.blocks))).toStrictEqual(canonical(forward.blocks))
        expect(canonical(mirror(backward.sentences))).toStrictEqual(canonical(forward.sentences))
      }),
      {numRuns: 60}
    )
  })

  it('mirrors also when the band is narrower than the documents', () => {
    const long = fc.array(fc.array(sentence, {minLength: 1, maxLength: 2}), {minLength: 10, maxLength: 30})
    fc.assert(
      fc.property(long, long, (a, b) => {
        const forward = align(buildDocument(a), buildDocument(b), {band: 1})
        const backward = align(buildDocument(b), buildDocument(a), {band: 1})
        expect(canonical(mirror(backward.blocks))).toStrictEqual(canonical(forward.blocks))
      }),
      {numRuns: 30}
    )
  })

  it('aligns a document with itself in 1-1 beads of score 1', () => {
    fc.assert(
      fc.property(documentArbitrary, (a) => {
        const alignment = align(buildDocument(a), buildDocument(a))
        expect(alignment.blocks).toStrictEqual(a.map((_, index) => ({source: [index], target: [index], score: 1})))
        expect(alignment.sentences).toStrictEqual(a.flat().map((_, index) => ({source: [index], target: [index], score: 1})))
      }),
      {numRuns: 60}
    )
  })
})

describe('align: link targets as evidence', () => {
  it('pairs list items by the address they link to when the other side dropped some', () => {
    const tr = [
      '- [Giriş ve temel kavramlar](https://example.org/intro)',
      '- [Sıralama yöntemleri üzerine bir ders](https://example.org/sorting)',
      '- [Çizge gezintisi örnekleri](https://example.org/graphs)',
      '- [Karma tabloların iç yapısı](https://example.org/hashing)',
      '- [Dinamik programlamaya bakış](https://example.org/dynamic)',
      '- [Sonuç ve öneriler](https://example.org/outro)'
    ].join('\n')
    const en = [
      '- [Introduction and basic concepts](https://example.org/intro)',
      '- [A look at dynamic programming](https://example.org/dynamic)',
      '- [Conclusion and advice](https://example.org/outro)'
    ].join('\n')
    const alignment = align(parseDocument(tr, {format: 'markdown', lang: 'tr'}), parseDocument(en, {format: 'markdown', lang: 'en'}))
    const paired = alignment.blocks.filter((bead) => bead.source.length > 0 && bead.target.length > 0)
    expect(paired.map((bead) => [bead.source, bead.target])).toStrictEqual([
      [[0], [0]],
      [[4], [1]],
      [[5], [2]]
    ])
  })
})
