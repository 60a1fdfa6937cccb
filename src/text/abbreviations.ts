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

const none: AbbreviationList = {always: new Set(), beforeNumber: new Set(['no.'])}

/** The abbreviation list of a language (primary subtag); unknown languages get an almost empty list. */
export function abbreviationsFor(lang: string): AbbreviationList {
  const primary = primaryLang(lang)
  if (primary === 'en') return english
  if (primary === 'tr') return turkish
  return none
}
