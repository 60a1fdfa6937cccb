// bitext: the public API, stage by stage (document → align → check → memory → report → job).
// Explicit named exports only; test/index.test.ts pins this list.

// document
export type {BitextDocument, Block, BlockKind, DocumentFormat, Point, Position, Section, Sentence} from './document/types.js'
export {InputError} from './input-error.js'
export {parseDocument} from './document/parse-document.js'
export type {ParseOptions} from './document/parse-document.js'
export type {LineBreaks} from './document/line-breaks.js'
export {readDocument, readDocumentStream} from './document/read-document.js'
export {parseDocumentPair, readDocumentPair, readDocumentStreamPair} from './document/read-document-pair.js'
export type {DocumentPairOptions} from './document/read-document-pair.js'
export type {DocumentStream} from './document/stream-document.js'
export {decodeText} from './document/decode-text.js'
export type {DecodeTextOptions, DecodedText} from './document/decode-text.js'
export {splitSentences} from './text/split-sentences.js'
export type {SentenceSpan} from './text/split-sentences.js'
export {detectLanguage} from './text/detect-language.js'
export type {DetectLanguageOptions, LanguageGuess} from './text/detect-language.js'
export {normalizeText} from './text/normalize-text.js'
export {foldCase} from './text/fold-case.js'
export {foldDiacritics} from './text/fold-diacritics.js'
export {splitSuffix} from './text/split-suffix.js'
export type {SplitWord} from './text/split-suffix.js'
export {tokenize} from './text/tokenize.js'
export type {Token} from './text/tokenize.js'

// align
export type {Alignment, Bead} from './align/types.js'
export {align} from './align/align.js'
export type {AlignOptions, Scorer} from './align/options.js'
export {alignmentJson, windowJson} from './align/alignment-json.js'
export type {AlignmentJson, UnitJson} from './align/alignment-json.js'
export {alignWindows} from './align/align-windows.js'
export type {AlignedWindow, BlockSource, WindowOffset, WindowOptions} from './align/align-windows.js'

// anchors
export {extractAnchors} from './anchors/extract-anchors.js'
export type {Anchor, AnchorKind} from './anchors/types.js'
export {matchAnchors} from './anchors/match-anchors.js'
export type {AnchorMatch, MatchAnchorsOptions} from './anchors/match-anchors.js'
export {parseLexicon} from './anchors/parse-lexicon.js'
export type {ParseLexiconOptions} from './anchors/parse-lexicon.js'
export {turkishEnglishLexicon} from './anchors/lexicon.js'
export type {Lexicon, LexiconEntry} from './anchors/lexicon.js'

// check
export type {CheckReport, FindingHighlight, FindingJson, FindingLocation, ReportAlignment, ReportBlock, ReportSentence, ReportSentenceBead, RuleId, Severity} from './check/types.js'
export {check} from './check/check.js'
export type {CheckOptions} from './check/check.js'
export type {Finding} from './check/finding.js'
export type {RuleSetting} from './check/context.js'
export {toCheckReport} from './check/to-check-report.js'
export type {ToCheckReportOptions} from './check/to-check-report.js'
export {checkFiles, checkFilesInWindows} from './check/check-files.js'
export {checkWindows} from './check/check-windows.js'
export type {CheckWindowsOptions} from './check/check-windows.js'
export type {CheckFilesOptions} from './check/check-files.js'
export {checkProject} from './check/check-project.js'
export type {CheckProjectOptions} from './check/check-project.js'
export {ruleTable} from './check/rule-table.js'
export type {RuleInfo} from './check/rule-table.js'
export {parseGlossary} from './check/parse-glossary.js'
export {parseTbx} from './check/parse-tbx.js'
export type {GlossaryEntry} from './check/glossary.js'
export {parseConfig, readConfig} from './check/config.js'
export type {BitextConfig} from './check/config.js'
export {findPairs} from './check/find-pairs.js'
export type {FilePair} from './check/find-pairs.js'
export {applyBaseline, createBaseline, parseBaseline} from './check/baseline.js'
export type {Baseline, BaselineEntry, BaselineResult} from './check/baseline.js'

// memory
export type {BuildMemoryOptions, MemoryExclusions} from './memory/build-memory.js'
export {buildMemory} from './memory/build-memory.js'
export {buildMemoryInWindows} from './memory/build-memory-windows.js'
export type {BuildMemoryWindowsOptions} from './memory/build-memory-windows.js'
export type {InMemoryTranslationMemory} from './memory/memory-store.js'
export {createMemory} from './memory/memory-store.js'
export {openTranslationMemory} from './memory/open-memory.js'
export type {OpenMemoryOptions} from './memory/open-memory.js'
export type {SqliteMemoryOptions} from './memory/sqlite-store.js'
export {openSqliteMemory} from './memory/sqlite-store.js'
export type {PostgresMemoryOptions} from './memory/pg-store.js'
export {openPostgresMemory} from './memory/pg-store.js'
export type {ConcordanceOptions, ImportOptions, LookupOptions, TranslationMemory, UnitBatches} from './memory/translation-memory.js'
export type {FuzzyOptions} from './memory/fuzzy-score.js'
export type {TmxReadOptions} from './memory/tmx-read.js'
export {readTmx} from './memory/tmx-read.js'
export type {TmxWriteOptions} from './memory/tmx-write.js'
export {toTmx, writeTmx} from './memory/tmx-write.js'
export type {ExportOptions} from './memory/export-units.js'
export {exportUnits} from './memory/export-units.js'
export type {
  AddResult,
  ConsistencyReport,
  DiffPart,
  Inconsistency,
  Match,
  MemoryStats,
  TranslationUnit,
  UnitOrigin
} from './memory/types.js'

// report
export {formatReports} from './report/format-reports.js'
export type {FormatReportsOptions, ReportFormat} from './report/format-reports.js'
export {formatStylish} from './report/stylish.js'
export type {StylishOptions} from './report/stylish.js'
export {formatJson} from './report/json.js'
export type {CheckReportSet} from './report/json.js'
export {formatSarif, toSarif} from './report/sarif.js'
export type {SarifLog, SarifOptions} from './report/sarif.js'
export {formatGithub} from './report/github.js'
export {formatJunit} from './report/junit.js'
export {renderHtmlReport} from './report/html-report.js'
export type {HtmlReportOptions} from './report/html-report.js'
export {toXliff} from './report/xliff.js'
export type {ToXliffOptions} from './report/xliff.js'

// format: XLIFF read and written, shared by memory, job and report
export {writeXliff} from './format/xliff.js'
export type {XliffDocument, XliffFileInfo, XliffState, XliffUnit} from './format/xliff.js'
export {writeXliff2} from './format/xliff2.js'
export {readXliff} from './format/read-xliff.js'

// job: the translation loop, on top of every stage (check's findings, the memory, report's XLIFF)
export {createJob} from './job/create-job.js'
export type {CreateJobOptions, Job} from './job/create-job.js'
export {planJob} from './job/plan-job.js'
export type {JobBlock} from './job/plan-job.js'
export type {WordCount} from './job/word-count.js'
export {applyJob} from './job/apply-job.js'
export type {AppliedJob} from './job/apply-job.js'
