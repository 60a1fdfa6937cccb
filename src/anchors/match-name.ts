import {foldCase} from '../text/fold-case.js'
import {foldDiacritics} from '../text/fold-diacritics.js'
import {writesCase} from '../text/cased-script.js'
import {turkishEnglishLexicon} from './lexicon.js'
import {romanOrdinal} from './roman-numeral.js'
import {unspacedAt} from './token-class.js'
import type {Cursor, Found} from './token-cursor.js'
import {found} from './token-cursor.js'

/** What a text looks like as a whole: ALL CAPS (`DÜNYA KAMU …`) or Title Case headings hide names. */
export interface Casing {
  upper: boolean
  title: boolean
  /**
   * The text's language is written without capitals (Chinese, Japanese, Arabic …): a capitalised
   * word there is a name wherever it stands, and the text is never ALL CAPS or Title Case.
   */
  caseless: boolean
}

const joiners = new Set(['-', '/', '&'])
const sentenceEnd = new Set(['.', '!', '?', ':', '…'])
const openers = new Set(['"', '\u201C', '\u2018', "'", '(', '[', '\u00AB', '-', '\u2013', '\u2014'])

/** The canonical value of a name or acronym: case folded in `lang`, then diacritics folded. */
export function foldName(text: string, lang: string): string {
  return foldDiacritics(foldCase(text, lang))
}

/**
 * An acronym (`WAPES`, `OIC-PESNET`, `İŞKUR’un` → `iskur`, `SMEs` → `sme`, `G20`) or a proper noun
 * (a capitalised word that does not start a sentence, or any capitalised word with an apostrophe
 * suffix: `Bakü’de` → `baku`) at token `index`.
 * In ALL CAPS text only parenthesised, hyphenated or digit-bearing acronyms and those of the
 * built-in lexicon (`OECD`, `NATO`, `AB`, `İİT` …) count, and in
 * Title Case text no proper nouns, since every word looks like one there. In a language written
 * without capitals, a capitalised word is a name even where a sentence starts (`Google是…`).
 */
export function matchName(cursor: Cursor, index: number, casing: Casing): Found | undefined {
  const token = cursor.tokens[index]
  if (token?.kind !== 'word') return undefined
  const initial = token.stem.charAt(0)
  // Both acronyms and names start with a capital; most words do not.
  if (initial === initial.toLowerCase()) return undefined
  const next = compoundEnd(cursor, index)
  const written = next === index + 1 ? token.stem : writtenAs(cursor, index, next)
  const roman = romanOrdinal(written)
  if (roman !== undefined) return found(cursor, 'acronym', roman, index, next)
  if (isAcronym(written)) {
    const value = foldName(written.replace(/(?<=\p{Lu})s$/u, ''), cursor.lang)
    const marked = next - index > 1 || /\d/.test(written) || cursor.tokens[index - 1]?.text === '(' || knownAcronyms().has(value)
    return casing.upper && !marked ? undefined : found(cursor, 'acronym', value, index, next)
  }
  if (!/^\p{Lu}\p{Ll}/u.test(token.stem)) return undefined
  // Turkish writes an apostrophe only after proper nouns (`Bakü’de`), wherever they stand.
  const suffixed = token.stem.length < token.text.length
  if (!suffixed && !casing.caseless && (casing.title || casing.upper || startsSentence(cursor, index))) return undefined
  return found(cursor, 'name', foldName(token.stem, cursor.lang), index, index + 1)
}

/** Tokens `from` … `to - 1` as written, the last one without its apostrophe suffix. */
function writtenAs(cursor: Cursor, from: number, to: number): string {
  const parts = cursor.tokens.slice(from, to)
  return parts.map((part, position) => (position === parts.length - 1 ? part.stem : part.text)).join('')
}

/**
 * Words and numbers glued by `-`, `/` or `&` with no spaces: `OIC-PESNET`, `SESRIC-İŞKUR`, `G20`;
 * not the Han or kana word that follows unspaced (`README`, not `READMEを`).
 */
function compoundEnd(cursor: Cursor, index: number): number {
  let end = index + 1
  for (;;) {
    const token = cursor.tokens[end]
    const after = cursor.tokens[end + 1]
    if (token && !token.spaced && token.kind !== 'mark' && !unspacedAt(cursor.text, token.start)) end += 1
    else if (token && after && !token.spaced && !after.spaced && joiners.has(token.text) && after.kind !== 'mark' && !unspacedAt(cursor.text, after.start)) end += 2
    else return end
  }
}

function isAcronym(written: string): boolean {
  // A lower-case ASCII second letter: not an acronym (`Ab…`, and `As` is one capital); most names end here.
  const second = written.charCodeAt(1)
  if (second >= 97 && second <= 122) return false
  const letters = written.replace(/[^\p{L}]/gu, '')
  const core = letters.endsWith('s') ? letters.slice(0, -1) : letters
  return core.length >= 2 && /^\p{Lu}+$/u.test(core)
}

function startsSentence(cursor: Cursor, index: number): boolean {
  let before = index - 1
  while (before >= 0 && openers.has(cursor.tokens[before]?.text ?? '')) before--
  const token = cursor.tokens[before]
  return token === undefined || (token.kind === 'mark' && sentenceEnd.has(token.text))
}

let known: Set<string> | undefined

/** Folded all-caps terms of the built-in lexicon, built on first use. */
function knownAcronyms(): Set<string> {
  if (known) return known
  known = new Set()
  for (const entry of turkishEnglishLexicon().entries) {
    for (const [term, lang] of [[entry.source, 'tr'], [entry.target, 'en']] as const) {
      if (/^\p{Lu}{2,}$/u.test(term)) known.add(foldName(term, lang))
    }
  }
  return known
}

/**
 * Decides whether the text is ALL CAPS or Title Case from its words of two letters or more; a text
 * in a language written without capitals is neither (its Latin words are names: `它类似于Google Drive`).
 */
export function readCasing(cursor: Cursor): Casing {
  if (!writesCase(cursor.lang)) return {upper: false, title: false, caseless: true}
  let words = 0
  let upper = 0
  let capital = 0
  for (const token of cursor.tokens) {
    if (token.kind !== 'word' || token.stem.length < 2) continue
    words++
    // Most words start with a lower-case ASCII letter: neither capitalised nor all caps.
    const first = token.stem.charCodeAt(0)
    if (first >= 97 && first <= 122) continue
    if (allCaps.test(token.stem)) upper++
    if (capitalised.test(token.stem)) capital++
  }
  return {upper: words >= 2 && upper >= words * 0.6, title: words >= 3 && capital >= words * 0.6, caseless: false}
}

const allCaps = /^[\p{Lu}\p{M}]+$/u
const capitalised = /^\p{Lu}/u
