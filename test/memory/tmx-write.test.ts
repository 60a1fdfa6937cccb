import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {toTmx, writeTmx} from '../../src/memory/tmx-write.js'
import type {TranslationUnit} from '../../src/memory/types.js'
import {canValidate, dtd, dtdErrors} from './xmllint.js'

const created = new Date('2026-01-02T03:04:05.678Z')
const unit: TranslationUnit = {
  source: 'A & B <c> "d"',
  target: 'İŞKUR’un \uE000kalın\uE001 metni',
  sourceLang: 'en-GB',
  targetLang: 'tr-TR',
  created: '2025-05-01T12:00:00Z',
  score: 0.9,
  origin: {source: {file: 'en.md', block: 1, line: 3, section: 'Intro'}, target: {block: 2, line: 4}},
  targetTags: ['<bpt i="1">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>']
}

describe('toTmx', () => {
  it('writes the header, a unit with its props and inline tags back in place', () => {
    expect(toTmx([unit], {created})).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
<header creationtool="bitext" creationtoolversion="0.1.0" segtype="sentence" o-tmf="bitext" adminlang="en" srclang="en-GB" datatype="plaintext" creationdate="20260102T030405Z"/>
<body>
<tu srclang="en-GB" creationdate="20250501T120000Z">
  <prop type="x-score">0.9</prop>
  <prop type="x-source-block">1</prop>
  <prop type="x-source-line">3</prop>
  <prop type="x-source-file">en.md</prop>
  <prop type="x-source-section">Intro</prop>
  <prop type="x-target-block">2</prop>
  <prop type="x-target-line">4</prop>
  <tuv xml:lang="en-GB"><seg>A &amp; B &lt;c&gt; "d"</seg></tuv>
  <tuv xml:lang="tr-TR"><seg>İŞKUR’un <bpt i="1">&lt;b&gt;</bpt>kalın<ept i="1">&lt;/b&gt;</ept> metni</seg></tuv>
</tu>
</body>
</tmx>
`
    )
  })

  it('trims segments, writes NFC, escapes carriage returns and replaces characters XML forbids', () => {
    const xml = toTmx([{source: ' e\u0301\r\u0001 ', target: 'x', sourceLang: 'fr', targetLang: 'en'}], {created})
    expect(xml).toContain('<tuv xml:lang="fr"><seg>é&#13;\uFFFD</seg></tuv>')
  })

  it('writes srclang *all* for an empty memory', () => {
    expect(toTmx([], {created})).toContain('srclang="*all*"')
  })

  it('has the TMX 1.4 DTD to validate against in the repository, whatever is installed beside it', () => {
    expect(readFileSync(dtd, 'utf8')).toMatch(/<!ATTLIST tmx\s+version\s+CDATA\s+#FIXED "1\.4"/)
  })

  it.skipIf(!canValidate)('is valid against the TMX 1.4 DTD (xmllint)', () => {
    expect(dtdErrors(toTmx([unit], {created}).replace(' srclang="en-GB" datatype', ' datatype'))).toContain('srclang')
    expect(dtdErrors(toTmx([unit, {source: 'Plain', target: 'Düz', sourceLang: 'en', targetLang: 'tr'}], {created}))).toBe('')
    expect(dtdErrors(toTmx([], {created}))).toBe('')
  })
})

describe('writeTmx', () => {
  it('streams the same document as toTmx, one chunk per batch', async () => {
    const chunks: string[] = []
    for await (const chunk of writeTmx([[unit], [], [unit]], {created})) chunks.push(chunk)
    expect(chunks.length).toBe(4)
    expect(chunks.join('')).toBe(toTmx([unit, unit], {created}))
  })

  it('writes an empty body when there are no units', async () => {
    const chunks: string[] = []
    for await (const chunk of writeTmx([], {created, srcLang: 'tr'})) chunks.push(chunk)
    expect(chunks.join('')).toBe(toTmx([], {created, srcLang: 'tr'}))
  })
})
