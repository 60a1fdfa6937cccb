import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {displayWidth} from '../../src/text/display-width.js'
import {runCli} from '../helpers/run-cli.js'
import {english, moved, turkish} from '../helpers/agency-lines.js'
import {englishLines, turkishLines} from '../helpers/split-lines-pair.js'

const tr = 'fixtures/iskur-international-relations/tr.txt'
const en = 'fixtures/iskur-international-relations/en.txt'

describe('bitext align', () => {
  it('prints with --windowed what the whole alignment prints, in every format and at both levels, on a pair of one window', async () => {
    for (const format of ['json', 'tsv', 'text']) {
      for (const level of ['block', 'sentence']) {
        const whole = await runCli(['align', tr, en, '--format', format, '--level', level])
        expect(await runCli(['align', tr, en, '--format', format, '--level', level, '--windowed'])).toStrictEqual(whole)
        expect(whole.stdout.length).toBeGreaterThan(1000)
      }
    }
  })

  it('refuses XLIFF window by window in one line, exit 2', async () => {
    expect(await runCli(['align', tr, en, '--format', 'xliff', '--windowed'])).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'bitext: align: --format xliff holds a pair under 16 MiB (both files together); a larger one is aligned window by window: use --format json, tsv or text\n'
    })
  })

  it('prints block beads as JSON with units of both sides', async () => {
    const result = await runCli(['align', tr, en, '--level', 'block', '--format', 'json'])
    expect(result.code).toBe(0)
    const json = JSON.parse(result.stdout)
    expect([json.version, json.level, json.source.lang, json.target.lang, json.source.path]).toStrictEqual([1, 'block', 'tr', 'en', tr])
    expect(json.source.units[8]).toMatchObject({index: 8, kind: 'paragraph', block: 8, line: 17})
    expect(json.beads[8]).toMatchObject({source: [8], target: []})
  })

  it('prints sentence beads of lines input, one sentence per non-blank line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-align-'))
    writeFileSync(join(folder, 'en.lines'), 'The meeting was in Geneva in 2015.\n\nIt had 120 experts.\n')
    writeFileSync(join(folder, 'tr.lines'), 'Toplantı 2015 yılında Cenevre’deydi.\n\n120 uzman katıldı.\n')
    const result = await runCli(['align', 'en.lines', 'tr.lines', '--format', 'tsv', '--input-format', 'lines'], {cwd: folder})
    expect(result.code).toBe(0)
    const rows = result.stdout.trimEnd().split('\n').map((row) => row.split('\t').slice(1))
    expect(rows).toStrictEqual([
      ['source', 'target'],
      ['The meeting was in Geneva in 2015.', 'Toplantı 2015 yılında Cenevre’deydi.'],
      ['It had 120 experts.', '120 uzman katıldı.']
    ])
  })

  it('says where a line moved out of order went: `moved` pairs in JSON at the sentence level, the line beside ✗ in text', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-align-'))
    writeFileSync(join(folder, 'en.lines'), `${english.join('\n')}\n`)
    // The Izmir sentence, line 3 of the English, is line 9 of the Turkish.
    writeFileSync(join(folder, 'tr.lines'), `${moved(turkish, 2, 8).join('\n')}\n`)
    const run = (...options: string[]) => runCli(['align', 'en.lines', 'tr.lines', '--input-format', 'lines', ...options], {cwd: folder})
    const json = JSON.parse((await run('--format', 'json')).stdout)
    expect(json.moved.map(({source, target}: {source: number[]; target: number[]}) => ({source, target}))).toStrictEqual([{source: [2], target: [8]}])
    expect(JSON.parse((await run('--format', 'json', '--level', 'block')).stdout).moved).toBeUndefined()
    expect(await run('--format', 'json', '--windowed')).toStrictEqual(await run('--format', 'json'))
    const text = (await run()).stdout.split('\n')
    expect(text.find((line) => line.includes('In March 2020'))).toMatch(/In March 2020 .*│ ✗ moved: line 9$/)
    expect(text.find((line) => line.includes('Mart 2020'))).toMatch(/ ✗ moved: line 3 +│ Mart 2020/)
  })

  it('reads a pair of text files alike, whole or window by window: the translation’s lines of two sentences are units too', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-align-'))
    writeFileSync(join(folder, 'en.txt'), `${englishLines.join('\n')}\n`)
    writeFileSync(join(folder, 'tr.txt'), `${turkishLines.join('\n')}\n`)
    const run = (...options: string[]) => runCli(['align', 'en.txt', 'tr.txt', '--format', 'json', ...options], {cwd: folder})
    const whole = JSON.parse((await run()).stdout)
    expect(whole.target.units.map((unit: {text: string}) => unit.text)).toStrictEqual(turkishLines)
    expect(whole.beads.map(({source, target}: {source: number[]; target: number[]}) => [source, target])).toStrictEqual(englishLines.map((_, index) => [[index], [index]]))
    expect(await run('--windowed')).toStrictEqual(await run())
  })

  it('names the languages with --source-lang and --target-lang, and else detects each among all languages', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-align-'))
    writeFileSync(join(folder, 'ro.lines'), 'Guvernul a anunțat luni noi reguli pentru chiriași.\nLegea va intra în vigoare anul viitor.\n')
    writeFileSync(join(folder, 'hu.lines'), 'A kormány hétfőn új szabályokat jelentett be a bérlők számára.\nA törvény jövőre lép hatályba.\n')
    const langs = async (...options: string[]) => {
      const result = await runCli(['align', 'ro.lines', 'hu.lines', '--format', 'json', '--input-format', 'lines', ...options], {cwd: folder})
      const json = JSON.parse(result.stdout)
      return [result.code, json.source.lang, json.target.lang]
    }
    expect(await langs()).toStrictEqual([0, 'ro', 'hu'])
    expect(await langs('--source-lang', 'it', '--target-lang', 'fi-FI')).toStrictEqual([0, 'it', 'fi'])
  })

  it('numbers lines-input sentences by non-blank line and gives the line each starts on', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-align-'))
    writeFileSync(join(folder, 'en.lines'), 'It rained in 2015.\n\nThe river rose.\nIt fell in 2016.\n')
    writeFileSync(join(folder, 'tr.lines'), '2015 yılında yağmur yağdı.\n\nNehir yükseldi.\n2016 yılında çekildi.\n')
    const result = await runCli(['align', 'en.lines', 'tr.lines', '--format', 'json', '--input-format', 'lines'], {cwd: folder})
    const json = JSON.parse(result.stdout)
    expect(json.source.units).toStrictEqual([
      {index: 0, kind: 'sentence', block: 0, text: 'It rained in 2015.', line: 1},
      {index: 1, kind: 'sentence', block: 1, text: 'The river rose.', line: 3},
      {index: 2, kind: 'sentence', block: 1, text: 'It fell in 2016.', line: 4}
    ])
    expect(json.beads.map((bead: {source: number[]; target: number[]}) => [bead.source, bead.target])).toStrictEqual([[[0], [0]], [[1], [1]], [[2], [2]]])
  })

  it('shows a two-column text view with ✗ for a missing side, and reads a user lexicon', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-align-'))
    writeFileSync(join(folder, 'terms.tsv'), '# user terms\nİŞKUR\tTurkish Employment Agency\n')
    const result = await runCli(['align', tr, en, '--level', 'block', '--lexicon', join(folder, 'terms.tsv')])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('DİĞER FAALİYETLERİMİZ')
    expect(result.stdout).toMatch(/DİĞER FAALİYETLERİMİZ\s+│ ✗/)
  })

  it('lines the two columns up by terminal columns when a side is Chinese, whose letters take two', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-align-'))
    // Written for this test: two sentences a side, one a line.
    writeFileSync(join(folder, 'zh.txt'), '他们对这个名称不太满意，已经提议以其他名称代替，并且希望议会尽快作出决定。\n会议将于明天在北京举行。\n')
    writeFileSync(join(folder, 'en.txt'), 'They are not happy with the name, have suggested others, and want the assembly to decide soon.\nThe meeting will be held in Beijing tomorrow.\n')
    const result = await runCli(['align', join(folder, 'zh.txt'), join(folder, 'en.txt'), '--input-format', 'lines', '--source-lang', 'zh', '--target-lang', 'en'])
    const lines = result.stdout.trimEnd().split('\n')
    // Each Han character and fullwidth comma two columns: the bar stands after 5 + 38 + 1 columns on every line.
    const columnOfBar = (line: string) => displayWidth(line.slice(0, line.indexOf('│')))
    expect([result.code, lines.length, new Set(lines.map(columnOfBar))]).toStrictEqual([0, 5, new Set([44])])
    expect(lines.map((line) => line.slice(5, line.indexOf('│')).trimEnd())).toStrictEqual([
      '他们对这个名称不太满意，已经提议以其他',
      '名称代替，并且希望议会尽快作出决定。',
      '',
      '会议将于明天在北京举行。',
      ''
    ])
  })

  it('exits 2 with one line on usage and input errors', async () => {
    expect((await runCli(['align', tr])).stderr).toBe("bitext: align takes two files: bitext align <source> <target>; see 'bitext align --help'\n")
    expect((await runCli(['align', tr, en, '--level', 'word'])).code).toBe(2)
    expect((await runCli(['align', tr, en, '--format', 'xml'])).code).toBe(2)
    expect((await runCli(['align', tr, en, '--input-format', 'pdf'])).code).toBe(2)
    expect((await runCli(['align', tr, en, '--bogus'])).code).toBe(2)
    const missing = await runCli(['align', tr, en, '--lexicon', 'nope.tsv'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/cannot read the lexicon file/)
  })

  it('prints its help', async () => {
    const result = await runCli(['align', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: bitext align <source> <target> [options]')
  })
})
