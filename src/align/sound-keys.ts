import {foldName} from '../anchors/match-name.js'
import {abjadConsonants, latinConsonants} from '../text/abjad-consonants.js'
import {withoutArabicClitics} from '../text/arabic-clitics.js'
import {likelyScript} from '../text/cased-script.js'
import {latinNameSounds, syllabicNameSounds} from '../text/name-sounds.js'
import {hanInitialRuns, pinyinNameInitials} from '../text/pinyin-initials.js'
import type {Interner} from './unit-features.js'

/**
 * How a script writes foreign names by their sounds: Chinese with Han characters chosen for them
 * (`莫拉莱斯`), Japanese in katakana (`モラレス`), Arabic script by its consonants (`موراليس`).
 */
export type NameScript = 'han' | 'kana' | 'abjad'

/** Which side of a pair writes Latin names, and how the other side writes them. */
export interface SoundKeying {
  latin: 'source' | 'target'
  script: NameScript
}

const nameScripts: Readonly<Record<string, NameScript>> = {Hans: 'han', Hant: 'han', Jpan: 'kana', Arab: 'abjad'}

/**
 * Whether names of one side are keyed by sound against the other's writing (one side in Latin
 * script, the other in Chinese, Japanese or Arabic script, as `likelyScript` gives them).
 */
export function soundKeying(sourceLang: string, targetLang: string): SoundKeying | undefined {
  const [source, target] = [likelyScript(sourceLang), likelyScript(targetLang)]
  if (source === 'Latn' && target !== undefined && nameScripts[target]) return {latin: 'source', script: nameScripts[target]}
  if (target === 'Latn' && source !== undefined && nameScripts[source]) return {latin: 'target', script: nameScripts[source]}
  return undefined
}

/** Sound keys (`h:mls`): Han and kana keys of two classes or more; Arabic-script keys of three (fewer match too many words). */
const prefix = 'h:'
const shortest: Readonly<Record<NameScript, number>> = {han: 2, kana: 2, abjad: 3}

/**
 * Whether an evidence key is a sound key. Such a key counts only when both sides of a bead have it:
 * a word of the other script may sound like a name found elsewhere in the document.
 */
export function isSoundKey(key: string): boolean {
  return key.startsWith(prefix)
}

/**
 * The sound keys of a folded Latin name as `script` writes it: as a foreign name (`morales` →
 * `h:mls` for Han and kana, `h:mrl` for Arabic script), and for Han, when the name is Pinyin, by
 * its syllables' initials (`wang qiyao` → `h:=wqy`, written `王琦瑶`). None for too few sounds.
 */
export function latinSoundKeys(name: string, script: NameScript): string[] {
  const sounds = script === 'abjad' ? latinConsonants(name) : latinNameSounds(name, script)
  const keys = sounds.length >= shortest[script] ? [`${prefix}${sounds}`] : []
  const initials = script === 'han' ? pinyinNameInitials(name) : ''
  if (initials !== '') keys.push(`${pinyinPrefix}${initials}`)
  return keys
}

/** Sound keys of Pinyin initials (`h:=wqy`), apart from the consonant classes of foreign names. */
const pinyinPrefix = `${prefix}=`

/**
 * The sound keys of the capitalised word that starts a Latin text (`Morales said …`), which
 * `extractAnchors` does not take for a name (a sentence starts with a capital anyway); none when
 * the text starts otherwise or the word has too few sounds. Kept only where the other side has them.
 */
export function initialSoundKeys(text: string, script: NameScript): string[] {
  const word = /^[^\p{L}]*(\p{Lu}[\p{L}\p{M}]+)/u.exec(text)?.[1]
  return word === undefined ? [] : latinSoundKeys(foldName(word, 'und'), script)
}

/**
 * The sound keys of a text in `script` that some Latin name of the other side has (`keys` already
 * holds those): runs of transliteration characters or katakana (`syllabicNameSounds`), or words
 * of Arabic script. A run or word is keyed only when it could be such a name, so the language's
 * own words add no one-sided keys.
 */
export function writtenSoundKeys(text: string, script: NameScript, keys: Interner): number[] {
  const found: number[] = []
  const add = (sounds: string) => {
    const key = sounds.length >= shortest[script] ? keys.get(`${prefix}${sounds}`) : undefined
    if (key !== undefined) found.push(key)
    return key !== undefined
  }
  if (script !== 'abjad') {
    for (const sounds of syllabicNameSounds(text, script)) add(sounds)
    const names = script === 'han' ? pinyinNames(keys) : null
    if (names) found.push(...pinyinKeys(text, names))
    return found
  }
  for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
    // As written first: a name may start with the letters of a clitic (`فيريل`, Ferrell).
    if (!add(abjadConsonants(word))) add(abjadConsonants(withoutArabicClitics(word)))
  }
  return found
}

/** The Pinyin initials some Latin name of the other side has, and their first two letters (`a`-`z` as 0-25, `26 × first + second`). */
interface PinyinNames {
  keys: Map<string, number>
  starts: Uint8Array
}

const pinyinTables = new WeakMap<Interner, PinyinNames | null>()

/** The Pinyin initials of the other side's Latin names, read once per key table; `null` when none. */
function pinyinNames(keys: Interner): PinyinNames | null {
  let names = pinyinTables.get(keys)
  if (names === undefined) {
    const found = new Map<string, number>()
    const starts = new Uint8Array(26 * 26)
    for (const [key, id] of keys) {
      if (!key.startsWith(pinyinPrefix)) continue
      const initials = key.slice(pinyinPrefix.length)
      found.set(initials, id)
      starts[pairIndex(initials, 0)] = 1
    }
    names = found.size > 0 ? {keys: found, starts} : null
    pinyinTables.set(keys, names)
  }
  return names
}

/** The index in `starts` of the two letters at `at`. */
function pairIndex(letters: string, at: number): number {
  return 26 * (letters.charCodeAt(at) - 97) + (letters.charCodeAt(at + 1) - 97)
}

/**
 * The Pinyin-initial keys of a Chinese text that some Latin name has: every two to four
 * consecutive Han characters whose initials spell one (`琦瑶` → `h:=qy`), each key once.
 */
function pinyinKeys(text: string, names: PinyinNames): number[] {
  const found = new Set<number>()
  for (const run of hanInitialRuns(text)) {
    for (let start = 0; start < run.length - 1; start++) {
      if (names.starts[pairIndex(run, start)] !== 1) continue
      for (let length = 2; length <= 4 && start + length <= run.length; length++) {
        const key = names.keys.get(run.slice(start, start + length))
        if (key !== undefined) found.add(key)
      }
    }
  }
  return [...found]
}
