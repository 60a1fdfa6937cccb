import {describe, expect, it} from 'vitest'
import * as bitext from '../src/index.js'

// A new export is a deliberate change: add it here, stage by stage, and to the README's API section.
const expected = {
  document: [
    'InputError', 'decodeText', 'detectLanguage', 'foldCase', 'foldDiacritics', 'normalizeText',
    'parseDocument', 'parseDocumentPair', 'readDocument', 'readDocumentPair', 'readDocumentStream', 'readDocumentStreamPair', 'splitSentences', 'splitSuffix', 'tokenize'
  ],
  align: ['align', 'alignWindows', 'alignmentJson', 'extractAnchors', 'matchAnchors', 'parseLexicon', 'turkishEnglishLexicon', 'windowJson'],
  check: [
    'applyBaseline', 'check', 'checkFiles', 'checkFilesInWindows', 'checkProject', 'checkWindows', 'createBaseline', 'findPairs', 'parseBaseline',
    'parseConfig', 'parseGlossary', 'parseTbx', 'readConfig', 'ruleTable', 'toCheckReport'
  ],
  memory: [
    'buildMemory', 'buildMemoryInWindows', 'createMemory', 'exportUnits', 'openPostgresMemory', 'openSqliteMemory',
    'openTranslationMemory', 'readTmx', 'toTmx', 'writeTmx'
  ],
  report: [
    'formatGithub', 'formatJson', 'formatJunit', 'formatReports', 'formatSarif', 'formatStylish',
    'renderHtmlReport', 'toSarif', 'toXliff'
  ],
  format: ['readXliff', 'writeXliff', 'writeXliff2'],
  job: ['applyJob', 'createJob', 'planJob']
}

describe('the public API', () => {
  it('exports exactly the listed names, stage by stage', () => {
    expect(Object.keys(bitext).sort()).toStrictEqual(Object.values(expected).flat().sort())
  })

  it('exports only functions, besides two tables of data: the built-in lexicon and the rules', () => {
    const kinds = Object.entries(bitext)
      .filter(([name]) => name !== 'turkishEnglishLexicon' && name !== 'ruleTable')
      .map(([, value]) => typeof value)
    expect(new Set(kinds)).toStrictEqual(new Set(['function']))
  })
})
