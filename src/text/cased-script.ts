/** Scripts with capital letters; names stand out by them (`Google`, `Москва`, `Αθήνα`). */
const casedScripts = new Set(['Latn', 'Cyrl', 'Grek', 'Armn'])
/** Answers already found, by tag as given; bounded so odd input cannot grow it without end. */
const known = new Map<string, boolean>()
const maxKnown = 200

/** The likely script of `lang` (`Latn`, `Cyrl`, `Hans` …, from ICU's likely subtags), `undefined` for an invalid tag. */
export function likelyScript(lang: string): string | undefined {
  try {
    return new Intl.Locale(lang.trim().replaceAll('_', '-')).maximize().script
  } catch {
    return undefined
  }
}

/**
 * Whether `lang` (BCP 47; `_` read as `-`) is written in a script with capital letters: its script
 * subtag, or the likely one ICU gives (`zh` → Hans, `ja` → Jpan, `ar` → Arab: no; `tr`, `ru`, `el`: yes).
 * An invalid tag or `und` counts as cased, Latin being the likeliest.
 *
 * @example
 *   writesCase('zh-CN') // => false
 */
export function writesCase(lang: string): boolean {
  let cased = known.get(lang)
  if (cased !== undefined) return cased
  const script = likelyScript(lang)
  cased = script === undefined || casedScripts.has(script)
  if (known.size >= maxKnown) known.clear()
  known.set(lang, cased)
  return cased
}
