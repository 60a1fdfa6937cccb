import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {openTranslationMemory} from '../../src/memory/open-memory.js'

const built = path.resolve('dist/cli.js')
const xliff = path.resolve('test/fixtures-xliff/symfony-states.xlf')

function bitext(args: string[], cwd: string) {
  const result = spawnSync('node', [built, ...args], {cwd, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('the built CLI and the files of a translation memory', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'bitext-tm-files-'))
  bitext(['tm', 'import', xliff, '--tm', 'tm.sqlite'], folder)

  it('refuses an SQLite file of another application without writing to it', async () => {
    const Database = (await import('better-sqlite3')).default
    const foreign = path.join(folder, 'notes.sqlite')
    const db = new Database(foreign)
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'keep me\')')
    db.close()
    const before = digest(foreign)
    for (const args of [['tm', 'lookup', 'Save', '--tm', 'notes.sqlite'], ['tm', 'import', xliff, '--tm', 'notes.sqlite']]) {
      expect(bitext(args, folder)).toStrictEqual({
        code: 2,
        stdout: '',
        stderr: `bitext: notes.sqlite: an SQLite file of another application (tables: notes), not a bitext translation memory; it was left untouched\n`
      })
    }
    expect(digest(foreign)).toBe(before)
  })

  it('builds a unit a line from line-aligned files with tm build --input-format lines, which the text reader takes for one paragraph', () => {
    const english = ['Welcome to the employment agency', 'The office opens at 9:00 on weekdays', 'Applications for the 2024 programme are free']
    const turkish = ['İstihdam kurumuna hoş geldiniz', 'Ofis hafta içi 9:00’da açılır', '2024 programına başvurular ücretsizdir']
    writeFileSync(path.join(folder, 'en.txt'), english.join('\n') + '\n')
    writeFileSync(path.join(folder, 'tr.txt'), turkish.join('\n') + '\n')
    const units = (format: string) => {
      const tm = `lines-${format}.sqlite`
      expect(bitext(['tm', 'build', 'tr.txt', 'en.txt', '--input-format', format, '--source-lang', 'tr', '--target-lang', 'en', '--tm', tm], folder).code).toBe(0)
      return bitext(['tm', 'export', '--format', 'tsv', '--tm', tm], folder).stdout.trim().split('\n').slice(1)
    }
    expect(units('lines')).toStrictEqual(turkish.map((line, index) => `tr\ten\t${line}\t${english[index]}`))
    expect(units('auto')).toStrictEqual([`tr\ten\t${turkish.join(' ')}\t${english.join(' ')}`])
  })

  it('builds a unit a line from files of one sentence a line with one line left in the source language, leaving out only that line', () => {
    const cities = ['Ankara', 'İzmir', 'Bursa', 'Adana', 'Konya', 'Antalya', 'Kayseri', 'Mersin', 'Samsun', 'Trabzon', 'Erzurum', 'Malatya', 'Denizli', 'Sivas', 'Edirne', 'Rize']
    const turkish = cities.map((city) => `Kurum ${city} ofisinde yeni bir danışmanlık hizmeti başlattı ve bunu duyurdu.`)
    const english = cities.map((city, index) => (index === 8 ? 'Kurum bu ofiste çalışan danışmanların sayısını da gelecek yıl iki katına çıkaracak.' : `The agency started a new advice service at its ${city} office and announced it.`))
    writeFileSync(path.join(folder, 'cities-tr.txt'), turkish.join('\n') + '\n')
    writeFileSync(path.join(folder, 'cities-en.txt'), english.join('\n') + '\n')
    // Languages named: the English side's Turkish city names and sentence tip its whole-text detection to Turkish.
    const languages = ['--source-lang', 'tr', '--target-lang', 'en']
    expect(bitext(['check', 'cities-tr.txt', 'cities-en.txt', ...languages], folder).stdout).toContain('9:1-9:84  warning  Sentence is written in tr, the language of the other side, not in en')
    expect(bitext(['tm', 'build', 'cities-tr.txt', 'cities-en.txt', ...languages, '--tm', 'cities.sqlite'], folder).code).toBe(0)
    const units = bitext(['tm', 'export', '--format', 'tsv', '--tm', 'cities.sqlite'], folder).stdout.trim().split('\n').slice(1)
    expect(units).toStrictEqual(turkish.flatMap((line, index) => (index === 8 ? [] : [`tr\ten\t${line}\t${english[index]}`])))
  })

  it('ranks every unit of the pair with tm lookup --min 0, however unlike the query, as its help says', () => {
    const lookup = (min: string[]) => bitext(['tm', 'lookup', 'Nothing alike at all', '--tm', 'tm.sqlite', '--format', 'json', '--limit', '10', ...min], folder)
    expect(JSON.parse(lookup([]).stdout)).toStrictEqual([])
    const all = JSON.parse(lookup(['--min', '0']).stdout) as Array<{score: number}>
    expect(all).toHaveLength(4)
    expect(all.map((match) => match.score)).toStrictEqual(all.map((match) => match.score).sort((a, b) => b - a))
  })

  it('serves lookups, stats and export from a memory opened read-only, and leaves the file as it was', async () => {
    const copy = path.join(folder, 'copy.sqlite')
    copyFileSync(path.join(folder, 'tm.sqlite'), copy)
    const before = digest(copy)
    expect(bitext(['tm', 'lookup', 'Save', '--tm', 'copy.sqlite', '--format', 'json'], folder).code).toBe(0)
    expect(bitext(['tm', 'stats', '--tm', 'copy.sqlite'], folder).code).toBe(0)
    expect(bitext(['tm', 'export', '--tm', 'copy.sqlite', '-o', 'out.tmx'], folder).code).toBe(0)
    expect(digest(copy)).toBe(before)
    const memory = await openTranslationMemory(copy, {readOnly: true})
    await expect(memory.add([{source: 'Yeni', target: 'New', sourceLang: 'tr', targetLang: 'en'}])).rejects.toThrow(/readonly/)
    await memory.close()
  })

  it('says in one line that an output folder does not exist, exit 2', () => {
    expect(bitext(['tm', 'export', '--tm', 'tm.sqlite', '-o', 'missing/out.tmx'], folder)).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'bitext: cannot open missing/out.tmx: no such file or directory\n'
    })
  })
})
