import {primaryLang} from './primary-lang.js'

/** ISO 639-1 codes of languages that franc knows by their ISO 639-3 code. */
const toIso1: Record<string, string> = {
  afr: 'af', amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', cat: 'ca', ces: 'cs',
  ckb: 'ku', cmn: 'zh', dan: 'da', deu: 'de', ell: 'el', eng: 'en', est: 'et', eus: 'eu', fin: 'fi', fra: 'fr',
  gle: 'ga', glg: 'gl', guj: 'gu', hau: 'ha', heb: 'he', hin: 'hi', hrv: 'hr', hun: 'hu', hye: 'hy', ibo: 'ig',
  ind: 'id', isl: 'is', ita: 'it', jpn: 'ja', kat: 'ka', kaz: 'kk', khm: 'km', kin: 'rw', kir: 'ky', kor: 'ko',
  lit: 'lt', lvs: 'lv', mal: 'ml', mar: 'mr', mkd: 'mk', mlt: 'mt', nld: 'nl', nob: 'nb', nno: 'nn', pbu: 'ps',
  pes: 'fa', pol: 'pl', por: 'pt', ron: 'ro', rus: 'ru', slk: 'sk', slv: 'sl', som: 'so', spa: 'es', sqi: 'sq',
  srp: 'sr', swe: 'sv', swh: 'sw', tam: 'ta', tat: 'tt', tel: 'te', tgk: 'tg', tha: 'th', tuk: 'tk', tur: 'tr',
  uig: 'ug', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu'
}

const toIso3: Record<string, string> = Object.fromEntries(Object.entries(toIso1).map(([iso3, iso1]) => [iso1, iso3]))

/** The ISO 639-3 code franc uses for a BCP 47 tag (`tr` → `tur`, `tur` → `tur`), or `undefined`. */
export function francCode(lang: string): string | undefined {
  const primary = primaryLang(lang)
  if (Object.hasOwn(toIso3, primary)) return toIso3[primary]
  return Object.hasOwn(toIso1, primary) ? primary : undefined
}

/** The BCP 47 subtag for a franc code: ISO 639-1 when there is one (`tur` → `tr`), else the code itself. */
export function bcp47Code(code: string): string {
  return Object.hasOwn(toIso1, code) ? (toIso1[code] ?? code) : code
}
