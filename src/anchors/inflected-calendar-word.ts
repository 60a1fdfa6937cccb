import {foldDiacritics} from '../text/fold-diacritics.js'
import {isInflected, replacesLastVowel, writesCaseEndings} from './inflected.js'

/** A word whose first this many letters start no name of the table is none (one look-up for most words). */
const prefixLength = 3
/** A Greek or Cyrillic name without its last vowel this short takes no ending: `ма` of `мая` (of May) would take `мало` (little) along. */
const shortestStem = 3
/** Turkish `mart`, `ekim`, `ocak` are four letters: the case endings of months start at four, not at `isInflected`'s five. */
const shortestHarmonyStem = 4
/** The longest ending that replaces a Greek or Cyrillic name's last vowel (`replacesLastVowel`). */
const longestVowelEnding = 3
const cyrillicOrGreek = /^[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]/

/** What `inflectedCalendarWord` looks up in one table of names, built once per table. */
interface NameStems {
  /** The first letters of every name (`prefixLength`), as written and folded. */
  starts: Set<string>
  /** Greek and Cyrillic names, folded, without the final vowel that endings replace → the names and their values. */
  stems: Map<string, Array<[string, number]>>
  /** Folded names, and the other cases of a Greek name written in the genitive (`σεπτεμβριου`: `σεπτεμβριος`, `σεπτεμβριο`) → value. */
  forms: Map<string, number>
}

const built = new WeakMap<ReadonlyMap<string, number>, NameStems>()

/**
 * The value of a calendar name with a case ending (a month 1-12 of the month names, a day 1-7 of the
 * weekday names), or 0: Turkish, Finnish and Hungarian add an ending that keeps the name's vowel
 * harmony (`Eylülünde`, `syyskuussa`, `szeptemberében`: in September; `sunnuntaina`, `hétfőn`),
 * Russian and Greek replace the last vowel (`сентябре` of `сентября`, `среду` of `среда`), and a
 * Greek name ICU gives in the genitive (`Σεπτεμβρίου`) is also read in the other cases
 * (`Σεπτέμβριος`, `Σεπτέμβριο`). Accents do not count in Greek and Cyrillic. `word` is lower case;
 * `names` maps the names as written (`wordTables`) to their values. Other languages have no such
 * forms here, so the answer is 0. Harmony endings are read up to `longestEnding` letters (five by
 * default).
 *
 * @example
 *   inflectedCalendarWord('eylülünde', 'tr', new Map([['eylül', 9]])) // => 9
 */
export function inflectedCalendarWord(word: string, lang: string, names: ReadonlyMap<string, number>, longestEnding = 5): number {
  const harmony = writesCaseEndings(lang)
  if (!harmony && !cyrillicOrGreek.test(word)) return 0
  const tables = nameStems(names)
  if (harmony) {
    if (!tables.starts.has(word.slice(0, prefixLength))) return 0
    for (let cut = 1; cut <= longestEnding && word.length - cut >= shortestHarmonyStem; cut++) {
      const stem = word.slice(0, word.length - cut)
      const value = names.get(stem)
      if (value !== undefined && isInflected(word, stem, lang, shortestHarmonyStem)) return value
    }
    return 0
  }
  const folded = foldDiacritics(word)
  if (!tables.starts.has(folded.slice(0, prefixLength))) return 0
  const named = tables.forms.get(folded)
  if (named !== undefined) return named
  for (let cut = 1; cut <= longestVowelEnding && folded.length - cut >= shortestStem; cut++) {
    for (const [form, value] of tables.stems.get(folded.slice(0, folded.length - cut)) ?? []) if (replacesLastVowel(folded, form)) return value
  }
  return 0
}

function nameStems(names: ReadonlyMap<string, number>): NameStems {
  let tables = built.get(names)
  if (tables) return tables
  tables = {starts: new Set(), stems: new Map(), forms: new Map()}
  for (const [name, value] of names) {
    const form = foldDiacritics(name)
    tables.starts.add(name.slice(0, prefixLength))
    tables.starts.add(form.slice(0, prefixLength))
    const stem = form.slice(0, -1)
    if (!cyrillicOrGreek.test(form) || stem.length < shortestStem) continue
    tables.forms.set(form, value)
    if (form.endsWith('ου')) for (const ending of ['ος', 'ο']) tables.forms.set(form.slice(0, -2) + ending, value)
    tables.stems.set(stem, [...(tables.stems.get(stem) ?? []), [form, value]])
  }
  built.set(names, tables)
  return tables
}
