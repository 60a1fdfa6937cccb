import {copyFileSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {relativeToCwd} from '../../src/cli/relative-paths.js'
import {runCli} from '../helpers/run-cli.js'

describe('relativeToCwd', () => {
  it.each([
    {message: '/home/a/site/missing.txt: no such file', expected: 'missing.txt: no such file'},
    {message: "cannot open /home/a/site/out/x.tmx: no such file or directory", expected: 'cannot open out/x.tmx: no such file or directory'},
    {message: 'the pattern "/home/a/site/docs/*.md" is odd', expected: 'the pattern "docs/*.md" is odd'},
    {message: '/home/a/other/x.txt: no such file', expected: '/home/a/other/x.txt: no such file'},
    {message: '/srv/home/a/site/x.txt: no such file', expected: '/srv/home/a/site/x.txt: no such file'},
    {message: '--since-git: /home/a/site is a shallow clone', expected: '--since-git: /home/a/site is a shallow clone'}
  ] as const)('shows $message as $expected in /home/a/site', ({message, expected}) => {
    expect(relativeToCwd(message, '/home/a/site')).toBe(expected)
  })

  it('leaves every path as it is when the working folder is the root', () => {
    expect(relativeToCwd('/etc/x.txt: no such file', '/')).toBe('/etc/x.txt: no such file')
  })
})

describe('bitext names a file the user gave relative to the working folder, as the README prints it', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'bitext-relative-'))
  for (const file of ['tr.txt', 'en.txt']) copyFileSync(path.join('fixtures/iskur-international-relations', file), path.join(folder, file))
  writeFileSync(path.join(folder, 'notes'), 'a file where -o wants a folder\n')
  writeFileSync(path.join(folder, 'bad.json'), '{"pairs": ["docs/{lang}/*.md"], "glosary": "g.csv"}')
  writeFileSync(path.join(folder, 'job.xlf'), '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="tr.txt" source-language="tr" target-language="en" datatype="plaintext"><body></body></file></xliff>\n')

  it.each([
    {args: ['align', 'missing.txt', 'en.txt'], stderr: 'bitext: missing.txt: no such file; check the path\n'},
    {args: ['tm', 'build', 'missing.txt', 'en.txt', '--tm', 'tm.sqlite'], stderr: 'bitext: missing.txt: no such file; check the path\n'},
    {args: ['check', 'tr.txt', 'en.txt', '--lexicon', 'terms.tsv'], stderr: 'bitext: terms.tsv: cannot read the lexicon file; check the path\n'},
    {args: ['check', '--config', 'bad.json'], stderr: 'bitext: bad.json: unknown key "glosary"; did you mean "glossary"?\n'},
    {args: ['report', '--json', 'report.json'], stderr: 'bitext: cannot read report.json\n'},
    // `report -o` creates missing folders; a file standing where one should be is named.
    {args: ['report', 'tr.txt', 'en.txt', '-o', 'notes/report.html'], stderr: 'bitext: cannot create the folder notes: a part of the path is not a directory\n'},
    {args: ['job', 'tr.txt', 'en.txt', '-o', 'missing/job.xlf'], stderr: 'bitext: cannot open missing/job.xlf: no such file or directory\n'},
    // Nothing translated: the target is copied as it is, and the copy names the missing folder, not the target.
    {args: ['apply', 'job.xlf', '--to', 'en.txt', '-o', 'missing/en.txt'], stderr: 'bitext: cannot open missing/en.txt: no such file or directory\n'}
  ])('bitext $args', async ({args, stderr}) => {
    expect(await runCli(args, {cwd: folder})).toStrictEqual({code: 2, stdout: '', stderr})
  })
})
