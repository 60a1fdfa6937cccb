/**
 * What `renderHtmlReport` embeds in the page (`<script id="bitext-data">`) and the client reads:
 * one type for both sides, so they cannot drift. No DOM here: the library imports it too.
 */
import type {CheckReport} from '../../../check/types.js'
import type {DiffPart} from '../outdated-diffs.js'

/** The report as `--format json` prints it, plus what the page derives from it. */
export interface PageData {
  report: CheckReport
  /** The word-level change of each `outdated` finding, keyed by the finding's index. */
  diffs: Record<number, DiffPart[]>
  /** Rows scoring below it always show their score. */
  weakScore: number
}
