/** Rule ids of the divergence checks. Stable: baselines and SARIF depend on them. */
export type RuleId =
  | 'only-in-source'
  | 'only-in-target'
  | 'number-mismatch'
  | 'name-mismatch'
  | 'untranslated'
  | 'wrong-language'
  | 'moved'
  | 'divergent'
  | 'outdated'
  | 'glossary'
  | 'duplicate'
  | 'structure'
  | 'code-mismatch'
  | 'link-mismatch'

export type Severity = 'error' | 'warning' | 'info'

/** Where a finding sits on one side. */
export interface FindingLocation {
  /** File path, when known. */
  path?: string
  /** Block index in its document. */
  block: number
  /** Sentence index in its document, for sentence-level findings. */
  sentence?: number
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The block's (or sentence's) text. */
  text: string
}

/** A finding as plain data: what `--format json` prints and the HTML report reads. */
export interface FindingJson {
  rule: RuleId
  severity: Severity
  message: string
  source: FindingLocation | null
  target: FindingLocation | null
  evidence: Record<string, unknown>
  /** Texts the HTML report marks on each side (as written there); absent when nothing is marked. */
  highlight?: FindingHighlight
  fingerprint: string
}

/** What a finding marks in each side's text: the numbers, names, code or sentences it is about. */
export interface FindingHighlight {
  source?: string[]
  target?: string[]
}

/** The JSON report of one document pair (`bitext check --format json`). */
export interface CheckReport {
  version: 1
  source: {path?: string; lang: string; blocks: number}
  target: {path?: string; lang: string; blocks: number}
  findings: FindingJson[]
  summary: Record<Severity, number>
  /** Blocks of both sides and the block beads, for side-by-side views. */
  alignment: ReportAlignment
}

/** One side of the alignment as the report shows it. */
export interface ReportBlock {
  index: number
  kind: string
  depth?: number
  text: string
  lang: string
  line: number
}

/** The alignment carried in a report, so the HTML view needs no second source of truth. */
export interface ReportAlignment {
  source: ReportBlock[]
  target: ReportBlock[]
  /** Block beads: `{source: number[], target: number[], score}`. */
  beads: Array<{source: number[]; target: number[]; score: number}>
  /**
   * The sentence beads of each block bead that pairs long blocks (more than 12 sentence beads: a
   * file of one sentence a line is one block a side), which `check` judges sentence by sentence and
   * views show a row a sentence bead. Absent when no bead pairs long blocks.
   */
  sentenceBeads?: Array<{bead: number; sentences: ReportSentenceBead[]}>
}

/** A sentence bead of a long block pair: each side's sentences and the alignment score. */
export interface ReportSentenceBead {
  source: ReportSentence[]
  target: ReportSentence[]
  score: number
}

/** A sentence: its index in the document, its block, where it sits in the block's text (`[start, end)`) and its 1-based line. */
export interface ReportSentence {
  index: number
  block: number
  start: number
  end: number
  line: number
}
