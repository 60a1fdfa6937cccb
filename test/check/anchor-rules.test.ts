import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {buildAlignment, buildDocument, oneToOne} from './helpers/build-alignment.js'
import {summarize} from './helpers/summarize.js'

/** A one-block Turkish source and English target, checked. */
function checkPair(tr: string, en: string) {
  const alignment = buildAlignment(buildDocument([tr], {lang: 'tr'}), buildDocument([en], {lang: 'en'}), oneToOne(1))
  return summarize(check(alignment))
}

describe('number-mismatch', () => {
  it.each([
    {tr: 'WAPES, 18 Ekim 1988 tarihinde kuruldu.', en: 'WAPES was founded on October 18, 1988.'},
    {tr: 'Oran %40 oldu.', en: 'The rate was 40%.'},
    {tr: 'Toplam 15.000 kişi katıldı.', en: 'In total 15,000 people took part.'},
    {tr: 'Kişilerin 3.150’si işe yerleşti.', en: 'Of the people, 3,150 found work.'},
    {tr: 'İlki 2015 ve ikincisi 2018 yılında yapıldı.', en: 'The first one was in 2015 and the second one in 2018.'},
    {tr: '4857 sayılı İş Kanunu uygulanır.', en: 'Labour Law No. 4857 applies.'},
    {tr: 'Üyelerin %25’i katıldı.', en: '25% of the members took part.'},
    {tr: 'Ülkelerin 1.000,5 milyon doları var.', en: 'The countries have 1,000.5 million dollars.'},
    {tr: 'Proje 1,5 milyonluk bir bütçeyle başladı.', en: 'The project started with a budget of 1.5 million.'},
    {tr: 'Toplantı saat 15:00’te başladı.', en: 'The meeting started at 3 p.m.'},
    {tr: 'Satışlar 2,8 milyar sterline ulaştı.', en: 'Sales reached £2.8bn.'},
    {tr: 'Şehir 620 kilometre uzakta.', en: 'The city is 385 miles away.'},
    {tr: 'Köye 5 kilometrelik bir yol gider.', en: 'A 3 mile road leads to the village.'},
    {tr: 'Ofis hafta içi saat 09.00-17.00 arası açıktır.', en: 'The office is open from 9:00 to 17:00 on weekdays.'},
    {tr: 'Öğleden sonra saat 2’de iki polis aracı geldi.', en: 'At 2pm two police vans arrived.'},
    {tr: 'Yanardağ başkentin 72 kilometre güneydoğusundadır.', en: 'The volcano sits 45 miles (72 kilometers) southeast of the capital.'},
    {tr: 'Yer yer 2,5 ila 10 santimetre yağış bekleniyor.', en: 'Locally, 1 to 4 inches of rain are expected.'},
    {tr: 'Kurum 2015-2018 yılları arasında çalıştı.', en: 'The agency worked from 2015 to 2018.'},
    {tr: 'Cesedi yaklaşık 1 saat sonra bulundu.', en: 'His body was found about an hour later.'},
    {tr: 'Kaza, yaklaşık 1,6 kilometre ötedeki kazadan aylar sonra oldu.', en: 'The crash comes months after another, about a mile away.'},
    {tr: 'Dalgalar altı metreye ulaştı.', en: 'Waves reached 20 feet.'},
    {tr: '2 kişinin işi Goop markasına benzetildi.', en: "The pair's business had been likened to the Goop brand."},
    {tr: 'Kilise 1870’te, diğeri 10 yıl sonra yapıldı.', en: 'One church was built in 1870, the other a decade later.'}
  ])('finds nothing when the values agree: $tr', ({tr, en}) => {
    expect(checkPair(tr, en)).toStrictEqual([])
  })

  it('takes a thousand for the scale word another language writes alone, unless a number of its own is left over', () => {
    const pair = (en: string, other: string, lang: string) =>
      summarize(check(buildAlignment(buildDocument([en], {lang: 'en'}), buildDocument([other], {lang}), oneToOne(1)))).map((finding) => finding.message)
    expect(pair('More than 1,000 people were killed.', 'Было убито свыше тысячи людей.', 'ru')).toStrictEqual([])
    expect(pair('Almost 1000 people were injured.', 'Közel ezer ember sérült meg.', 'hu')).toStrictEqual([])
    expect(pair('Almost 1000 people were injured.', 'Közel ezer ember, 1500 rendőr.', 'hu')).toStrictEqual(['Numbers differ: source has 1000, target has 1500'])
  })

  it('takes the tens Japanese counts teenagers in for the English word', () => {
    const alignment = buildAlignment(buildDocument(['Three teenage boys were arrested.'], {lang: 'en'}), buildDocument(['10代の少年3人が逮捕された。'], {lang: 'ja'}), oneToOne(1))
    expect(summarize(check(alignment))).toStrictEqual([])
  })

  it('reports an amount changed on the way to another unit', () => {
    expect(checkPair('Şehir 900 kilometre uzakta.', 'The city is 385 miles away.').map((finding) => [finding.rule, finding.severity, finding.message])).toStrictEqual([
      ['number-mismatch', 'error', 'Numbers differ: source has 900, target has 385']
    ])
  })

  it('still reports a 1 that the other side writes neither as a number nor as an article', () => {
    expect(checkPair('Cesedi 1 saat sonra bulundu.', 'His body was found later.').map((finding) => finding.message)).toStrictEqual(['Target lacks 1 of the source'])
  })

  it('still reports a number that no word of the other side stands for', () => {
    // A pair is two, not three.
    expect(checkPair('3 kişinin işi Goop markasına benzetildi.', "The pair's business had been likened to the Goop brand.").map((finding) => finding.message)).toStrictEqual([
      'Target lacks 3 of the source'
    ])
  })

  it('reports a 1 changed into another number as an error, whatever articles the other side has', () => {
    expect(checkPair('Cesedi 1 saat sonra bulundu.', 'His body was found 2 hours later by a neighbour.').map((finding) => [finding.severity, finding.message])).toStrictEqual([
      ['error', 'Numbers differ: source has 1, target has 2']
    ])
  })

  it('reports an amount in a unit when the other side names only units of another kind in words', () => {
    // A mile is a length: it cannot be the 250 kilograms the source gives.
    expect(checkPair('Domuz 250 kilogram geliyordu.', 'The hog came from a farm a mile away.').map((finding) => finding.message)).toStrictEqual([
      'Target lacks 250 of the source'
    ])
  })

  it('reports a measure given in two units when the translation keeps neither', () => {
    expect(checkPair('Yanardağ başkentin güneydoğusundadır.', 'The volcano sits 45 miles (72 kilometers) southeast of the capital.').map((finding) => finding.message)).toStrictEqual([
      'Target has 45, 72, which the source lacks'
    ])
  })

  it('reports a changed number as an error with both values', () => {
    expect(checkPair('Toplam 1.250 kişi katıldı.', 'In total 1,520 people took part.')).toStrictEqual([
      {
        rule: 'number-mismatch',
        severity: 'error',
        message: 'Numbers differ: source has 1.250, target has 1,520',
        source: 0,
        target: 0,
        evidence: {source: [{kind: 'number', text: '1.250', value: '1250'}], target: [{kind: 'number', text: '1,520', value: '1520'}]}
      }
    ])
  })

  it('highlights the differing numbers as each side writes them', () => {
    const alignment = buildAlignment(buildDocument(['Toplam 1.250 kişi katıldı.'], {lang: 'tr'}), buildDocument(['In total 1,520 people took part.'], {lang: 'en'}), oneToOne(1))
    expect(check(alignment).map((finding) => finding.highlight)).toStrictEqual([{source: ['1.250'], target: ['1,520']}])
  })

  it('reports swapped percentages and different days', () => {
    expect(checkPair('Oran %21 oldu.', 'The rate was 12%.').map((finding) => finding.message)).toStrictEqual(['Numbers differ: source has %21, target has 12%'])
    expect(checkPair('Toplantı 15 Haziran 2021 tarihinde yapıldı.', 'The meeting was held on 16 June 2021.').map((finding) => finding.message)).toStrictEqual([
      'Numbers differ: source has 15 Haziran 2021, target has 16 June 2021'
    ])
    expect(checkPair('Toplantı 15 Haziran tarihinde yapıldı.', 'The meeting was held on 16 June.').map((finding) => finding.message)).toStrictEqual([
      'Numbers differ: source has 15 Haziran, target has 16 June'
    ])
  })

  it('reports a number only one side writes one level lower', () => {
    expect(checkPair('Birlik 2003 yılında kuruldu ve büyüdü.', 'The association was founded and grew.')).toStrictEqual([
      {
        rule: 'number-mismatch',
        severity: 'warning',
        message: 'Target lacks 2003 of the source',
        source: 0,
        target: 0,
        evidence: {source: [{kind: 'number', text: '2003', value: '2003'}], target: []}
      }
    ])
  })
})

describe('name-mismatch', () => {
  it('accepts lexicon equivalents, cognates and suffixed names', () => {
    expect(checkPair('İİT ve AB, Bakü’de İŞKUR’un ev sahipliğinde toplandı.', 'The OIC and the EU met in Baku, hosted by İŞKUR.')).toStrictEqual([])
  })

  it('reports a URL present on one side only as a warning', () => {
    expect(checkPair('Ayrıntılar için sitemize bakın.', 'See https://example.org/guide for the details.')).toStrictEqual([
      {
        rule: 'name-mismatch',
        severity: 'warning',
        message: 'Names differ: only the target has https://example.org/guide',
        source: 0,
        target: 0,
        evidence: {source: [], target: [{kind: 'url', text: 'https://example.org/guide', value: 'https://example.org/guide'}]}
      }
    ])
  })

  it('reports a lone acronym as info, since acronyms are sometimes translated', () => {
    expect(checkPair('Kullanıcı arayüzünü bileşenlere bölün.', 'Break the UI into components.').map((finding) => [finding.rule, finding.severity])).toStrictEqual([['name-mismatch', 'info']])
  })

  it('does not take a long word in capitals for an acronym: inflected emphasis is not a name', () => {
    expect(checkPair('Yama sürümü ARTIRILMALIDIR ve hiçbir değişiklik İÇERMEMELİDİR.', 'The patch version must be incremented and must not contain any change.')).toStrictEqual([])
  })

  it('still reports a short acronym in capitals found on one side only', () => {
    expect(checkPair('Rapor KOSGEB tarafından hazırlandı.', 'The report was prepared by the agency.').map((finding) => [finding.rule, finding.message])).toStrictEqual([
      ['name-mismatch', 'Names differ: only the source has KOSGEB']
    ])
  })

  it('does not take a phrase in capitals for acronyms', () => {
    expect(checkPair('Şikayetler [BURAYA BİR İLETİŞİM ŞEKLİ YAZILACAK] adresine bildirilebilir.', 'Complaints may be reported at [INSERT CONTACT METHOD].')).toStrictEqual([])
  })
})

describe('name-mismatch: what is not a divergence', () => {
  it.each([
    {why: 'SSS is FAQ', tr: 'Daha fazla bilgi için Davranış Kuralları SSS sayfasını inceleyin.', en: 'For more information see the Code of Conduct FAQ.'},
    {why: 'PR is a pull request, suffixed', tr: 'Açık PR’lerin listesine bakın.', en: 'Look at the list of open pull requests.'},
    {why: 'ABD is U.S.A., suffixed', tr: "Bu Koşullar ABD'nin Kaliforniya eyaletinin yasalarına tabidir.", en: 'These Terms are governed by the laws of the state of California, U.S.A.'},
    {why: 'İSS is ISP', tr: 'İSS’niz bu adresi engelleyebilir.', en: 'Your ISP may block this address.'},
    {why: 'a URL is a bağlantı', tr: 'Bu satır uygulamanızın çalıştığı bağlantıyı gösterir.', en: 'That line shows the URL where your app is being served.'},
    {why: 'NEET spells out an English phrase', tr: 'NEET gençler için yeni bir program başladı.', en: 'A new programme started for young people not in employment, education or training.'},
    {why: 'NUTS spells out a phrase in another order', tr: 'Bölgeler NUTS sınıflandırmasına göre ayrıldı.', en: 'Regions were divided by the nomenclature of territorial units for statistics.'},
    {why: 'RFC 2119 keywords are emphasis, in English and as Turkish suffixes', tr: 'Sunucu yanıtı SİLMELİ.', en: 'The server SHOULD delete the response.'},
    {
      why: 'capitalised words of an all-caps legal paragraph are not names',
      tr: 'HİZMETLER OLDUĞU GİBİ SUNULUR VE TİCARİ ELVERİŞLİLİK GARANTİSİ VERİLMEZ.',
      en: 'THE SERVICES ARE PROVIDED AS IS, WITHOUT WARRANTY THAT THEY ARE MERCHANTABLE OR NON-INFRINGING.'
    }
  ])('does not report it: $why', ({tr, en}) => {
    expect(checkPair(tr, en).filter((finding) => finding.rule === 'name-mismatch')).toStrictEqual([])
  })

  it('does not compare an acronym the other side cannot tell from a word: AMs beside "I am"', () => {
    const english = buildDocument(['I am sure of it.', 'The AMs met.'], {lang: 'en'})
    const turkish = buildDocument(['Bundan eminim.', 'AM’ler toplandı.'], {lang: 'tr'})
    expect(summarize(check(buildAlignment(turkish, english, oneToOne(2))))).toStrictEqual([])
  })

  it('takes an acronym one document writes in three pairs and the other never for the way it is rendered', () => {
    // `GOP` is `Cumhuriyetçi Parti` each time: the translator's choice, not a name left out three times.
    const english = ['The GOP leaders met on Monday.', 'The GOP said the vote would go ahead.', 'Critics of the GOP were not convinced.']
    const turkish = ['Cumhuriyetçi Parti liderleri Pazartesi günü bir araya geldi.', 'Cumhuriyetçi Parti oylamanın yapılacağını söyledi.', 'Cumhuriyetçi Parti’yi eleştirenler ikna olmadı.']
    const names = (tr: string[], en: string[]) =>
      summarize(check(buildAlignment(buildDocument(tr, {lang: 'tr'}), buildDocument(en, {lang: 'en'}), oneToOne(tr.length))))
        .filter((finding) => finding.rule === 'name-mismatch')
        .map((finding) => finding.message)
    expect(names(turkish, english)).toStrictEqual([])
    // In two pairs it is still reported, and so it is when the other document writes it somewhere.
    expect(names(turkish.slice(0, 2), english.slice(0, 2))).toStrictEqual(['Names differ: only the target has GOP', 'Names differ: only the target has GOP'])
    const once = [...turkish.slice(0, 2), 'GOP’yi eleştirenler ikna olmadı.', 'Cumhuriyetçi Parti açıklama yaptı.']
    expect(names(once, [...english, 'The GOP made a statement.'])).toStrictEqual(['Names differ: only the target has GOP', 'Names differ: only the target has GOP', 'Names differ: only the target has GOP'])
  })

  it('reports a partner named differently on each side as a warning, both names being known organisations', () => {
    expect(checkPair('Proje ILO ile birlikte yürütüldü.', 'The project was carried out with the OECD.').map((finding) => [finding.rule, finding.severity, finding.message])).toStrictEqual([
      ['name-mismatch', 'warning', 'Names differ: only the source has ILO; only the target has OECD']
    ])
  })
})

describe('divergent', () => {
  it('reports a pair whose names mostly differ, instead of name-mismatch', () => {
    const tr = 'Mevcut durumda ise Türk Dili Konuşan Ülkeler İşbirliği Konseyi kapsamında çalışmalar takip edilmektedir.'
    const en = 'Under the umbrella of the Organisation of Turkic States, of which Azerbaijan, Uzbekistan, Kazakhstan and Kyrgyzstan are members, studies commenced to establish TURKIC PESNET.'
    const findings = checkPair(tr, en)
    expect(findings.map((finding) => [finding.rule, finding.severity])).toStrictEqual([['divergent', 'warning']])
    expect(findings[0]?.message).toBe('Pair says different things: 8 names and numbers appear on one side only, 1 on both')
    expect(findings[0]?.evidence).toStrictEqual({
      score: 0.9,
      matched: 1,
      source: [
        {kind: 'name', text: 'Ülkeler', value: 'ulkeler'},
        {kind: 'name', text: 'İşbirliği', value: 'isbirligi'},
        {kind: 'name', text: 'Konseyi', value: 'konseyi'}
      ],
      target: [
        {kind: 'acronym', text: 'PESNET', value: 'pesnet'},
        {kind: 'name', text: 'Azerbaijan', value: 'azerbaijan'},
        {kind: 'name', text: 'Uzbekistan', value: 'uzbekistan'},
        {kind: 'name', text: 'Kazakhstan', value: 'kazakhstan'},
        {kind: 'name', text: 'Kyrgyzstan', value: 'kyrgyzstan'}
      ]
    })
  })
})
