import {copyFileSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/run-cli.js'

describe('a bad lexicon or glossary file is named in the one line bitext prints', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'bitext-term-files-'))
  for (const file of ['tr.txt', 'en.txt']) copyFileSync(path.join('fixtures/iskur-international-relations', file), path.join(folder, file))
  writeFileSync(path.join(folder, 'terms.tsv'), 'İŞKUR\tTurkish Employment Agency\nno tab here\n')
  writeFileSync(path.join(folder, 'glossary.csv'), 'İŞKUR,İŞKUR\nlonely\n')
  writeFileSync(path.join(folder, 'terms.tbx'), '<?xml version="1.0" encoding="x-klingon"?><tbx/>')

  it.each([
    {args: ['check', 'tr.txt', 'en.txt', '--lexicon', 'terms.tsv'], stderr: "bitext: terms.tsv: lexicon line 2: expected 'term<TAB>equivalent', got 'no tab here'\n"},
    {args: ['align', 'tr.txt', 'en.txt', '--lexicon', 'terms.tsv'], stderr: "bitext: terms.tsv: lexicon line 2: expected 'term<TAB>equivalent', got 'no tab here'\n"},
    {args: ['check', 'tr.txt', 'en.txt', '--glossary', 'glossary.csv'], stderr: "bitext: glossary.csv: glossary row 2: expected 'term,translation', got 'lonely'\n"},
    {args: ['check', 'tr.txt', 'en.txt', '--glossary', 'terms.tbx'], stderr: "bitext: terms.tbx: unknown encoding 'x-klingon'; use e.g. utf-8, windows-1254 or iso-8859-9\n"},
    {args: ['align', 'tr.txt', 'en.txt', '--lexicon', 'missing.tsv'], stderr: 'bitext: missing.tsv: cannot read the lexicon file; check the path\n'}
  ])('bitext $args', async ({args, stderr}) => {
    expect(await runCli(args, {cwd: folder})).toStrictEqual({code: 2, stdout: '', stderr})
  })
})
