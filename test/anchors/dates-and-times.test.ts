import {describe, expect, it} from 'vitest'
import {extractAnchors} from '../../src/anchors/extract-anchors.js'
import {check} from '../../src/check/check.js'
import {toFindingJson} from '../../src/check/finding.js'
import {buildAlignment, buildDocument} from '../check/helpers/build-alignment.js'

const values = (text: string, lang: string) => extractAnchors(text, lang).map((anchor) => `${anchor.kind} ${anchor.value}`)

describe('dates, times and numbers as people write them', () => {
  it.each([
    {text: 'Published 6/3/2021', lang: 'en', expected: ['date 2021-06-03']},
    {text: 'Yayın: 3.06.2021', lang: 'tr', expected: ['date 2021-06-03']},
    {text: 'Tarih: 6/3/2021', lang: 'tr', expected: ['date 2021-03-06']},
    {text: 'on 12/25/2021', lang: 'en', expected: ['date 2021-12-25']},
    {text: '25/12/2021 tarihinde', lang: 'en', expected: ['date 2021-12-25']},
    {text: 'Published 6/3/2021', lang: 'en-GB', expected: ['date 2021-03-06']},
    {text: 'Published 6/3/2021', lang: 'en-US', expected: ['date 2021-06-03']},
    {text: 'Total 2,500', lang: 'de', expected: ['number 2.5']},
    {text: 'Total 2,500', lang: 'de-CH', expected: ['number 2500']},
    {text: 'Total 2,500', lang: 'es', expected: ['number 2.5']},
    {text: 'Total 2,500', lang: 'es-MX', expected: ['number 2500']},
    {text: 'Total 2,500', lang: 'en-ZA', expected: ['number 2.5']},
    {text: 'at 3:22:31 PM', lang: 'en', expected: ['time 15:22:31']},
    {text: 'saat 15:22:31', lang: 'tr', expected: ['time 15:22:31']},
    {text: 'at 9:30 a.m. and 12:05 AM', lang: 'en', expected: ['time 09:30', 'time 00:05']},
    {text: '4 milyon kişi, 3,6 milyar lira, bin kişi', lang: 'tr', expected: ['number 4000000', 'number 3600000000', 'number 1000']},
    {text: '4 million people, 3.6 billion lira, a thousand people', lang: 'en', expected: ['number 4000000', 'number 3600000000', 'number 1000']},
    {text: 'am 3. Juni 2018, im Juni 2018', lang: 'de', expected: ['date 2018-06-03', 'date 2018-06']},
    {text: '3 июня 2018 года', lang: 'ru', expected: ['date 2018-06-03']},
    {text: 'le 3 juin 2018', lang: 'fr', expected: ['date 2018-06-03']},
    {text: '3. kesäkuuta 2018', lang: 'fi', expected: ['date 2018-06-03']},
    {text: '2018. június 3. és 2018. június', lang: 'hu', expected: ['date 2018-06-03', 'date 2018-06']},
    {text: '3 Ιουνίου 2018', lang: 'el', expected: ['date 2018-06-03']},
    {text: '2018年6月3日，6月3日，2018年6月', lang: 'zh', expected: ['date 2018-06-03', 'date --06-03', 'date 2018-06']},
    {text: '2018年6月3日に', lang: 'ja', expected: ['date 2018-06-03']},
    {text: 'yüzde yüz emin, yüzde elli, yüz yüze', lang: 'tr', expected: ['percent 100%', 'percent 50%']},
    {text: 'on 1st October 2017 and the 2nd of May', lang: 'en', expected: ['date 2017-10-01', 'date --05-02']},
    {text: 'in September of 2017', lang: 'en', expected: ['date 2017-09']},
    {text: 'le 1er octobre 2017', lang: 'fr', expected: ['date 2017-10-01']},
    {text: 'en septiembre de 2017', lang: 'es', expected: ['date 2017-09']},
    {text: 'της 1ης Οκτωβρίου', lang: 'el', expected: ['date --10-01']},
    {text: 'В субботу, 29-го сентября', lang: 'ru', expected: ['weekday 6', 'date --09-29']}
  ] as const)('reads $text ($lang) as $expected', ({text, lang, expected}) => {
    expect(values(text, lang)).toStrictEqual(expected)
  })

  it.each([
    {text: '2017 Eylülünde bir deprem', lang: 'tr', expected: 'date 2017-09'},
    {text: '3 Martta', lang: 'tr', expected: 'date --03-03'},
    {text: 'syyskuussa 2017', lang: 'fi', expected: 'date 2017-09'},
    {text: '2017 szeptemberében', lang: 'hu', expected: 'date 2017-09'},
    {text: 'в сентябре 2017 г.', lang: 'ru', expected: 'date 2017-09'},
    {text: 'τον Σεπτέμβριο του 2017', lang: 'el', expected: 'date 2017-09'}
  ] as const)('reads a month name with a case ending: $text ($lang)', ({text, lang, expected}) => {
    expect(values(text, lang)).toStrictEqual([expected])
  })

  it('takes no other word for an inflected month: endings that break the harmony, short stems', () => {
    // `mayısler` breaks Turkish vowel harmony; `мало` (little) is no `мая` (of May), whose stem is too short.
    expect(values('2017 mayısler', 'tr')).toStrictEqual(['number 2017'])
    expect(values('мало 2017', 'ru')).toStrictEqual(['number 2017'])
  })

  it('reads neither a word that abbreviates a month (Finnish kesä, summer) nor a year alone as a date', () => {
    expect(values('kesä 2018 oli lämmin', 'fi')).toStrictEqual(['number 2018'])
    expect(values('2018年的夏天', 'zh')).toStrictEqual(['number 2018'])
  })

  it('reads IP addresses as code, not as numbers or times', () => {
    expect(values('linklocal - 169.254.0.0/16, fe80::/10 and 2001:db8::ff00:42:8329', 'en')).toStrictEqual([
      'code 169.254.0.0/16',
      'code fe80::/10',
      'code 2001:db8::ff00:42:8329'
    ])
  })

  it('does not read a minute above 59 or an hour above 23 as a time', () => {
    expect(values('score 3:75 and 25:10', 'en')).toStrictEqual(['number 3', 'number 75', 'number 25', 'number 10'])
  })
})

describe('number-mismatch on timestamps', () => {
  const run = (sourceText: string, targetText: string) => {
    const alignment = buildAlignment(buildDocument([sourceText], {lang: 'tr'}), buildDocument([targetText], {lang: 'en'}), [[[0], [0]]])
    return check(alignment).map((finding) => {
      const json = toFindingJson(finding)
      return {rule: json.rule, severity: json.severity, message: json.message}
    })
  }

  it('finds nothing when a US date and time and a Turkish dotted date and 24-hour time agree', () => {
    expect(run('Son güncelleme: 3.06.2021 15:22:31', 'Last updated: 6/3/2021 3:22:31 PM')).toStrictEqual([])
  })

  it('calls the same day at another time an info note, not an error', () => {
    expect(run('Son güncelleme: 3.06.2021 15:22', 'Last updated: 6/3/2021 4:05 PM')).toStrictEqual([
      {rule: 'number-mismatch', severity: 'info', message: 'Times of day differ (a timestamp?): source 15:22, target 4:05 PM'}
    ])
  })

  it('still reports another day as an error', () => {
    expect(run('Son güncelleme: 3.06.2021', 'Last updated: 6/4/2021')).toStrictEqual([
      {rule: 'number-mismatch', severity: 'error', message: 'Numbers differ: source has 3.06.2021, target has 6/4/2021'}
    ])
  })
})
