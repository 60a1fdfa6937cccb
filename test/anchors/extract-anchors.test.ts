import {describe, expect, it} from 'vitest'
import {extractAnchors} from '../../src/anchors/extract-anchors.js'

/** `[text, lang, expected 'kind:value' list]`, each checked by hand against the value table of the README. */
const cases = [
  ['18 Ekim 1988', 'tr', ['date:1988-10-18']],
  ['October 18, 1988', 'en', ['date:1988-10-18']],
  ['18 October 1988', 'en', ['date:1988-10-18']],
  ['15 Haziran', 'tr', ['date:--06-15']],
  ['16 June', 'en', ['date:--06-16']],
  ['June 16', 'en', ['date:--06-16']],
  ['25-26 Nisan 2013', 'tr', ['date:2013-04-25/2013-04-26']],
  ['April 2018', 'en', ['date:2018-04']],
  ['2018 yılı Nisan ayında', 'tr', ['date:2018-04']],
  ['June 2021-June 2023', 'en', ['date:2021-06/2023-06']],
  ['18.10.1988', 'tr', ['date:1988-10-18']],
  ['1988-10-18', 'en', ['date:1988-10-18']],
  ['1.000,5', 'tr', ['number:1000.5']],
  ['1,000.5', 'en', ['number:1000.5']],
  ['15.000', 'tr', ['number:15000']],
  ['15,000', 'en', ['number:15000']],
  ["3.150'si", 'tr', ['number:3150']],
  ['3,150', 'en', ['number:3150']],
  ['1.250', 'tr', ['number:1250']],
  ['1,520', 'en', ['number:1520']],
  ['2,5', 'tr', ['number:2.5']],
  ['1\u00A0250,5', 'fr', ['number:1250.5']],
  ['plus de 380 000 habitants', 'fr', ['number:380000']],
  ['1 250,5 euros', 'fr', ['number:1250.5']],
  ['12 345 678', 'ru', ['number:12345678']],
  ['en 2018 300 personnes', 'fr', ['number:2018', 'number:300']],
  ['380 000', 'en', ['number:380', 'number:0']],
  ['2.50', 'en', ['number:2.5']],
  ['1.000.000', 'en', ['number:1000000']],
  ['1,5 milyon', 'tr', ['number:1500000']],
  ['1,5 milyonluk bütçe', 'tr', ['number:1500000']],
  ['3 milyoner', 'tr', ['number:3']],
  ['5 binada', 'tr', ['number:5']],
  ['2,8 miljoonan euron', 'fi', ['number:2800000']],
  ['40 százalékkal', 'hu', ['percent:40%']],
  ['1.5 million', 'en', ['number:1500000']],
  ["the UK's £2.8bn market", 'en', ['acronym:uk', 'number:2800000000']],
  ['bn', 'en', []],
  ['um 2,8 Milliarden', 'de', ['number:2800000000']],
  ['5 mil millones', 'es', ['number:5000000000']],
  ['pentru 125 de milioane de lire', 'ro', ['number:125000000']],
  ['281 de magazine', 'ro', ['number:281']],
  ['价值1100万英镑', 'zh', ['number:11000000']],
  ['3 万亿元', 'zh', ['number:3000000000000']],
  ['1億2,500万ポンド', 'ja', ['number:125000000']],
  ['6月には', 'ja', []],
  ['２０１８年６月', 'ja', ['date:2018-06']],
  ['1から２インチ', 'ja', ['range:1..2']],
  ['2 to 4 inches', 'en', ['range:2..4']],
  ['de 2 à 4 pouces', 'fr', ['range:2..4']],
  ['won 3 of 4 games', 'en', ['number:3', 'number:4']],
  ['6 fit 6 inç boyunda', 'tr', ['number:78']],
  ['عام ٢٠١٨ لـ ٢٥ شخصا', 'ar', ['number:2018', 'number:25']],
  ['١٬٢٣٤٫٥', 'ar', ['number:1234.5']],
  ['१२ लोग', 'hi', ['number:12']],
  ['for £125m', 'en', ['number:125000000']],
  ['a 5k run', 'en', ['number:5']],
  ['100m sprint', 'en', ['number:100']],
  ['5 लाख', 'hi', ['number:500000']],
  ['제5조', 'ko', ['number:5']],
  ['%25', 'tr', ['percent:25%']],
  ['25%', 'en', ['percent:25%']],
  ['yüzde 40', 'tr', ['percent:40%']],
  ['40 percent', 'en', ['percent:40%']],
  ['um 40 Prozent', 'de', ['percent:40%']],
  ['40 pour cent', 'fr', ['percent:40%']],
  ['40％', 'zh', ['percent:40%']],
  ['40٪', 'ar', ['percent:40%']],
  ['40パーセント以上が', 'ja', ['percent:40%']],
  ['%21', 'tr', ['percent:21%']],
  ['at 3 p.m. on', 'en', ['time:15:00']],
  ['at 2pm', 'en', ['time:14:00']],
  ['found at 7.55am', 'en', ['time:07:55']],
  ['12am', 'en', ['time:00:00']],
  ['3 am', 'en', ['time:03:00']],
  ['die 3 am häufigsten', 'de', ['number:3']],
  ['2.5 pm', 'en', ['number:2.5']],
  ["Öğleden sonra saat 2'de", 'tr', ['time:14:00']],
  ['saat 09.00-17.00 arası', 'tr', ['time:09:00', 'time:17:00']],
  ['24 saat açık', 'tr', ['number:24']],
  ['klo 7.55', 'fi', ['time:07:55']],
  ['kl. 15', 'sv', ['time:15:00']],
  ['um 15 Uhr', 'de', ['time:15:00']],
  ['um 15.30 Uhr', 'de', ['time:15:30']],
  ['à 07 h 55', 'fr', ['time:07:55']],
  ['pendant 5 h de route', 'fr', ['number:5']],
  ['午後3時に', 'ja', ['time:15:00']],
  ['5時間', 'ja', ['number:5']],
  ['下午3时', 'zh', ['time:15:00']],
  ['2015-2018', 'en', ['range:2015..2018']],
  ['2021–2023', 'tr', ['range:2021..2023']],
  ['4857 sayılı', 'tr', ['number:4857']],
  ['Law No. 4857', 'en', ['number:4857']],
  ['the 3rd meeting', 'en', ['ordinal:3']],
  ['3. toplantı', 'tr', ['ordinal:3']],
  ["3'üncü toplantı", 'tr', ['ordinal:3']],
  ['üçüncü toplantı', 'tr', ['ordinal:3']],
  ['ilki 2015 ve ikincisi 2018', 'tr', ['ordinal:1', 'number:2015', 'ordinal:2', 'number:2018']],
  ['two meetings', 'en', ['number:2']],
  ['iki toplantı', 'tr', ['number:2']],
  ['on iki ay', 'tr', ['number:12']],
  ['Fourteen people were hurt', 'en', ['number:14']],
  ['twenty-one days, forty two weeks, ninety years', 'en', ['number:21', 'number:42', 'number:90']],
  ['on dört kişi', 'tr', ['number:14']],
  ['yirmi bir gün ve kırk hafta', 'tr', ['number:21', 'number:40']],
  ['twenty, one of them', 'en', ['number:20']],
  ['超过百分之四十的人', 'zh', ['percent:40%']],
  ['她百分之百确定', 'zh', ['percent:100%']],
  ['百分之40和百分之二十五点五', 'zh', ['percent:40%', 'percent:25.5%']],
  ['增长了百分之一百二十', 'zh', ['percent:120%']],
  ['一百个人', 'zh', ['number:100']],
  ['十九世纪和八十年代的二十五人', 'zh', ['number:19', 'number:80', 'number:25']],
  ['十分重要的百姓，一二十个人', 'zh', []],
  ['二十歳の男性', 'ja', ['number:20']],
  ['bir platform', 'tr', []],
  ['WAPES organizes', 'en', ['acronym:wapes']],
  ['OIC-PESNET toplantısı', 'tr', ['acronym:oic-pesnet']],
  ['İŞKUR’un çalışmaları', 'tr', ['acronym:iskur']],
  ['Directorate for SMEs', 'en', ['acronym:sme']],
  ['Toplantı Bakü’de yapıldı', 'tr', ['name:baku']],
  ['It was held in Baku', 'en', ['name:baku']],
  ['Kongre İstanbul’da yapıldı', 'tr', ['name:istanbul']],
  ['Azerbaycan’ın başkenti', 'tr', ['name:azerbaycan']],
  ['DÜNYA KAMU İSTİHDAM KURUMLARI BİRLİĞİ (WAPES)', 'tr', ['acronym:wapes']],
  ['World Association of Public Employment Services', 'en', []],
  ['Google is a company', 'en', []],
  ['它类似于Google Drive、Slack和 Spotify', 'zh', ['name:google', 'name:drive', 'name:slack', 'name:spotify']],
  ['Google是一家公司', 'zh', ['name:google']],
  ['READMEを読む', 'ja', ['acronym:readme']],
  ['استخدم Google Drive', 'ar', ['name:google', 'name:drive']],
  ['OECD – YEREL EKONOMİ VE İSTİHDAMIN GELİŞTİRİLMESİ İÇİN ORTAK EYLEM PROGRAMI (LEED)', 'tr', ['acronym:oecd', 'acronym:leed']],
  ['see https://www.iskur.gov.tr/.', 'en', ['url:https://www.iskur.gov.tr']],
  ['write to info@iskur.gov.tr.', 'en', ['email:info@iskur.gov.tr']],
  ['run `npm ci` now', 'en', ['code:npm ci']]
] as const

describe('extractAnchors', () => {
  it.each(cases)('reads %j (%s) by value', (text, lang, expected) => {
    expect(extractAnchors(text, lang).map((anchor) => `${anchor.kind}:${anchor.value}`)).toStrictEqual([...expected])
  })

  it('gives a number the unit of measure after it, in any language Intl knows', () => {
    expect([extractAnchors('located 385 miles away', 'en'), extractAnchors('um 27 ºC', 'de'), extractAnchors('5 in 10 people', 'en')[0]]).toStrictEqual([
      [{kind: 'number', text: '385', value: '385', start: 8, end: 11, unit: 'mile'}],
      [{kind: 'number', text: '27', value: '27', start: 3, end: 5, unit: 'celsius'}],
      {kind: 'number', text: '5', value: '5', start: 0, end: 1}
    ])
  })

  it('reads a unit with a case ending in Turkish, Finnish and Hungarian', () => {
    expect([extractAnchors('5 kilometrelik yol', 'tr'), extractAnchors('65 kilometrin päässä', 'fi')].map((anchors) => anchors.map((anchor) => [anchor.value, anchor.unit]))).toStrictEqual([
      [['5', 'kilometer']],
      [['65', 'kilometer']]
    ])
  })

  it('keeps the surface text and its offsets', () => {
    expect(extractAnchors('WAPES, 18 Ekim 1988 tarihinde', 'tr')).toStrictEqual([
      {kind: 'acronym', text: 'WAPES', value: 'wapes', start: 0, end: 5},
      {kind: 'date', text: '18 Ekim 1988', value: '1988-10-18', start: 7, end: 19}
    ])
  })

  it('gives the same values for the seed sentences in both languages', () => {
    const values = (text: string, lang: string) => extractAnchors(text, lang).filter((anchor) => anchor.kind === 'date' || anchor.kind === 'acronym').map((anchor) => anchor.value)
    expect(values('WAPES, 18 Ekim 1988 tarihinde Cenevre’de kurulmuş olup', 'tr')).toStrictEqual(values('WAPES was founded on October 18, 1988 in Geneva', 'en'))
  })

  it('reads no number from words that name properties of every object', () => {
    expect(extractAnchors('the constructor and toString run', 'en')).toStrictEqual([])
    expect(extractAnchors('2 constructor', 'en').map((anchor) => anchor.value)).toStrictEqual(['2'])
  })

  it('returns nothing for empty text and throws a TypeError for a non-string', () => {
    expect(extractAnchors('', 'tr')).toStrictEqual([])
    expect(() => extractAnchors(42 as unknown as string, 'en')).toThrow(TypeError)
  })

  it('stays linear on long runs of digits and letters', () => {
    // `1.1.1.…` is not one number (like `1.2.3`) and letters before a bare `@` are no address: nothing to find.
    const text = '1.'.repeat(20_000) + 'a'.repeat(50_000) + '@'
    const started = performance.now()
    expect(extractAnchors(text, 'en')).toStrictEqual([])
    // About 10 ms when linear; a backtracking regex or a quadratic scan over these 90,000 characters takes seconds.
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('reads a span of hours after saat, not a chain of them: a long run of dashed hours stays linear', () => {
    const text = `saat ${Array.from({length: 20_000}, (_, index) => `${10 + (index % 10)}.30`).join(' - ')}`
    const started = performance.now()
    const times = extractAnchors(text, 'tr').filter((anchor) => anchor.kind === 'time')
    expect(times.map((anchor) => anchor.value)).toStrictEqual(['10:30', '11:30'])
    // A span end that asked its start, which asked its own start …, took quadratic time and stack.
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
