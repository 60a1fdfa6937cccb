import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readGlossaryFile} from '../../src/check/config-options.js'
import {InputError} from '../../src/input-error.js'

const folder = mkdtempSync(join(tmpdir(), 'bitext-glossary-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** A TBX declaring `encoding`, its text encoded as Windows-1254 bytes (ş = 0xFE, ı = 0xFD, İ = 0xDD, Ş = 0xDE). */
function singleByteTbx(name: string, encoding: string): string {
  const head = `<?xml version="1.0" encoding="${encoding}"?><tbx><conceptEntry><langSec xml:lang="tr"><termSec><term>`
  const tail = '</term></termSec></langSec><langSec xml:lang="en"><termSec><term>agency</term></termSec></langSec></conceptEntry></tbx>'
  // 'İŞKUR kuruluşı' in Windows-1254
  const term = [0xdd, 0xde, 0x4b, 0x55, 0x52, 0x20, 0x6b, 0x75, 0x72, 0x75, 0x6c, 0x75, 0xfe, 0xfd]
  const file = join(folder, name)
  writeFileSync(file, Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(term), Buffer.from(tail, 'latin1')]))
  return file
}

describe('readGlossaryFile', () => {
  it('decodes a TBX declared windows-1254 or ISO-8859-9, never as UTF-8 with U+FFFD', async () => {
    for (const encoding of ['windows-1254', 'ISO-8859-9']) {
      const entries = await readGlossaryFile(singleByteTbx(`terms-${encoding}.tbx`, encoding))
      expect(entries[0]).toStrictEqual({source: 'İŞKUR kuruluşı', target: ['agency'], sourceLang: 'tr', targetLang: 'en'})
    }
  })

  it('refuses a TBX declaring an encoding it does not know, with an InputError', async () => {
    await expect(readGlossaryFile(singleByteTbx('terms-unknown.tbx', 'x-klingon'))).rejects.toBeInstanceOf(InputError)
  })
})
