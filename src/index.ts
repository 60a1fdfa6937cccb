// bitext: the public API, stage by stage (document → align → check → memory → report).
// Explicit named exports only; test/index.test.ts pins this list.

// document
export type {BitextDocument, Block, BlockKind, DocumentFormat, Point, Position, Section, Sentence} from './document/types.js'
export {InputError} from './input-error.js'

// align
export type {Alignment, Bead} from './align/types.js'

// check
export type {CheckReport, FindingJson, FindingLocation, RuleId, Severity} from './check/types.js'

// memory

// report
