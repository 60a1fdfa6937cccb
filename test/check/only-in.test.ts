import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {check} from '../../src/check/check.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {toFindingJson} from '../../src/check/finding.js'
import {buildAlignment, buildDocument} from './helpers/build-alignment.js'

const summarize = (alignment: Parameters<typeof check>[0]) =>
  check(alignment).map((finding) => {
    const json = toFindingJson(finding)
    return {rule: json.rule, severity: json.severity, message: json.message, source: json.source?.block ?? null, target: json.target?.block ?? null, sentence: json.source?.sentence ?? json.target?.sentence ?? null}
  })

describe('only-in-source / only-in-target', () => {
  it('reports a paragraph without counterpart as an error on its side', () => {
    const source = buildDocument(['Birinci paragraf burada duruyor.', 'İkinci paragraf eksik kalmış.', 'Üçüncü paragraf da var.'], {lang: 'tr', path: 'tr.txt'})
    const target = buildDocument(['The first paragraph is here.', 'The third paragraph exists too.'], {lang: 'en', path: 'en.txt'})
    const alignment = buildAlignment(source, target, [[[0], [0]], [[1], []], [[2], [1]]])
    expect(summarize(alignment)).toStrictEqual([
      {rule: 'only-in-source', severity: 'error', message: 'Paragraph has no counterpart in the target', source: 1, target: null, sentence: null}
    ])
  })

  it('reports headings one level lower and skips blocks without letters or digits', () => {
    const source = buildDocument([{text: 'DİĞER FAALİYETLERİMİZ', kind: 'heading'}, '\u00A0', 'Metin burada.'], {lang: 'tr'})
    const target = buildDocument(['The text is here.', 'An added paragraph in English only.'], {lang: 'en'})
    const alignment = buildAlignment(source, target, [[[0], []], [[1], []], [[2], [0]], [[], [1]]])
    expect(summarize(alignment)).toStrictEqual([
      {rule: 'only-in-source', severity: 'warning', message: 'Heading has no counterpart in the target', source: 0, target: null, sentence: null},
      {rule: 'only-in-target', severity: 'error', message: 'Paragraph has no counterpart in the source', source: null, target: 1, sentence: null}
    ])
  })

  it('reports each sentence missing from a file of one sentence a line, one block a side, at its own line', () => {
    const numbers = Array.from({length: 20}, (_, index) => index + 1)
    const source = parseDocument(numbers.map((n) => `${n} numaralı cümle burada biraz uzunca yazılmış olarak duruyor.`).join('\n'), {format: 'lines', lang: 'tr'})
    const kept = numbers.filter((n) => n !== 7 && n !== 16)
    const target = parseDocument(kept.map((n) => `Sentence number ${n} is written here at some length.`).join('\n'), {format: 'lines', lang: 'en'})
    const sentences = numbers.map((n): [number[], number[]] => [[n - 1], kept.includes(n) ? [kept.indexOf(n)] : []])
    const findings = check(buildAlignment(source, target, [[[0], [0]]], sentences)).map((finding) => toFindingJson(finding))
    expect(findings.filter((finding) => finding.rule === 'only-in-source').map((finding) => [finding.message, finding.source?.sentence, finding.source?.line, finding.source?.endLine])).toStrictEqual([
      ['Sentence has no counterpart in the target; the rest of the block is aligned', 6, 7, 7],
      ['Sentence has no counterpart in the target; the rest of the block is aligned', 15, 16, 16]
    ])
  })

  it('reports a sentence replaced by an unrelated one in a file of one sentence a line on both sides, though the lengths balance', () => {
    const numbers = Array.from({length: 20}, (_, index) => index + 1)
    const source = parseDocument(numbers.map((n) => `${n} numaralı cümle burada biraz uzunca yazılmış olarak duruyor.`).join('\n'), {format: 'lines', lang: 'tr'})
    const target = parseDocument(numbers.map((n) => (n === 12 ? 'Heavy rain is expected on the coast this week.' : `Sentence number ${n} is written here at some length.`)).join('\n'), {format: 'lines', lang: 'en'})
    const sentences = numbers.flatMap((n): Array<[number[], number[]]> => (n === 12 ? [[[11], []], [[], [11]]] : [[[n - 1], [n - 1]]]))
    const findings = check(buildAlignment(source, target, [[[0], [0]]], sentences)).map((finding) => toFindingJson(finding))
    expect(findings.filter((finding) => finding.rule.startsWith('only-in')).map((finding) => [finding.rule, finding.source?.line ?? finding.target?.line])).toStrictEqual([
      ['only-in-source', 12],
      ['only-in-target', 12]
    ])
  })

  it('reports a sentence missing from a file of one sentence a line whose translation runs twice as long, by the ratio of its sentence pairs', () => {
    const cities = ['Ankara', 'İzmir', 'Bursa', 'Adana', 'Konya', 'Antalya', 'Kayseri', 'Mersin', 'Samsun', 'Trabzon', 'Erzurum', 'Malatya', 'Denizli', 'Sivas', 'Edirne', 'Rize']
    const source = parseDocument(cities.map((city) => `Kurum ${city} ofisini açtı.`).join('\n'), {format: 'lines', lang: 'tr'})
    const kept = cities.filter((_, index) => index !== 6)
    const target = parseDocument(kept.map((city) => `The agency opened its ${city} office to the public that day.`).join('\n'), {format: 'lines', lang: 'en'})
    const sentences = cities.map((_, index): [number[], number[]] => [[index], index === 6 ? [] : [index < 6 ? index : index - 1]])
    const findings = check(buildAlignment(source, target, [[[0], [0]]], sentences)).map((finding) => toFindingJson(finding))
    expect(findings.filter((finding) => finding.rule === 'only-in-source').map((finding) => [finding.message, finding.source?.line])).toStrictEqual([
      ['Sentence has no counterpart in the target; the rest of the block is aligned', 7]
    ])
  })

  it('does not report a line the translator split off a longer sentence in a file of one sentence a line, though the aligner left it unpaired', () => {
    const cities = ['Ankara', 'İzmir', 'Bursa', 'Adana', 'Konya', 'Antalya', 'Kayseri', 'Mersin', 'Samsun', 'Trabzon', 'Erzurum', 'Malatya', 'Denizli', 'Sivas', 'Edirne', 'Rize']
    const source = parseDocument(cities.map((city) => `Kurum ${city} ofisini açtı ve bunu bütün şehre duyurdu.`).join('\n'), {format: 'lines', lang: 'tr'})
    // The split runs longer than its source (the translator added the districts and the letter): the lines around it alone would say a sentence is missing.
    const lines = cities.flatMap((city, index) => (index === 5 ? [`The agency opened its ${city} office.`, 'It announced this to the whole city and to each of its many districts in a long letter.'] : [`The agency opened its ${city} office and announced this to the whole city.`]))
    const target = parseDocument(lines.join('\n'), {format: 'lines', lang: 'en'})
    const sentences = cities.flatMap((_, index): Array<[number[], number[]]> => (index < 5 ? [[[index], [index]]] : index === 5 ? [[[5], [5]], [[], [6]]] : [[[index], [index + 1]]]))
    const findings = check(buildAlignment(source, target, [[[0], [0]]], sentences)).map((finding) => toFindingJson(finding))
    expect(findings.filter((finding) => finding.rule.startsWith('only-in'))).toStrictEqual([])
  })

  it('reports a sentence missing inside an aligned block pair when the lengths agree', () => {
    const source = buildDocument(['Kurum 2003 yılında birliğe katıldı. Daha sonra yönetim kuruluna seçilerek uzun yıllar görev yaptı.'], {lang: 'tr'})
    const target = buildDocument(['The agency joined the association in 2003.'], {lang: 'en'})
    const alignment = buildAlignment(source, target, [[[0], [0]]], [[[0], [0]], [[1], []]])
    expect(summarize(alignment)).toStrictEqual([
      {rule: 'only-in-source', severity: 'warning', message: 'Sentence has no counterpart in the target; the rest of the block is aligned', source: 0, target: null, sentence: 1}
    ])
  })

  it('highlights the sentence that has no counterpart', () => {
    const source = buildDocument(['Kurum 2003 yılında birliğe katıldı. Daha sonra yönetim kuruluna seçilerek uzun yıllar görev yaptı.'], {lang: 'tr'})
    const target = buildDocument(['The agency joined the association in 2003.'], {lang: 'en'})
    const alignment = buildAlignment(source, target, [[[0], [0]]], [[[0], [0]], [[1], []]])
    expect(check(alignment).map((finding) => toFindingJson(finding).highlight)).toStrictEqual([
      {source: ['Daha sonra yönetim kuruluna seçilerek uzun yıllar görev yaptı.']}
    ])
  })

  it('stays quiet on an unpaired sentence when the target is as long as the whole source block', () => {
    const source = buildDocument(['Kurum 2003 yılında birliğe katıldı. Daha sonra yönetim kuruluna seçildi.'], {lang: 'tr'})
    const target = buildDocument(['The agency joined the association in 2003 and was later elected to its board.'], {lang: 'en'})
    const alignment = buildAlignment(source, target, [[[0], [0]]], [[[0], [0]], [[1], []]])
    expect(summarize(alignment)).toStrictEqual([])
  })

  it('does not report sentences shorter than four words alone', () => {
    const source = buildDocument(['Kurum o yıl birliğe katıldı ve çalıştı. Sonra seçildi.'], {lang: 'tr'})
    const target = buildDocument(['The agency joined.'], {lang: 'en'})
    const alignment = buildAlignment(source, target, [[[0], [0]]], [[[0], [0]], [[1], []]])
    expect(summarize(alignment)).toStrictEqual([])
  })

  it('can be switched off or made quieter per rule', () => {
    const source = buildDocument(['Bir.', 'İki paragraf burada.'], {lang: 'tr'})
    const target = buildDocument(['One.'], {lang: 'en'})
    const alignment = buildAlignment(source, target, [[[0], [0]], [[1], []]])
    expect(check(alignment, {rules: {'only-in-source': 'off'}})).toStrictEqual([])
    expect(check(alignment, {rules: {'only-in-source': 'info'}}).map((finding) => finding.severity)).toStrictEqual(['info'])
  })
})

describe('check', () => {
  it('throws a TypeError on a value that is not an alignment', () => {
    expect(() => check({} as never)).toThrow(new TypeError('check: expected an Alignment ({source, target, blocks, sentences}); pass the result of `align`'))
  })

  it('throws a TypeError on rules that name an unknown rule or severity, as a config file would', () => {
    const document = parseDocument('Bir cümle.', {lang: 'tr'})
    const alignment = align(document, parseDocument('A sentence.', {lang: 'en'}))
    expect(() => check(alignment, {rules: {'only-in-sorce': 'off'} as never})).toThrow(new TypeError('check: options.rules: unknown rule "only-in-sorce"; did you mean "only-in-source"?'))
    expect(() => check(alignment, {rules: {divergent: 'loud' as never}})).toThrow(new TypeError('check: options.rules: rule "divergent": expected error, warning, info or off'))
    expect(check(alignment, {rules: {divergent: 'off'}})).toStrictEqual([])
  })

  it('finds nothing in two empty documents', () => {
    const empty = buildDocument([], {lang: 'tr'})
    expect(check(buildAlignment(empty, buildDocument([], {lang: 'en'}), []))).toStrictEqual([])
  })
})

describe('only-in: a box missing on one side', () => {
  it('reports the body of a box without counterpart, not its opening line as a heading of its own', () => {
    const source = buildDocument(
      ['Uygulamayı çalıştıralım.', {text: '/// note | Not', kind: 'heading'}, 'Bu komut sunucuyu geliştirme kipinde başlatır.', 'Çıktıda bir satır görürsünüz.'],
      {lang: 'tr'}
    )
    const target = buildDocument(['Run the live server.', 'In the output, there is a line.'], {lang: 'en'})
    const alignment = buildAlignment(source, target, [[[0], [0]], [[1], []], [[2], []], [[3], [1]]])
    expect(summarize(alignment)).toStrictEqual([
      {rule: 'only-in-source', severity: 'error', message: 'Paragraph has no counterpart in the target', source: 2, target: null, sentence: null}
    ])
  })

  it('still reports a box opener alone when the box body has a counterpart', () => {
    const source = buildDocument(['Uygulamayı çalıştıralım.', {text: '/// tip | İpucu', kind: 'heading'}, 'Çıktıda bir satır görürsünüz.'], {lang: 'tr'})
    const target = buildDocument(['Run the live server.', 'In the output, there is a line.'], {lang: 'en'})
    const alignment = buildAlignment(source, target, [[[0], [0]], [[1], []], [[2], [1]]])
    expect(summarize(alignment)).toStrictEqual([
      {rule: 'only-in-source', severity: 'warning', message: 'Heading has no counterpart in the target', source: 1, target: null, sentence: null}
    ])
  })
})
