/**
 * Consonant classes shared by a Latin name and its Arabic-script transliteration, which writes long
 * vowels as `ا و ي` and leaves short ones out: `k` (k, hard c, q, g; `ك ق غ خ`), `j` (j, soft g;
 * `ج`), `s` (s, z, soft c, sh; `س ص ز ش ظ`; English `ch` is `تش`, `ts`), `t` (t, th; `ت ط ث`), `d` (`د ض ذ`), `b` (b, p; `ب پ`),
 * `f` (f, v, ph; `ف ڤ`), `l`, `r`, `m`, `n`. Vowels, `w`, `y`, `h` and their letters (`ا و ي ه ح ع ء`)
 * are left out: Arabic writes them for vowels or drops them.
 */
const arabicClasses: Readonly<Record<string, string>> = {
  ك: 'k', ق: 'k', غ: 'k', خ: 'k', گ: 'k', ج: 'j', چ: 'j', س: 's', ص: 's', ز: 's', ش: 's', ظ: 's', ژ: 's',
  ت: 't', ط: 't', ث: 't', د: 'd', ض: 'd', ذ: 'd', ب: 'b', پ: 'b', ف: 'f', ڤ: 'f', ل: 'l', ر: 'r', م: 'm', ن: 'n'
}

const latinSounds: ReadonlyArray<[RegExp, string]> = [
  [/sch/g, 's'],
  [/ch(?=[lr])/g, 'k'],
  [/ch/g, 'ts'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/sh/g, 's'],
  [/gh/g, 'k'],
  [/ck/g, 'k'],
  [/x/g, 'ks'],
  [/c(?=[eiy])/g, 's'],
  [/g(?=[eiy])/g, 'j'],
  [/[cgq]/g, 'k'],
  [/[pb]/g, 'b'],
  [/v/g, 'f'],
  [/z/g, 's'],
  [/[aeiouywh']/g, ''],
  [/(.)\1+/g, '$1']
]

const longest = 3

/**
 * The first three consonant classes of a folded (lower-case, diacritics removed) Latin name, as its
 * Arabic transliteration keeps them: `morales` → `mrl` (`موراليس`), `trump` → `trm` (`ترامب`),
 * `hazard` → `srd` (`هازارد`).
 *
 * @example
 *   latinConsonants('morales') // => 'mrl'
 */
export function latinConsonants(name: string): string {
  let written = name.replace(/[^a-z]/g, '')
  for (const [pattern, replacement] of latinSounds) written = written.replace(pattern, replacement)
  return written.slice(0, longest)
}

/**
 * The same classes of a word in Arabic script, read letter by letter (`موراليس` → `mrl`); letters
 * of no class are skipped, a class repeated next to itself counts once.
 *
 * @example
 *   abjadConsonants('ترامب') // => 'trm'
 */
export function abjadConsonants(word: string): string {
  let written = ''
  for (const letter of word) {
    const sound = arabicClasses[letter]
    if (sound === undefined || written.endsWith(sound)) continue
    written += sound
    if (written.length === longest) break
  }
  return written
}
