import {execFileSync} from 'node:child_process'
import {mkdtempSync, realpathSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkFiles} from '../../src/check/check-files.js'
import {previousFromGit} from '../../src/check/since-git.js'
import type {CheckReport} from '../../src/check/types.js'
import {InputError} from '../../src/input-error.js'
import {runCli} from '../helpers/run-cli.js'

const oldEn = 'Title\n\nİŞKUR hosted the world congress in Istanbul in 2015.\n\nThe agency follows the meetings of the region.\n'
const newEn = 'Title\n\nİŞKUR hosted the world congress in Istanbul in 2016.\n\nThe agency follows the meetings of the region.\n'
const tr = 'Başlık\n\nİŞKUR 2015 yılında İstanbul’da dünya kongresine ev sahipliği yaptı.\n\nKurum bölgenin toplantılarını takip ediyor.\n'

function scratch(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bitext-options-'))
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, file), text)
  return root
}

function rules(stdout: string): string[] {
  return (JSON.parse(stdout) as CheckReport).findings.map((finding) => `${finding.rule}:${finding.message}`)
}

/** The other verdicts attached to the findings: one divergence is one finding (`evidence.also`). */
function also(stdout: string): string[] {
  return (JSON.parse(stdout) as CheckReport).findings.flatMap((finding) =>
    ((finding.evidence['also'] ?? []) as Array<{rule: string; message: string}>).map((other) => `${other.rule}:${other.message}`)
  )
}

describe('bitext check --since', () => {
  it('reports the target of a changed source paragraph with the word diff', async () => {
    const root = scratch({'old.txt': oldEn, 'en.txt': newEn, 'tr.txt': tr})
    const result = await runCli(['check', 'en.txt', 'tr.txt', '--since', 'old.txt', '--format', 'json', '--input-format', 'text'], {cwd: root})
    expect(rules(result.stdout)).toStrictEqual(['number-mismatch:Numbers differ: source has 2016, target has 2015'])
    expect(also(result.stdout)).toStrictEqual(['outdated:Source changed since the translation: −“2015” +“2016”'])
  })

  it('exits 2 when the --since file is missing', async () => {
    const result = await runCli(['check', 'en.txt', 'tr.txt', '--since', 'nope.txt'], {cwd: scratch({'en.txt': newEn, 'tr.txt': tr})})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/nope\.txt: cannot read the --since file; check the path\n$/)
  })
})

describe('bitext check --since-git', () => {
  it('takes the source as it was at the last commit that touched the target', async () => {
    const root = scratch({'en.txt': oldEn, 'tr.txt': tr})
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {cwd: root, stdio: 'pipe'})
    git('init', '-q')
    git('add', '.')
    git('commit', '-q', '-m', 'translate')
    writeFileSync(path.join(root, 'en.txt'), newEn)
    git('commit', '-q', '-am', 'update the English')
    expect(await previousFromGit(path.join(root, 'en.txt'), path.join(root, 'tr.txt'))).toBe(oldEn)
    const result = await runCli(['check', 'en.txt', 'tr.txt', '--since-git', '--format', 'json'], {cwd: root})
    expect(also(result.stdout)).toStrictEqual(['outdated:Source changed since the translation: −“2015” +“2016”'])
  })

  it('is an input error outside git', async () => {
    const root = scratch({'en.txt': oldEn, 'tr.txt': tr})
    await expect(previousFromGit(path.join(root, 'en.txt'), path.join(root, 'tr.txt'))).rejects.toThrow(InputError)
  })
})

describe('bitext check --glossary and --lexicon', () => {
  it('reports a glossary term whose required translation is missing', async () => {
    const root = scratch({'en.txt': oldEn, 'tr.txt': tr, 'terms.csv': 'source,target\nagency,kurum\ncongress,kurultay\n'})
    const result = await runCli(['check', 'en.txt', 'tr.txt', '--glossary', 'terms.csv', '--format', 'json'], {cwd: root})
    expect(rules(result.stdout)).toStrictEqual(['glossary:Glossary: “congress” should be translated as “kurultay”'])
  })

  it('uses a lexicon of equivalents to match names', async () => {
    const root = scratch({'en.txt': 'A page.\n\nThe TEA met the OIC in 2015.\n', 'tr.txt': 'Bir sayfa.\n\nTİK, 2015 yılında İİT ile görüştü.\n', 'lex.tsv': 'TEA\tTİK\n'})
    const without = await runCli(['check', 'en.txt', 'tr.txt', '--format', 'json'], {cwd: root})
    expect(rules(without.stdout)).toStrictEqual(['name-mismatch:Names differ: only the source has TEA; only the target has TİK'])
    const withLexicon = await runCli(['check', 'en.txt', 'tr.txt', '--lexicon', 'lex.tsv', '--format', 'json'], {cwd: root})
    expect(rules(withLexicon.stdout)).toStrictEqual([])
  })
})

describe('checkFiles', () => {
  it('reads, aligns, checks and reports a pair, paths as given', async () => {
    const root = scratch({'en.txt': oldEn, 'tr.txt': tr})
    const report = await checkFiles(path.join(root, 'en.txt'), path.join(root, 'tr.txt'), {sourceLang: 'en', targetLang: 'tr', inputFormat: 'text'})
    expect([report.source, report.target, report.findings, report.alignment.beads.length]).toStrictEqual([
      {path: path.join(root, 'en.txt'), lang: 'en', blocks: 3},
      {path: path.join(root, 'tr.txt'), lang: 'tr', blocks: 3},
      [],
      3
    ])
  })
})

describe('bitext check --glossary with TBX', () => {
  it('reads a .tbx glossary', async () => {
    const tbx = '<tbx><conceptEntry><langSec xml:lang="en"><term>congress</term></langSec><langSec xml:lang="tr"><term>kurultay</term></langSec></conceptEntry></tbx>'
    const root = scratch({'en.txt': oldEn, 'tr.txt': tr, 'terms.tbx': tbx})
    const result = await runCli(['check', 'en.txt', 'tr.txt', '--glossary', 'terms.tbx', '--format', 'json'], {cwd: root})
    expect(rules(result.stdout)).toStrictEqual(['glossary:Glossary: “congress” should be translated as “kurultay”'])
  })
})

describe('bitext check --since-git, by content', () => {
  const commitAll = (root: string, message: string) => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {cwd: root, stdio: 'pipe'})
    git('add', '.')
    git('commit', '-q', '-m', message)
    return git
  }

  it('finds the source revision the translation was made from, past a bulk reformatting of the translation', async () => {
    const root = scratch({'en.txt': oldEn, 'tr.txt': tr})
    execFileSync('git', ['init', '-q'], {cwd: root})
    commitAll(root, 'translate')
    writeFileSync(path.join(root, 'en.txt'), newEn)
    commitAll(root, 'update the English')
    writeFileSync(path.join(root, 'tr.txt'), tr.replace('\n\nKurum', '\n\n\nKurum'))
    commitAll(root, 'reformat every translation')
    expect(await previousFromGit(path.join(root, 'en.txt'), path.join(root, 'tr.txt'))).toBe(oldEn)
  })

  it('checks a translation that has no commit yet without history', async () => {
    const root = scratch({'en.txt': oldEn})
    execFileSync('git', ['init', '-q'], {cwd: root})
    commitAll(root, 'the English')
    writeFileSync(path.join(root, 'tr.txt'), tr)
    expect(await previousFromGit(path.join(root, 'en.txt'), path.join(root, 'tr.txt'))).toBeUndefined()
    const result = await runCli(['check', 'en.txt', 'tr.txt', '--since-git', '--format', 'json'], {cwd: root})
    expect(result.code).toBe(0)
    expect(rules(result.stdout)).toStrictEqual([])
  })

  it('exits 2 in a shallow clone and says how to fetch the history', async () => {
    const origin = scratch({'en.txt': oldEn, 'tr.txt': tr})
    execFileSync('git', ['init', '-q'], {cwd: origin})
    commitAll(origin, 'translate')
    writeFileSync(path.join(origin, 'en.txt'), newEn)
    commitAll(origin, 'update the English')
    const clone = mkdtempSync(path.join(tmpdir(), 'bitext-shallow-'))
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], {stdio: 'pipe'})
    const result = await runCli(['check', 'en.txt', 'tr.txt', '--since-git'], {cwd: clone})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/is a shallow clone, without the history to compare with; run 'git fetch --unshallow' \(GitHub Actions: actions\/checkout with fetch-depth: 0\)\n$/)
    const allowed = await runCli(['check', 'en.txt', 'tr.txt', '--since-git', '--allow-shallow', '--fail-on', 'never'], {cwd: clone})
    expect(allowed.code).toBe(0)
    expect(allowed.stderr.split('\n')[0]).toBe(`bitext: warning: --since-git: ${realpathSync(clone)} is a shallow clone, without the history to compare with; checked without history (--allow-shallow)`)
  })

  it('lets bitext report, too, exit 2 in a shallow clone, or warn and render the page without history with --allow-shallow', async () => {
    const origin = scratch({'en.txt': oldEn, 'tr.txt': tr})
    execFileSync('git', ['init', '-q'], {cwd: origin})
    commitAll(origin, 'translate')
    const clone = mkdtempSync(path.join(tmpdir(), 'bitext-shallow-'))
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], {stdio: 'pipe'})
    const refused = await runCli(['report', 'en.txt', 'tr.txt', '--since-git'], {cwd: clone})
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/is a shallow clone, without the history to compare with; run 'git fetch --unshallow'/)
    const allowed = await runCli(['report', 'en.txt', 'tr.txt', '--since-git', '--allow-shallow'], {cwd: clone})
    expect(allowed.code).toBe(0)
    expect(allowed.stderr).toBe(`bitext: warning: --since-git: ${realpathSync(clone)} is a shallow clone, without the history to compare with; checked without history (--allow-shallow)\n`)
    expect(allowed.stdout).toMatch(/^<!doctype html>/iu)
  })
})
