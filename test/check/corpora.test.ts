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
  it.each(['contributor-covenant', 'twelve-factor'])('stays under 2 warnings or errors per 100 blocks on the faithful %s', async (name) => {
    const report = await checkCorpus(name)
    const blocks = Math.max(report.source.blocks, report.target.blocks)
    expect((100 * loud(report).length) / blocks).toBeLessThan(2)
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
