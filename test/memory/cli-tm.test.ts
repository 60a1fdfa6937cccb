import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {toTmx} from '../../src/memory/tmx-write.js'
import {runCli} from '../helpers/run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'bitext-cli-tm-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const units = [
  {source: 'The office is in Brussels.', target: 'Ofis Brüksel’dedir.', sourceLang: 'en-GB', targetLang: 'tr-TR'},
  {source: 'The office is in Geneva.', target: 'Ofis Cenevre’dedir.', sourceLang: 'en-GB', targetLang: 'tr-TR'},
  {source: 'The office is in Geneva.', target: 'Büro Cenevre’dedir.', sourceLang: 'en-GB', targetLang: 'tr-TR'}
]
writeFileSync(join(folder, 'in.tmx'), toTmx(units))
writeFileSync(join(folder, 'queries.txt'), 'The office is in Brussels.\n\nNothing like it\n')
const tm = (...args: string[]) => runCli(['tm', ...args], {cwd: folder})

describe('bitext tm', () => {
  it('imports a TMX file into the default SQLite file, skipping duplicates', async () => {
    const pairs = 'tm import: 1 language pair\n  en-GB → tr-TR: 3 units read\n'
    expect(await tm('import', 'in.tmx')).toStrictEqual({code: 0, stdout: '3 units added, 0 duplicates skipped → bitext-tm.sqlite\n', stderr: pairs})
    expect(await tm('import', 'in.tmx')).toStrictEqual({code: 0, stdout: '0 units added, 3 duplicates skipped → bitext-tm.sqlite\n', stderr: pairs})
  })

  it('looks up a text with a word diff, as text and as JSON', async () => {
    expect((await tm('lookup', 'The office is in Paris.', '--limit', '1')).stdout).toBe(
      ' 80.0  The office is in [-Paris-]{+Brussels+}.\n       → Ofis Brüksel’dedir.\n'
    )
    const json = await tm('lookup', 'Ofis Brüksel’dedir.', '--source-lang', 'tr', '--target-lang', 'en', '--format', 'json')
    expect(JSON.parse(json.stdout)).toStrictEqual([
      {
        source: 'Ofis Brüksel’dedir.',
        target: 'The office is in Brussels.',
        sourceLang: 'tr-TR',
        targetLang: 'en-GB',
        score: 100,
        diff: [{type: 'equal', text: 'Ofis Brüksel’dedir.'}]
      }
    ])
    expect((await tm('lookup', 'Nothing', '--min', '90')).stdout).toBe('no match\n')
  })

  it('finds a tagged source by its plain text and shows its tags as {1}…{/1}, numbered alike on both sides', async () => {
    const tagged = `<tmx version="1.4"><header srclang="en-GB"/><body><tu>
<tuv xml:lang="en-GB"><seg>Click <bpt i="1" x="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> or <bpt i="2" x="2">&lt;i&gt;</bpt>Cancel<ept i="2">&lt;/i&gt;</ept>.</seg></tuv>
<tuv xml:lang="tr-TR"><seg><bpt i="1" x="2">&lt;i&gt;</bpt>İptal<ept i="1">&lt;/i&gt;</ept> ya da <bpt i="2" x="1">&lt;b&gt;</bpt>Kaydet<ept i="2">&lt;/b&gt;</ept> düğmesine tıklayın.</seg></tuv>
</tu></body></tmx>`
    writeFileSync(join(folder, 'tagged.tmx'), tagged)
    expect((await tm('import', 'tagged.tmx', '--tm', 'tagged.sqlite')).code).toBe(0)
    const text = await tm('lookup', 'Click Save or Cancel.', '--tm', 'tagged.sqlite')
    expect(text.stdout).toBe(' 98.0  Click {+{1}+}Save{+{/1} +}or {+{2}+}Cancel{+{/2}+}.\n       → {2}İptal{/2} ya da {1}Kaydet{/1} düğmesine tıklayın.\n')
    expect((await tm('concordance', 'Kaydet', '--tm', 'tagged.sqlite')).stdout).toBe(
      'Click {1}Save{/1} or {2}Cancel{/2}.\n  → {2}İptal{/2} ya da {1}Kaydet{/1} düğmesine tıklayın.\n'
    )
    const [json] = JSON.parse((await tm('lookup', 'Click Save or Cancel.', '--tm', 'tagged.sqlite', '--format', 'json')).stdout)
    expect(json.source).toBe('Click {1}Save{/1} or {2}Cancel{/2}.')
    expect(json.targetTags).toStrictEqual([
      {code: '{2}', xml: '<bpt i="1" x="2">&lt;i&gt;</bpt>'},
      {code: '{/2}', xml: '<ept i="1">&lt;/i&gt;</ept>'},
      {code: '{1}', xml: '<bpt i="2" x="1">&lt;b&gt;</bpt>'},
      {code: '{/1}', xml: '<ept i="2">&lt;/b&gt;</ept>'}
    ])
  })

  it('answers a file of queries with one JSON line per query', async () => {
    const result = await tm('lookup', '--queries', 'queries.txt', '--min', '100')
    expect(result.stdout.split('\n').map((line) => (line ? JSON.parse(line) : line))).toStrictEqual([
      {
        query: 'The office is in Brussels.',
        matches: [{source: units[0]?.source, target: units[0]?.target, sourceLang: 'en-GB', targetLang: 'tr-TR', score: 100, diff: [{type: 'equal', text: 'The office is in Brussels.'}]}]
      },
      {query: 'Nothing like it', matches: []},
      ''
    ])
  })

  it('exports TMX, TSV and JSON lines, to stdout or a file', async () => {
    expect((await tm('export', '--format', 'tsv')).stdout).toBe(
      'source_lang\ttarget_lang\tsource\ttarget\n' + units.map((unit) => `en-GB\ttr-TR\t${unit.source}\t${unit.target}\n`).join('')
    )
    expect((await tm('export', '--format', 'jsonl')).stdout).toBe(units.map((unit) => JSON.stringify(unit) + '\n').join(''))
    expect(await tm('export', '-o', 'out.tmx')).toStrictEqual({code: 0, stdout: '', stderr: ''})
    expect(readFileSync(join(folder, 'out.tmx'), 'utf8')).toContain('<seg>Büro Cenevre’dedir.</seg>')
  })

  it('prints concordance, consistency and stats', async () => {
    expect((await tm('concordance', 'cenevre', '--limit', '1')).stdout).toBe('The office is in Geneva.\n  → Ofis Cenevre’dedir.\n')
    expect(JSON.parse((await tm('concordance', 'brüksel', '--format', 'json')).stdout)).toStrictEqual([units[0]])
    expect((await tm('consistency')).stdout).toBe(
      'Same source, different targets: 1\n  The office is in Geneva.\n    → Ofis Cenevre’dedir.\n    → Büro Cenevre’dedir.\nSame target, different sources: 0\n'
    )
    expect((await tm('stats')).stdout).toBe('units: 3\n  en-GB → tr-TR: 3 units\nsource words: 15\ntarget words: 9\n')
    expect(JSON.parse((await tm('stats', '--format', 'json')).stdout).units).toBe(3)
  })

  it('refuses a multilingual TMX without --target-lang, naming the languages, and imports the pair asked for', async () => {
    const tu = '<tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="fr"><seg>Bonjour</seg></tuv></tu>'
    writeFileSync(join(folder, 'three.tmx'), `<tmx version="1.4"><header srclang="en"/><body>${tu}</body></tmx>`)
    expect(await tm('import', 'three.tmx', '--tm', 'three.sqlite')).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'bitext: TMX: a unit has en and 2 other languages (de, fr): choose the target language (--target-lang)\n'
    })
    const chosen = await tm('import', 'three.tmx', '--tm', 'three.sqlite', '--target-lang', 'fr')
    expect([chosen.code, chosen.stderr]).toStrictEqual([0, 'tm import: 1 language pair\n  en → fr: 1 unit read\n'])
  })

  it('exits 2 with one line on usage and input errors', async () => {
    const cases = [
      [['frob'], "bitext: tm: unknown subcommand 'frob'; see 'bitext tm --help'\n"],
      [['lookup'], 'bitext: tm lookup takes one text, or --queries FILE: bitext tm lookup "text"\n'],
      [['lookup', 'x', '--min', 'high'], "bitext: tm: --min must be a number from 0 to 100, not 'high'\n"],
      [['stats', '--format', 'xml'], "bitext: tm: --format must be one of text, json, not 'xml'\n"],
      [['stats', '--tm', 'none.sqlite'], "bitext: none.sqlite: no such file; build one with 'bitext tm build' or 'bitext tm import'\n"],
      [['import', 'missing.tmx'], 'bitext: missing.tmx: no such file\n'],
      [['import', '.'], 'bitext: .: is a directory, not a file; give the path of a file\n'],
      [['build', 'only-one.md'], 'bitext: tm build takes two files: bitext tm build <source> <target>\n']
    ] as const
    for (const [args, stderr] of cases) expect(await tm(...args)).toStrictEqual({code: 2, stdout: '', stderr})
    const unknown = await tm('stats', '--bogus')
    expect([unknown.code, unknown.stderr.startsWith("bitext: tm: Unknown option '--bogus'")]).toStrictEqual([2, true])
  })

  it('reports malformed TMX with its line and column and keeps what was imported', async () => {
    writeFileSync(join(folder, 'bad.tmx'), toTmx(units.slice(0, 1)).replace('</body>', '<tu>\n</body>'))
    expect(await tm('import', 'bad.tmx', '--tm', 'bad.sqlite')).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'bitext: malformed TMX: bad.tmx:11:7: unexpected close tag.\n'
    })
    expect((await tm('stats', '--tm', 'bad.sqlite')).stdout).toContain('units: 1\n')
  })

  it('reports malformed XLIFF with the file name, also when it is cut short before its root element closes', async () => {
    writeFileSync(join(folder, 'cut.xlf'), '<?xml version="1.0"?>\n<xliff version="1.2"><file><body><trans-unit id="1"><source>x</source>')
    writeFileSync(join(folder, 'cut-root.xlf'), '<xliff')
    expect(await tm('import', 'cut.xlf', '--tm', 'cut.sqlite')).toStrictEqual({code: 2, stdout: '', stderr: 'bitext: cut.xlf: not well-formed XML: 2:70: unclosed tag: trans-unit\n'})
    expect(await tm('import', 'cut-root.xlf', '--tm', 'cut.sqlite')).toStrictEqual({code: 2, stdout: '', stderr: 'bitext: cut-root.xlf: not well-formed XML: 1:6: document must contain a root element.\n'})
  })

  it('shows help', async () => {
    expect((await tm('--help')).stdout).toContain('Usage: bitext tm <subcommand> [options]')
    expect((await tm()).code).toBe(2)
  })
})
