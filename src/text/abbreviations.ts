import {primaryLang} from './primary-lang.js'

/**
 * Abbreviations after which a full stop does not end a sentence, lower-cased
 * with their dots. `beforeNumber` ones only hold before a digit (`No. 5`).
 */
export interface AbbreviationList {
  always: ReadonlySet<string>
  beforeNumber: ReadonlySet<string>
}

const english: AbbreviationList = {
  always: new Set([
    'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sr.', 'jr.', 'st.', 'mt.', 'gen.', 'col.', 'capt.', 'lt.', 'sgt.',
    'rev.', 'hon.', 'gov.', 'sen.', 'rep.', 'pres.', 'messrs.', 'e.g.', 'i.e.', 'cf.', 'vs.', 'approx.', 'dept.',
    'est.', 'fig.', 'inc.', 'ltd.', 'co.', 'corp.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.',
    'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'u.s.', 'u.k.', 'u.n.', 'a.m.', 'p.m.', 'ave.', 'blvd.'
  ]),
  beforeNumber: new Set(['no.', 'nos.', 'vol.', 'p.', 'pp.', 'art.', 'ch.', 'sec.', 'ed.'])
}

const turkish: AbbreviationList = {
  always: new Set([
    'dr.', 'prof.', 'doç.', 'yrd.', 'öğr.', 'gör.', 'uzm.', 'av.', 'op.', 'müh.', 'mim.', 'ecz.', 'sn.',
    'bşk.', 'gn.', 'gen.', 'alb.', 'yzb.', 'org.', 'vb.', 'vs.', 'vd.', 'örn.', 'bkz.', 'krş.', 'yy.', 'mah.',
    'cad.', 'sok.', 'apt.', 'mad.', 't.c.', 'a.ş.', 'ltd.', 'şti.', 'st.', 'bl.', 'hz.', 'ocak.', 'şub.',
    'oca.', 'nis.', 'haz.', 'tem.', 'ağu.', 'eyl.', 'eki.', 'kas.', 'ara.'
  ]),
  beforeNumber: new Set(['no.', 'nr.', 's.', 'md.', 'sy.', 'c.', 'cilt.'])
}

/** Titles written the same way in many languages, which no sentence ends with. */
const titles = ['dr.', 'prof.', 'st.']

/**
 * Other languages: titles and abbreviations that stand before a name or a word and almost never end
 * a sentence (`Hr. Schmidt`, `M. Dupont`, `ο κ. Τζόκο`, `esim.`); ones that often do (`usw.`,
 * `etc.`, Russian `г.` after a year) are left out.
 */
const others: Readonly<Record<string, readonly string[]>> = {
  de: ['hr.', 'fr.', 'bzw.', 'ca.', 'vgl.', 'evtl.', 'ggf.', 'inkl.', 'zzgl.', 'sog.', 'z.', 'jh.', 'mio.', 'mrd.'],
  nl: ['dhr.', 'mevr.', 'mr.', 'bijv.', 'ca.', 'mln.', 'mld.'],
  fr: ['m.', 'mm.', 'mme.', 'mlle.', 'ste.', 'env.', 'cf.', 'av.', 'bd.'],
  es: ['sr.', 'sra.', 'srta.', 'dra.', 'd.', 'dña.', 'ud.', 'uds.', 'av.', 'aprox.'],
  pt: ['sr.', 'sra.', 'dra.', 'av.', 'aprox.'],
  it: ['sig.', 'sigg.', 'dott.', 'avv.', 'ing.', 'on.', 'sen.'],
  ro: ['dl.', 'dna.', 'dnă.', 'str.', 'aprox.'],
  hu: ['id.', 'ifj.', 'özv.', 'kb.', 'pl.', 'ún.', 'ill.'],
  fi: ['esim.', 'mm.', 'ns.', 'ks.', 'tri.'],
  el: ['κ.', 'κα.', 'δρ.', 'καθ.', 'αγ.'],
  ru: ['ул.', 'им.', 'проф.', 'акад.', 'см.']
}

/** Languages that write an ordinal as a number and a full stop (`3. Oktober`, `1. lokakuuta`, `2. világháború`). */
const dottedOrdinals = new Set(['tr', 'az', 'de', 'fi', 'hu', 'da', 'nb', 'nn', 'no', 'is', 'fo', 'cs', 'sk', 'pl', 'sl', 'hr', 'bs', 'sr', 'et', 'lv'])

const lists = new Map<string, AbbreviationList>()

/** The abbreviation list of a language (primary subtag); other languages get the titles many share (`Dr.`, `Prof.`, `St.`). */
export function abbreviationsFor(lang: string): AbbreviationList {
  const primary = primaryLang(lang)
  if (primary === 'en') return english
  if (primary === 'tr') return turkish
  let list = lists.get(primary)
  if (!list) lists.set(primary, (list = {always: new Set([...titles, ...(others[primary] ?? [])]), beforeNumber: new Set(['no.', 'nr.'])}))
  return list
}

/** Whether `lang` writes ordinals as a number and a full stop, which then ends no sentence before a word. */
export function writesDottedOrdinals(lang: string): boolean {
  return dottedOrdinals.has(primaryLang(lang))
}
