import {SaxesParser} from 'saxes'
import {InputError} from '../input-error.js'
import {primaryLang} from '../text/primary-lang.js'
import type {GlossaryEntry} from './glossary.js'

interface Entry {
  terms: Map<string, string[]>
  lang: string | undefined
  term: string | undefined
}

/**
 * Reads a glossary in TBX (TBX-Basic `termEntry`/`langSet`/`tig`, or TBX v3
 * `conceptEntry`/`langSec`/`termSec`): for each concept and each ordered pair
 * of its languages, each term of the one becomes an entry whose translations
 * are the terms of the other, with `sourceLang` and `targetLang` set, so the
 * glossary serves either direction. Malformed XML is `InputError('bad-glossary')`.
 */
export function parseTbx(xml: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = []
  let entry: Entry | undefined
  const parser = new SaxesParser()
  parser.on('opentag', (node) => {
    const name = localName(node.name)
    const lang = (node.attributes as Record<string, string>)['xml:lang']
    if (name === 'termEntry' || name === 'conceptEntry') entry = {terms: new Map(), lang: undefined, term: undefined}
    else if (entry && (name === 'langSet' || name === 'langSec')) entry.lang = primary(lang)
    else if (entry && name === 'term') entry.term = ''
  })
  parser.on('text', (text) => {
    if (entry?.term !== undefined) entry.term += text
  })
  parser.on('closetag', (node) => {
    const name = localName(node.name)
    if (entry && name === 'term' && entry.lang !== undefined && entry.term !== undefined) addTerm(entry, entry.lang, entry.term)
    if (entry && name === 'term') entry.term = undefined
    if (entry && (name === 'termEntry' || name === 'conceptEntry')) entries.push(...toEntries(entry))
  })
  try {
    parser.write(xml).close()
  } catch (error) {
    throw new InputError('bad-glossary', `glossary: not well-formed TBX (${(error as Error).message.split('\n')[0]})`)
  }
  return entries
}

function addTerm(entry: Entry, lang: string, term: string): void {
  const trimmed = term.replace(/\s+/g, ' ').trim()
  if (trimmed !== '') entry.terms.set(lang, [...(entry.terms.get(lang) ?? []), trimmed])
}

function toEntries(entry: Entry): GlossaryEntry[] {
  const entries: GlossaryEntry[] = []
  for (const [sourceLang, terms] of entry.terms) {
    for (const [targetLang, translations] of entry.terms) {
      if (sourceLang === targetLang) continue
      for (const term of terms) entries.push({source: term, target: translations, sourceLang, targetLang})
    }
  }
  return entries
}

function primary(lang: string | undefined): string | undefined {
  return lang === undefined ? undefined : primaryLang(lang)
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}
