import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/document/parse-document.js'
import {detectDocumentLanguage} from '../../src/text/detect-document-language.js'

const documents = [
  {
    lang: 'ro',
    text: 'Guvernul a anunțat luni noi reguli pentru chiriași.\n\nMinistrul a spus că legea va intra în vigoare anul viitor, după o dezbatere în parlament.'
  },
  {
    lang: 'hu',
    text: 'A kormány hétfőn új szabályokat jelentett be a bérlők számára.\n\nA miniszter szerint a törvény jövőre lép hatályba, a parlamenti vita után.'
  },
  {
    lang: 'de',
    text: 'Die Regierung hat am Montag neue Regeln für Mieter vorgestellt.\n\nDer Minister sagte, das Gesetz werde nächstes Jahr nach einer Debatte im Parlament in Kraft treten.'
  },
  {lang: 'ja', text: '政府は月曜日、借家人のための新しい規則を発表した。\n\n大臣によると、この法律は議会での議論の後、来年施行される。'},
  {lang: 'tr', text: 'Hükümet pazartesi günü kiracılar için yeni kurallar açıkladı.\n\nBakan, yasanın meclisteki görüşmelerin ardından gelecek yıl yürürlüğe gireceğini söyledi.'}
] as const

describe('the language of a document', () => {
  it.each(documents)('is detected from the whole text among all languages: $lang', ({lang, text}) => {
    expect(detectDocumentLanguage(text).lang).toBe(lang)
  })

  it.each(documents)('labels the document and its blocks when no language is given: $lang', ({lang, text}) => {
    const document = parseDocument(text, {format: 'text'})
    expect([document.lang, ...document.blocks.map((block) => block.lang)]).toStrictEqual([lang, lang, lang])
  })

  it('gives every block of lines input the document language, detected once, unless asked to guess each', () => {
    const lines = 'Die Regierung hat am Montag neue Regeln für Mieter vorgestellt.\n\nThank you very much, everyone.\n'
    const langs = (options: {blockLanguages?: boolean}) => parseDocument(lines, {format: 'lines', ...options}).blocks.map((block) => block.lang)
    expect(langs({})).toStrictEqual(['de', 'de'])
    expect(langs({blockLanguages: true})).toStrictEqual(['de', 'en'])
  })

  it('takes a short English text that franc ranks as Scots first for English, a language ICU knows', () => {
    // franc: sco 1, eng 0.957; Scots has no ICU locale data and leads by too little for 70 letters.
    expect(detectDocumentLanguage('He said that he would go down to the town in the morning and buy bread for his mother.').lang).toBe('en')
  })

  it('still takes a language ICU does not know when it leads clearly', () => {
    // franc: sco 1, nds 0.884, eng 0.804.
    expect(detectDocumentLanguage('The lassie gaed doon tae the burn an wis fair scunnert wi the haar that cam in ower the watter, sae she didna bide lang.').lang).toBe('sco')
  })

  it('is und for a text too short to identify', () => {
    expect(detectDocumentLanguage('OK 42')).toStrictEqual({lang: 'und', confidence: 0})
  })
})
