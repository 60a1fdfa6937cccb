/** Cyrillic and Greek letters in Latin, as names are usually carried over (`Трамп` → `tramp`, `Αθήνα` → `athina`). */
const latin: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', ђ: 'dj', џ: 'dz',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o'
}

/** Greek writes the stops b, d and g of foreign names as `μπ`, `ντ` and `γκ` at the start (`Μπάιντεν`, Biden; `Ντουάιερ`, Dwyer); inside a word they are also `mp`, `nt`, `ng` (`Τραμπ`, Trump). */
const greekInitialStop = /^(?:μπ|ντ|γκ)/u
const greekStops: Readonly<Record<string, string>> = {μπ: 'b', ντ: 'd', γκ: 'g'}

/** Spellings of one sound that differ between languages' ways of writing a name, made one. */
const sounds: ReadonlyArray<[RegExp, string]> = [
  [/dzh|dj|zh|j/g, 'j'],
  [/kh|ch|ck|q|c(?!z)/g, 'k'],
  [/x/g, 'ks'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/w/g, 'v'],
  [/[aeiouyh']/g, ''],
  [/(.)\1+/g, '$1']
]

/**
 * The first three consonants of a name, after carrying Cyrillic and Greek over into Latin and
 * making spellings of one sound one (`Trump` and `Трамп` → `trm`, `Moscow` and `Москва` → `msk`,
 * `Brexit` and `Брексит` → `brk`): a key that a name and its transliteration share more often than
 * their letters do. Expects a folded (lower-case, diacritics removed) name.
 *
 * @example
 *   nameSkeleton('трамп') // => 'trm'
 */
export function nameSkeleton(name: string): string {
  let written = latinLetters(name.replace(greekInitialStop, (pair) => greekStops[pair] ?? pair))
  for (const [pattern, replacement] of sounds) written = written.replace(pattern, replacement)
  return written.replace(/[^a-z]/g, '').slice(0, 3)
}

/**
 * A folded name with its Cyrillic and Greek letters carried over into Latin as names usually are
 * (`зоран` → `zoran`, `αθηνα` → `athina`); other letters as they are.
 *
 * @example
 *   latinLetters('нато') // => 'nato'
 */
export function latinLetters(name: string): string {
  let written = ''
  for (const letter of name) written += latin[letter] ?? letter
  return written
}
