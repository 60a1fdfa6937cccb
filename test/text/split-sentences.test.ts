import {describe, expect, it} from 'vitest'
import {splitSentences} from '../../src/text/split-sentences.js'

const texts = (text: string, lang: string) => splitSentences(text, lang).map((sentence) => sentence.text)

describe('splitSentences in English', () => {
  const cases: ReadonlyArray<{input: string; expected: string[]}> = [
    {input: 'One sentence.', expected: ['One sentence.']},
    {input: 'First one. Second one.', expected: ['First one.', 'Second one.']},
    {input: 'Is it? Yes! Good.', expected: ['Is it?', 'Yes!', 'Good.']},
    {input: 'Dr. Smith arrived. He left.', expected: ['Dr. Smith arrived.', 'He left.']},
    {input: 'We met Mr. Brown today.', expected: ['We met Mr. Brown today.']},
    {input: 'Mrs. Jones and Ms. Lee came.', expected: ['Mrs. Jones and Ms. Lee came.']},
    {input: 'Prof. Adams teaches. Students listen.', expected: ['Prof. Adams teaches.', 'Students listen.']},
    {input: 'It was No. 5 Street.', expected: ['It was No. 5 Street.']},
    {input: 'See item No. 12 below.', expected: ['See item No. 12 below.']},
    {input: 'Say no. Then leave.', expected: ['Say no.', 'Then leave.']},
    {input: 'Fruit, e.g. apples, is good.', expected: ['Fruit, e.g. apples, is good.']},
    {input: 'Use tools, e.g. Vitest and Node.', expected: ['Use tools, e.g. Vitest and Node.']},
    {input: 'That is, i.e. Monday, the first.', expected: ['That is, i.e. Monday, the first.']},
    {input: 'Apples, pears etc. are fruit.', expected: ['Apples, pears etc. are fruit.']},
    {input: 'The U.S. Army built it. Then it fell.', expected: ['The U.S. Army built it.', 'Then it fell.']},
    {input: 'Talks with the U.K. Government ended.', expected: ['Talks with the U.K. Government ended.']},
    {input: 'J. R. R. Tolkien wrote it.', expected: ['J. R. R. Tolkien wrote it.']},
    {input: 'George W. Bush spoke.', expected: ['George W. Bush spoke.']},
    {input: 'It costs 3.5 dollars. Cheap.', expected: ['It costs 3.5 dollars.', 'Cheap.']},
    {input: 'Growth was 0.75 percent.', expected: ['Growth was 0.75 percent.']},
    {input: 'Visit www.example.com today.', expected: ['Visit www.example.com today.']},
    {input: 'See https://example.org/a.b/c. Then go.', expected: ['See https://example.org/a.b/c.', 'Then go.']},
    {input: 'Mail info@example.com now.', expected: ['Mail info@example.com now.']},
    {input: 'Write to a.b@c.org. We reply.', expected: ['Write to a.b@c.org.', 'We reply.']},
    {input: 'Wait... what happened?', expected: ['Wait... what happened?']},
    {input: 'He paused… and went on.', expected: ['He paused… and went on.']},
    {input: 'They came (...) and left.', expected: ['They came (...) and left.']},
    {input: 'He said "Go." Then he went.', expected: ['He said "Go."', 'Then he went.']},
    {input: 'It opened in Jan. 2010 in town.', expected: ['It opened in Jan. 2010 in town.']},
    {input: 'Acme Inc. and Beta Ltd. merged.', expected: ['Acme Inc. and Beta Ltd. merged.']},
    {input: 'See Fig. 3 for details.', expected: ['See Fig. 3 for details.']},
    {input: 'At 5 p.m. Monday we met.', expected: ['At 5 p.m. Monday we met.']},
    {input: '  Spaces around.   Both ends.  ', expected: ['Spaces around.', 'Both ends.']},
    {input: 'It grew in 2015. 2016 was flat.', expected: ['It grew in 2015.', '2016 was flat.']},
    {input: 'Read p. 5 and vol. 2 first.', expected: ['Read p. 5 and vol. 2 first.']},
    {input: 'IV. Backing services', expected: ['IV. Backing services']},
    {input: '1. You Won’t Remember it All', expected: ['1. You Won’t Remember it All']},
    {input: 'It ended in World War II. Then peace came.', expected: ['It ended in World War II.', 'Then peace came.']},
    {input: '', expected: []}
  ]

  it.each(cases)('splits $input', ({input, expected}) => {
    expect(texts(input, 'en')).toStrictEqual(expected)
  })
})

describe('splitSentences in Turkish', () => {
  const cases: ReadonlyArray<{input: string; expected: string[]}> = [
    {input: 'Tek cümle.', expected: ['Tek cümle.']},
    {input: 'Birinci cümle. İkinci cümle.', expected: ['Birinci cümle.', 'İkinci cümle.']},
    {input: 'Geldi mi? Evet! Güzel.', expected: ['Geldi mi?', 'Evet!', 'Güzel.']},
    {input: 'Dr. Ayşe geldi. Sonra gitti.', expected: ['Dr. Ayşe geldi.', 'Sonra gitti.']},
    {input: 'Prof. Dr. Ahmet Yılmaz konuştu.', expected: ['Prof. Dr. Ahmet Yılmaz konuştu.']},
    {input: 'Doç. Dr. Ayşe Kaya katıldı.', expected: ['Doç. Dr. Ayşe Kaya katıldı.']},
    {input: 'Yrd. Doç. Mehmet Bey geldi.', expected: ['Yrd. Doç. Mehmet Bey geldi.']},
    {input: 'Av. Mehmet Bey dava açtı.', expected: ['Av. Mehmet Bey dava açtı.']},
    {input: 'Elma, armut vb. meyveler.', expected: ['Elma, armut vb. meyveler.']},
    {input: 'Kitap, defter vs. Malzemeler alındı.', expected: ['Kitap, defter vs. Malzemeler alındı.']},
    {input: 'Bazı ülkeler, örn. Azerbaycan katıldı.', expected: ['Bazı ülkeler, örn. Azerbaycan katıldı.']},
    {input: 'Bkz. Ek 2 tablosu.', expected: ['Bkz. Ek 2 tablosu.']},
    {input: 'Bina No. 5 adresinde.', expected: ['Bina No. 5 adresinde.']},
    {input: 'Kanun md. 12 uyarınca yapılır.', expected: ['Kanun md. 12 uyarınca yapılır.']},
    {input: 'T.C. Cumhurbaşkanlığı açıkladı.', expected: ['T.C. Cumhurbaşkanlığı açıkladı.']},
    {input: 'ABC A.Ş. Genel Müdürü geldi.', expected: ['ABC A.Ş. Genel Müdürü geldi.']},
    {input: '1. Dünya Savaşı 1914’te başladı.', expected: ['1. Dünya Savaşı 1914’te başladı.']},
    {input: 'İkinci toplantı 3. Oturumda yapıldı.', expected: ['İkinci toplantı 3. Oturumda yapıldı.']},
    {input: 'Bu 21. Yüzyıl sorunudur. Çözülmeli.', expected: ['Bu 21. Yüzyıl sorunudur.', 'Çözülmeli.']},
    {input: 'Oran %3,5 oldu. Arttı.', expected: ['Oran %3,5 oldu.', 'Arttı.']},
    {input: 'Sayı 1.000.000 kişiyi aştı.', expected: ['Sayı 1.000.000 kişiyi aştı.']},
    {input: 'Tarih 18.10.1988 olarak kayıtlı.', expected: ['Tarih 18.10.1988 olarak kayıtlı.']},
    {input: 'Adres www.iskur.gov.tr sitesinde.', expected: ['Adres www.iskur.gov.tr sitesinde.']},
    {input: 'Bilgi için bilgi@iskur.gov.tr adresine yazın.', expected: ['Bilgi için bilgi@iskur.gov.tr adresine yazın.']},
    {input: 'Bekle... ne oldu?', expected: ['Bekle... ne oldu?']},
    {input: 'Ve sonra… devam etti.', expected: ['Ve sonra… devam etti.']},
    {input: 'Liste (...) uzundur.', expected: ['Liste (...) uzundur.']},
    {input: '“Gel.” dedi. Sonra gitti.', expected: ['“Gel.” dedi.', 'Sonra gitti.']},
    {input: 'M. Kemal Atatürk geldi.', expected: ['M. Kemal Atatürk geldi.']},
    {input: 'Robert C. Martin’in kitabı.', expected: ['Robert C. Martin’in kitabı.']},
    {input: 'Sn. Bakan konuştu. Alkışlandı.', expected: ['Sn. Bakan konuştu.', 'Alkışlandı.']},
    {input: 'PROF. DR. AHMET YILMAZ GELDİ.', expected: ['PROF. DR. AHMET YILMAZ GELDİ.']},
    {input: 'İŞKUR’un 2016 yılı dönem başkanlığı başladı.', expected: ['İŞKUR’un 2016 yılı dönem başkanlığı başladı.']},
    {input: 'Başkan seçilmiştir. 2018 yılında devretti.', expected: ['Başkan seçilmiştir.', '2018 yılında devretti.']},
    {input: 'Sonuç “iyi”. 2019 daha iyi.', expected: ['Sonuç “iyi”.', '2019 daha iyi.']},
    {input: '', expected: []}
  ]

  it.each(cases)('splits $input', ({input, expected}) => {
    expect(texts(input, 'tr')).toStrictEqual(expected)
  })
})

describe('splitSentences offsets', () => {
  it('gives offsets of the trimmed sentences in the input', () => {
    expect(splitSentences(' Bir. İki. ', 'tr')).toStrictEqual([
      {text: 'Bir.', start: 1, end: 5},
      {text: 'İki.', start: 6, end: 10}
    ])
  })

  it('treats a number followed by a full stop as a sentence end in a language without dotted ordinals', () => {
    expect(texts('The total was 12. Next year more.', 'en')).toStrictEqual(['The total was 12.', 'Next year more.'])
  })

  it.each([
    {lang: 'de', input: 'Am 3. Oktober kam Dr. Müller mit Hr. Schmidt aus St. Louis. Dann ging er.', expected: ['Am 3. Oktober kam Dr. Müller mit Hr. Schmidt aus St. Louis.', 'Dann ging er.']},
    {lang: 'fi', input: 'Lokakuun 1. päivänä esim. Helsingissä. Sitten satoi.', expected: ['Lokakuun 1. päivänä esim. Helsingissä.', 'Sitten satoi.']},
    {lang: 'fr', input: 'M. Dupont vit à St. Louis. Il travaille.', expected: ['M. Dupont vit à St. Louis.', 'Il travaille.']},
    {lang: 'el', input: 'Ο κ. Τζόκο ήρθε. Μετά έφυγε.', expected: ['Ο κ. Τζόκο ήρθε.', 'Μετά έφυγε.']},
    {lang: 'ru', input: 'Он родился в 1990 г. Потом переехал.', expected: ['Он родился в 1990 г.', 'Потом переехал.']}
  ])('keeps titles, abbreviations and dotted ordinals of $lang inside the sentence, and ends one after a year', ({lang, input, expected}) => {
    expect(texts(input, lang)).toStrictEqual(expected)
  })

  it('falls back to und for an unknown language tag', () => {
    expect(texts('One. Two.', 'not a tag!')).toStrictEqual(['One.', 'Two.'])
  })
})
