import {readFileSync} from 'node:fs'
import {data} from 'franc/data.js'
import {expressions} from 'franc/expressions.js'
import {describe, expect, it} from 'vitest'

// rank-languages.ts reads two files franc does not document (franc/data.js, franc/expressions.js),
// so package.json pins franc to ~6.2.0 and these tests fail if an update changes what it reads.
describe('the franc files rankLanguages reads', () => {
  it('come from franc 6.2, the version package.json pins', () => {
    const installed = JSON.parse(readFileSync('node_modules/franc/package.json', 'utf8')) as {version: string}
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {dependencies: Record<string, string>}
    expect(installed.version).toMatch(/^6\.2\.\d+$/)
    expect(manifest.dependencies['franc']).toBe('~6.2.0')
  })

  it('hold trigram models by script, then language: 300 trigrams joined by |', () => {
    expect(Object.keys(data)).toStrictEqual(['Latin', 'Cyrillic', 'Arabic', 'Devanagari', 'Myanmar', 'Ethiopic', 'Hebrew'])
    for (const languages of Object.values(data)) {
      for (const model of Object.values(languages)) expect(model.split('|')).toHaveLength(300)
    }
    expect(data['Latin']?.['tur']?.split('|')).toContain('lar')
    expect(data['Latin']?.['eng']?.split('|')).toContain('the')
  })

  it('hold one global expression per script or single-script language', () => {
    for (const expression of Object.values(expressions)) expect(expression.flags).toBe('g')
    expect(Object.keys(expressions)).toEqual(expect.arrayContaining(['Latin', 'Cyrillic', 'cmn', 'jpn']))
    const latin = expressions['Latin'] ?? /$^/g
    expect('şж'.match(latin)).toStrictEqual(['ş'])
  })
})
