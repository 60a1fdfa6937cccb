/** Segmenters already made, by granularity and language: making one costs more than a short segmentation. */
const made = new Map<string, Intl.Segmenter>()

/**
 * An `Intl.Segmenter` of `granularity` for `lang`, or for `und` when `lang`
 * is not a valid tag. Segmenters hold no state between `segment` calls, so
 * one per language and granularity is made on first use and reused.
 */
export function segmenterFor(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity} ${lang}`
  let segmenter = made.get(key)
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, {granularity})
    } catch {
      segmenter = new Intl.Segmenter('und', {granularity})
    }
    made.set(key, segmenter)
  }
  return segmenter
}
