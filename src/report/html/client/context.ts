/** Client of the HTML report: what the page builds once from the embedded data (`PageData`). */
import type {CheckReport, ReportBlock} from '../../../check/types.js'
import type {Placed, View} from './model.js'
import type {PageData} from './page-data.js'

export type Side = 'source' | 'target'

/** Everything the rendering functions read, built once by `start`. */
export interface Context {
  report: CheckReport
  diffs: PageData['diffs']
  weakScore: number
  blocks: Record<Side, Record<number, ReportBlock>>
  /** The beads shown, a row each (`View`). */
  beads: View['beads']
  /** Per finding, the shown block of each side (`View`). */
  findingBlocks: View['findingBlocks']
  placed: Placed
  /** Each row with findings, and its findings, for the filters. */
  findingRows: Array<{row: HTMLElement; ids: number[]}>
}
