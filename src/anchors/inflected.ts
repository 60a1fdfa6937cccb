import {primaryLang} from '../text/primary-lang.js'

/**
 * Languages that add case endings to a number's scale word (`milyonluk`, `miljoonan`, `milliárdos`),
 * which keep its vowel harmony: back and front vowels (neutral ones, Finnish `e` `i` and Hungarian
 * `é` `i` `í`, go with either, so `százalék` takes `-kal`).
 */
const harmonies: Readonly<Record<string, {back: string; front: string}>> = {
  tr: {back: 'aıou', front: 'eiöü'},
  az: {back: 'aıou', front: 'eəiöü'},
  fi: {back: 'aou', front: 'äöy'},
  hu: {back: 'aáoóuú', front: 'eöőüű'}
}

/** Stems shorter than this are left alone unless a caller asks for less (unit words: four): Turkish `bin` (thousand) would take `bina` (building) along. */
const minStem = 5
const maxEnding = 5

/** Whether `lang` is one whose case endings `isInflected` knows (Turkish, Azerbaijani, Finnish, Hungarian). */
export function writesCaseEndings(lang: string): boolean {
  return harmonies[primaryLang(lang)] !== undefined
}

/**
 * Whether `word` is `stem` with a case ending of `lang`, for a language that writes them (Turkish,
 * Azerbaijani, Finnish, Hungarian): at most five letters whose vowels keep the harmony of the stem's
 * last back or front vowel (`milyon` + `luk`, `miljoona` + `n`, `milliárd` + `os`; not `milyon` + `er`,
 * millionaire). Both lower case; `stem` of `shortestStem` letters or more (five by default).
 *
 * @example
 *   isInflected('milyonluk', 'milyon', 'tr') // => true
 */
export function isInflected(word: string, stem: string, lang: string, shortestStem = minStem): boolean {
  const harmony = harmonies[primaryLang(lang)]
  const ending = word.slice(stem.length)
  if (!harmony || stem.length < shortestStem || ending.length === 0 || ending.length > maxEnding || !word.startsWith(stem) || !/^\p{Ll}+$/u.test(ending)) return false
  const last = [...stem].reverse().find((letter) => harmony.back.includes(letter) || harmony.front.includes(letter))
  if (last === undefined) return true
  const opposite = harmony.back.includes(last) ? harmony.front : harmony.back
  return ![...ending].some((letter) => opposite.includes(letter))
}

/**
 * A word's last letter a vowel in Greek or Cyrillic script (folded), which the case endings replace
 * (`μέτρα`, `μέτρων`). Not in Latin script, where `Intl` lists the plural and the stem would take
 * other words along (French `mètre`, `métros`).
 */
const finalVowel = /[αεηιουωаеиоуыэюя]$/u
const vowelEnding = /^\p{L}{1,3}$/u

/**
 * Whether `word` is `form`, a Greek or Cyrillic word ending in a vowel, with that vowel replaced by
 * an ending of one to three letters (`μετρων` of `μετρα`, `εκατομμυριων` of `εκατομμυρια`). Both
 * folded (lower case, no diacritics: the accent moves).
 *
 * @example
 *   replacesLastVowel('μετρων', 'μετρα') // => true
 */
export function replacesLastVowel(word: string, form: string): boolean {
  return finalVowel.test(form) && word !== form && word.startsWith(form.slice(0, -1)) && vowelEnding.test(word.slice(form.length - 1))
}
