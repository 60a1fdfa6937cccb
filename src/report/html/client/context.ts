/**
 * Client of the HTML report: the data the page embeds (`<script id="bitext-data">`) and what the
 * page builds from it once.
 */
import type {CheckReport, ReportBlock} from '../../../check/types.js'
import type {DiffPart} from '../outdated-diffs.js'
import type {Placed} from './model.js'

export type Side = 'source' | 'target'

/** What `renderHtmlReport` embeds: the report as `--format json` prints it, plus derived data. */
export interface PageData {
  report: CheckReport
  /** The word-level change of each `outdated` finding, keyed by the finding's index. */
  diffs: Record<number, DiffPart[]>
  weakScore: number
}

/** Everything the rendering functions read, built once by `start`. */
export interface Context {
  report: CheckReport
  diffs: PageData['diffs']
  weakScore: number
  blocks: Record<Side, Record<number, ReportBlock>>
  placed: Placed
  /** Each row with findings, and its findings, for the filters. */
  findingRows: Array<{row: HTMLElement; ids: number[]}>
}
