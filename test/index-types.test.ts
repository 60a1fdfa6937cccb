import {readFileSync} from 'node:fs'
import {describe, expect, expectTypeOf, it} from 'vitest'
import * as bitext from '../src/index.js'
import type * as types from '../src/index.js'

// A new type export is a deliberate change too: add it here and to the README's API section.
const expectedTypes = [
  'AddResult', 'AlignOptions', 'AlignedWindow', 'Alignment', 'AlignmentJson', 'Anchor', 'AnchorKind', 'AnchorMatch', 'AppliedJob',
  'Baseline', 'BaselineEntry', 'BaselineResult', 'Bead', 'BitextConfig', 'BitextDocument', 'Block', 'BlockKind', 'BlockSource',
  'BuildMemoryOptions', 'BuildMemoryWindowsOptions', 'CheckFilesOptions', 'CheckOptions', 'CheckProjectOptions', 'CheckReport', 'CheckReportSet', 'CheckWindowsOptions',
  'ConcordanceOptions', 'ConsistencyReport', 'CreateJobOptions', 'DecodeTextOptions', 'DecodedText',
  'DetectLanguageOptions', 'DiffPart', 'DocumentFormat', 'DocumentPairOptions', 'DocumentStream', 'ExportOptions', 'FilePair', 'Finding', 'FindingHighlight', 'FindingJson',
  'FindingLocation', 'FormatReportsOptions', 'FuzzyOptions', 'GlossaryEntry', 'HtmlReportOptions', 'ImportOptions',
  'InMemoryTranslationMemory', 'Inconsistency', 'Job', 'JobBlock', 'LanguageGuess', 'Lexicon', 'LexiconEntry', 'LineBreaks',
  'LookupOptions', 'Match', 'MatchAnchorsOptions', 'MemoryExclusions', 'MemoryStats', 'OpenMemoryOptions', 'ParseLexiconOptions', 'ParseOptions', 'Point',
  'Position', 'PostgresMemoryOptions', 'ReportAlignment', 'ReportBlock', 'ReportFormat', 'ReportSentence', 'ReportSentenceBead', 'RuleId', 'RuleInfo',
  'RuleSetting', 'SarifLog', 'SarifOptions', 'Scorer', 'Section', 'Sentence', 'SentenceSpan', 'Severity', 'SplitWord',
  'SqliteMemoryOptions', 'StylishOptions', 'TmxReadOptions', 'TmxWriteOptions', 'ToCheckReportOptions',
  'ToXliffOptions', 'Token', 'TranslationMemory', 'TranslationUnit', 'UnitBatches', 'UnitJson', 'UnitOrigin',
  'WindowOffset', 'WindowOptions', 'WordCount', 'XliffDocument', 'XliffFileInfo', 'XliffState', 'XliffUnit'
]

/** The names in `export type {…}` statements of src/index.ts (types leave no trace at run time). */
function exportedTypeNames(): string[] {
  const source = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8')
  const lists = [...source.matchAll(/export type \{([^}]*)\}/g)].map((match) => match[1] ?? '')
  return lists.flatMap((list) => list.split(',').map((name) => name.trim())).filter((name) => name !== '')
}

describe('the public types', () => {
  it('are exactly the listed names', () => {
    expect(exportedTypeNames().sort()).toStrictEqual([...expectedTypes].sort())
  })

  it('keep the small, stable shapes the README documents (checked by npm run typecheck)', () => {
    expectTypeOf<types.Bead>().toEqualTypeOf<{source: number[]; target: number[]; score: number}>()
    expectTypeOf<types.Severity>().toEqualTypeOf<'error' | 'warning' | 'info'>()
    expectTypeOf<types.DocumentFormat>().toEqualTypeOf<'text' | 'markdown' | 'html' | 'lines'>()
    expectTypeOf<types.ReportFormat>().toEqualTypeOf<'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'html'>()
    expectTypeOf<types.Scorer>().toEqualTypeOf<(sourceText: string, targetText: string) => number>()
    expectTypeOf<types.FindingHighlight>().toEqualTypeOf<{source?: string[]; target?: string[]}>()
  })

  it('are what the functions take and return', () => {
    expectTypeOf(bitext.align).parameters.toEqualTypeOf<[types.BitextDocument, types.BitextDocument, types.AlignOptions?]>()
    expectTypeOf(bitext.align).returns.toEqualTypeOf<types.Alignment>()
    expectTypeOf(bitext.extractAnchors).returns.toEqualTypeOf<types.Anchor[]>()
    expectTypeOf(bitext.parseDocument).returns.toEqualTypeOf<types.BitextDocument>()
    expectTypeOf(bitext.createMemory).returns.toEqualTypeOf<types.InMemoryTranslationMemory>()
  })
})
