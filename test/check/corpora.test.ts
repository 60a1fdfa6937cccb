import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {checkFiles} from '../../src/check/check-files.js'
import type {CheckReport} from '../../src/check/types.js'

const corpora = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpora')

async function checkCorpus(name: string): Promise<CheckReport> {
  return checkFiles(path.join(corpora, name, 'en.md'), path.join(corpora, name, 'tr.md'), {sourceLang: 'en', targetLang: 'tr'})
}

function loud(report: CheckReport) {
  return report.findings.filter((finding) => finding.severity !== 'info')
}

describe.skipIf(!existsSync(corpora))('check on the shared corpora (English source, Turkish target)', () => {
  it.each(['contributor-covenant', 'twelve-factor'])('stays under 2 warnings or errors per 100 blocks on the faithful prose of %s', async (name) => {
    const report = await checkCorpus(name)
    const blocks = Math.max(report.source.blocks, report.target.blocks)
    const prose = loud(report).filter((finding) => finding.rule !== 'link-mismatch')
    expect((100 * prose.length) / blocks).toBeLessThan(2)
  })

  it('reports the stale links of twelve-factor (INDEX.md: "stale links") and no other link', async () => {
    const report = await checkCorpus('twelve-factor')
    const links = report.findings.filter((finding) => finding.rule === 'link-mismatch').map((finding) => finding.evidence)
    expect(links).toStrictEqual([
      {
        source: ['https://books.google.com/books/about/Patterns_of_enterprise_application_archi.html?id=FyWZt5DdvFkC'],
        target: ['https://books.google.com/books/about/about/Patterns_of_enterprise_application_archi.html?id=FyWZt5DdvFkC']
      },
      {source: ['https://www.mercurial-scm.org/'], target: ['http://mercurial.selenic.com/']},
      {source: ['https://developers.google.com/maps/'], target: ['http://code.google.com/apis/maps/index.html']},
      {source: ['http://www.eclipse.org/jetty/'], target: ['http://jetty.codehaus.org/jetty/']}
    ])
  })

  it('finds the untranslated and the missing paragraph of react-thinking-in-react', async () => {
    const report = await checkCorpus('react-thinking-in-react')
    const untranslated = report.findings.find((finding) => finding.rule === 'untranslated' && finding.target?.text.startsWith('Then, pass filterText and inStockOnly'))
    const missing = report.findings.find(
      (finding) => finding.rule === 'only-in-source' && finding.source !== null && report.alignment.source[finding.source.block]?.text.startsWith('React makes this data flow explicit')
    )
    expect([untranslated?.severity, missing?.severity]).toStrictEqual(['error', 'warning'])
  })
})
