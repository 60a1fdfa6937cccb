import type {TranslationUnit} from '../memory/types.js'
import type {XliffDocument} from '../format/xliff.js'

/** XLIFF 1.2 `translated`, `signed-off`, `final`; XLIFF 2 `translated`, `reviewed`, `final`. */
const reviewedStates = new Set(['translated', 'signed-off', 'final', 'reviewed'])

/** The units of a job a reviewer has passed (state `translated`, `signed-off`, `reviewed` or `final`), as memory units. */
export function reviewedUnits(job: XliffDocument): TranslationUnit[] {
  return job.units
    .filter((unit) => unit.target.trim() !== '' && reviewedStates.has(unit.state ?? ''))
    .map((unit) => ({source: unit.source, target: unit.target, sourceLang: job.sourceLang, targetLang: job.targetLang}))
}
