import {kanaConsonant, namePinyin} from './syllable-tables.js'

/**
 * How the other document writes names: Chinese by the sounds of Han characters (`莫拉莱斯`
 * Morales), Japanese in katakana (`モラレス`). Each keeps or drops different sounds of a Latin name.
 */
export type SyllabicScript = 'han' | 'kana'

/** Sound classes: `p` (p b), `t` (t d), `k` (k g, hard c), `s` (s z, soft c, sh), `j` (j, ch, soft g), `f`, `w` (w v), `l` (l r), `m`, `n`, `h`. */
const latinSounds: ReadonlyArray<[RegExp, string]> = [
  [/sch/g, 's'],
  [/ch(?=[lr])/g, 'k'],
  [/ch/g, 'j'],
  [/ck/g, 'k'],
  [/ph/g, 'f'],
  [/^th/, 't'],
  [/th/g, 's'],
  [/sh/g, 's'],
  [/gh/g, ''],
  [/^kn/, 'n'],
  [/^wr/, 'r'],
  [/qu?/g, 'k'],
  [/x/g, 'ks'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/g(?=[eiy])/g, 'j'],
  [/(?<!^)h/g, ''],
  [/b/g, 'p'],
  [/d/g, 't'],
  [/g/g, 'k'],
  [/v/g, 'w'],
  [/z/g, 's'],
  [/(.)\1+/g, '$1']
]

const vowel = /[aeiouy]/
const longest = 3

/**
 * The first three consonant sounds of a Latin name as Chinese (`han`) or Japanese (`kana`) would
 * carry it over: `morales` → `mls` (`莫拉莱斯`, `モラレス`), `trump` → `tlp` (`特朗普`, `トランプ`).
 * Both languages drop an `r` before a consonant or at the end (`Peter` → `彼得`, `ピーター`), an
 * `n` there and an `m` before a consonant (`Thompson` → `汤普森`, but `Liam` → `利亚姆`); Chinese
 * also drops an `l` before a consonant or at the end (`Walton` → `沃顿`). Expects a folded (lower-case, diacritics removed) name; `''` when it has no letters a–z.
 *
 * @example
 *   latinNameSounds('morales', 'han') // => 'mls'
 */
export function latinNameSounds(name: string, script: SyllabicScript): string {
  let written = name.replace(/[^a-z]/g, '')
  for (const [pattern, replacement] of latinSounds) written = written.replace(pattern, replacement)
  const classes: string[] = []
  for (let index = 0; index < written.length; index++) {
    const letter = written[index] as string
    if (vowel.test(letter)) continue
    const next = written[index + 1]
    const closes = next === undefined || !vowel.test(next)
    const final = next === undefined
    if (closes && (letter === 'r' || letter === 'n' || letter === 'w' || (letter === 'm' && !final) || (letter === 'l' && script === 'han'))) continue
    classes.push(letter === 'r' ? 'l' : letter)
  }
  return joinClasses(classes)
}

/** Consonant classes joined, a class repeated next to itself once (`Morales`: m l l s → `mls`), at most three. */
function joinClasses(classes: readonly string[]): string {
  let joined = ''
  for (const sound of classes) {
    if (sound === '' || joined.endsWith(sound)) continue
    joined += sound
    if (joined.length === longest) break
  }
  return joined
}

/** A Pinyin syllable's initial as a sound class (`zhan` → `j`, `xi` → `s`; `''` for `a`, `yi`, `wu`, `er`). */
function pinyinClass(syllable: string): string {
  if (/^(?:wu|er|y|[aeo])/.test(syllable)) return ''
  const initial = /^(?:[csz]h|[^aeiouü])/.exec(syllable)?.[0] ?? ''
  const classes: Record<string, string> = {b: 'p', d: 't', g: 'k', zh: 'j', ch: 'j', q: 'j', sh: 's', x: 's', z: 's', c: 's', r: 'l'}
  return classes[initial] ?? initial
}

/**
 * The sound keys of the names a Chinese or Japanese text writes by sound: each run of two or more
 * transliteration characters (`namePinyin`) or katakana, split at the middle dot of given and
 * family names, as `latinNameSounds` writes a Latin name (`伊丽莎白·法雷尔` → `lsp`, `fl`). Runs
 * that give fewer than two classes are left out (too many words would share them).
 *
 * @example
 *   syllabicNameSounds('她说，莫拉莱斯挑衅', 'han') // => ['mls']
 */
export function syllabicNameSounds(text: string, script: SyllabicScript): string[] {
  const found: string[] = []
  let classes: string[] = []
  let syllables = 0
  const close = () => {
    const sounds = syllables >= 2 ? joinClasses(classes) : ''
    if (sounds.length >= 2) found.push(sounds)
    classes = []
    syllables = 0
  }
  let previous = ''
  for (const character of text) {
    const sound = script === 'han' ? hanClass(character) : kanaClass(character, previous)
    previous = character
    if (sound === undefined) close()
    else if (sound !== null) classes.push(sound), syllables++
  }
  close()
  return found
}

/** A Han character's class; `undefined` for one not used in names. */
function hanClass(character: string): string | undefined {
  const syllable = namePinyin(character)
  return syllable === undefined ? undefined : pinyinClass(syllable)
}

/**
 * A katakana character's class; `null` for the marks that add no syllable (the long vowel `ー`,
 * the small `ッ`), `'w'` for a small vowel after `ウ` (`ウォ` wo); `undefined` outside katakana.
 */
function kanaClass(character: string, previous: string): string | null | undefined {
  if (character === 'ー' || character === 'ッ') return null
  if (previous === 'ウ' && 'ィェォ'.includes(character)) return 'w'
  return kanaConsonant(character)
}
