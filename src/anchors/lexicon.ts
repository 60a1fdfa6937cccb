import {cardinalWords, dayNames, monthNames, ordinalWords} from './calendar.js'

/** One pair of equivalent terms; a term may have several words (`Birleşmiş Milletler`). */
export interface LexiconEntry {
  source: string
  target: string
}

/** A bilingual lexicon: terms of `sourceLang` and their equivalents in `targetLang`. */
export interface Lexicon {
  /** BCP 47 primary subtag of the `source` column, or `und` for “whatever the source document is”. */
  sourceLang: string
  /** BCP 47 primary subtag of the `target` column, or `und`. */
  targetLang: string
  entries: LexiconEntry[]
}

/** Institutions, places and common terms of Turkish and English public texts. */
const terms: Array<[string, string]> = [
  ['AB', 'EU'], ['Avrupa Birliği', 'European Union'], ['BM', 'UN'], ['Birleşmiş Milletler', 'United Nations'],
  ['İİT', 'OIC'], ['İslam İşbirliği Teşkilatı', 'Organisation of Islamic Cooperation'],
  ['İslam İşbirliği Teşkilatı', 'Organization of Islamic Cooperation'], ['UÇÖ', 'ILO'],
  ['Uluslararası Çalışma Örgütü', 'International Labour Organization'], ['DSÖ', 'WHO'],
  ['Dünya Sağlık Örgütü', 'World Health Organization'], ['IMF', 'IMF'], ['NATO', 'NATO'], ['OECD', 'OECD'],
  ['UNESCO', 'UNESCO'], ['UNICEF', 'UNICEF'], ['ABD', 'USA'], ['ABD', 'US'], ['KOBİ', 'SME'],
  ['Amerika Birleşik Devletleri', 'United States'], ['Birleşik Krallık', 'United Kingdom'], ['İngiltere', 'England'],
  ['İngiltere', 'Britain'], ['Türkiye', 'Turkey'], ['Türkiye', 'Türkiye'], ['Türk', 'Turkish'], ['Türk', 'Turkic'],
  ['Cenevre', 'Geneva'], ['Brüksel', 'Brussels'], ['Fas', 'Morocco'], ['Bakü', 'Baku'], ['Azerbaycan', 'Azerbaijan'],
  ['Özbekistan', 'Uzbekistan'], ['Kazakistan', 'Kazakhstan'], ['Kırgızistan', 'Kyrgyzstan'],
  ['Türkmenistan', 'Turkmenistan'], ['Almanya', 'Germany'], ['Fransa', 'France'], ['İspanya', 'Spain'],
  ['İtalya', 'Italy'], ['Yunanistan', 'Greece'], ['Rusya', 'Russia'], ['Çin', 'China'], ['Japonya', 'Japan'],
  ['Hindistan', 'India'], ['Mısır', 'Egypt'], ['Suriye', 'Syria'], ['Irak', 'Iraq'], ['İran', 'Iran'],
  ['Suudi Arabistan', 'Saudi Arabia'], ['Avrupa', 'Europe'], ['Avrupa', 'European'], ['Asya', 'Asia'],
  ['Afrika', 'Africa'], ['Amerika', 'America'], ['Avrasya', 'Eurasia'], ['Balkanlar', 'Balkans'],
  ['Güneydoğu Avrupa', 'Southeast Europe'], ['Orta Doğu', 'Middle East'], ['Londra', 'London'], ['Paris', 'Paris'],
  ['Viyana', 'Vienna'], ['Roma', 'Rome'], ['Moskova', 'Moscow'], ['Atina', 'Athens'], ['Lahey', 'The Hague'],
  ['Varşova', 'Warsaw'], ['Prag', 'Prague'], ['Lizbon', 'Lisbon'], ['Kudüs', 'Jerusalem'], ['Şam', 'Damascus'],
  ['Bağdat', 'Baghdad'], ['Tahran', 'Tehran'], ['Pekin', 'Beijing'], ['Galler', 'Wales'], ['İskoçya', 'Scotland'],
  ['İrlanda', 'Ireland'], ['Hollanda', 'Netherlands'], ['Belçika', 'Belgium'], ['İsviçre', 'Switzerland'],
  ['İsveç', 'Sweden'], ['Norveç', 'Norway'], ['Danimarka', 'Denmark'], ['Finlandiya', 'Finland'], ['Polonya', 'Poland'],
  ['Macaristan', 'Hungary'], ['Avusturya', 'Austria'], ['Ukrayna', 'Ukraine'], ['Gürcistan', 'Georgia'],
  ['Meksika', 'Mexico'], ['Kanada', 'Canada'], ['Brezilya', 'Brazil'], ['Avustralya', 'Australia'],
  ['Başkan', 'President'], ['Bakanlık', 'Ministry'], ['Bakan', 'Minister'], ['Parlamento', 'Parliament'],
  ['Meclis', 'Assembly'], ['Hükümet', 'Government'], ['Kongre', 'Congress'], ['Program', 'Programme'],
  ['Program', 'Program'], ['Merkez', 'Centre'], ['Merkez', 'Center'], ['Ağ', 'Network'], ['Birlik', 'Association'],
  ['Birlik', 'Union'], ['Konsey', 'Council'], ['Kurul', 'Board'], ['Kurum', 'Agency'], ['Kurum', 'Institution'],
  ['Toplantı', 'Meeting'], ['Kamu', 'Public'], ['İstihdam', 'Employment'], ['Hizmet', 'Service'],
  ['Uluslararası', 'International'], ['Ulusal', 'National'], ['Dünya', 'World'], ['İşbirliği', 'Cooperation'],
  ['Kalkınma', 'Development'], ['Ekonomi', 'Economy'], ['Ekonomik', 'Economic'], ['Sosyal', 'Social'],
  ['Bölge', 'Region'], ['Bölgesel', 'Regional'], ['Yerel', 'Local'], ['Ülke', 'Country'], ['Cumhuriyet', 'Republic'],
  ['SSS', 'FAQ'], ['Sıkça Sorulan Sorular', 'Frequently Asked Questions'], ['PR', 'pull request'],
  ['çekme isteği', 'pull request'], ['ABD', 'U.S.A.'], ['ABD', 'U.S.'], ['İSS', 'ISP'],
  ['İnternet Servis Sağlayıcısı', 'Internet Service Provider'], ['bağlantı', 'URL'], ['bağlantı', 'link'],
  ['adres', 'URL'], ['Lisans', 'License'], ['Lisans', 'Licence'], ['Genel Bakış', 'Overview'],
  ['yıl', 'year'], ['ay', 'month'], ['hafta', 'week'], ['gün', 'day'], ['saat', 'hour'], ['yüzde', 'percent']
]

function calendarTerms(): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  for (const table of [monthNames, dayNames, cardinalWords, ordinalWords]) {
    const turkish = table.tr ?? []
    turkish.forEach((word, index) => pairs.push([word, table.en?.[index] ?? word]))
  }
  return pairs
}

/**
 * The built-in Turkish → English lexicon: month and day names, number words, and common
 * institutions, places and public-administration terms. Built on call (nothing at import time).
 */
export function turkishEnglishLexicon(): Lexicon {
  const entries = [...calendarTerms(), ...terms].map(([source, target]) => ({source, target}))
  return {sourceLang: 'tr', targetLang: 'en', entries}
}
