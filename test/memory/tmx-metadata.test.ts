import {describe, expect, it} from 'vitest'
import {readTmx} from '../../src/memory/tmx-read.js'
import {toTmx} from '../../src/memory/tmx-write.js'
import type {TranslationUnit} from '../../src/memory/types.js'
import {canValidate, dtdErrors} from './xmllint.js'

/** Hand-made, after the conventions of Trados Studio (tu attributes, `x-` props) and OmegaT (notes, tuv change ids). */
const translated = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en-US" creationtool="SDL Language Platform" creationtoolversion="8.1" segtype="sentence" o-tmf="SDL TM8 Format" adminlang="en-US" datatype="xml"/>
<body>
<tu tuid="42" creationdate="20230105T101500Z" creationid="ACME\\ayse" changedate="20230210T083000Z" changeid="ACME\\mehmet" usagecount="3" lastusagedate="20240101T000000Z">
  <prop type="x-Client">Acme &amp; Co</prop>
  <note>Checked by the reviewer</note>
  <tuv xml:lang="en-US" creationid="ayse"><prop type="x-Context">menu</prop><seg>Save the file</seg></tuv>
  <tuv xml:lang="tr-TR" changeid="mehmet" changedate="20230210T083000Z"><note>imperative</note><seg>Dosyayı kaydedin</seg></tuv>
</tu>
</body></tmx>`

async function readAll(xml: string): Promise<TranslationUnit[]> {
  const units: TranslationUnit[] = []
  for await (const batch of readTmx([xml])) units.push(...batch)
  return units
}

describe('TMX metadata', () => {
  it('keeps tuid, dates, ids, usage count, props and notes of the tu and of each tuv', async () => {
    const [unit] = await readAll(translated)
    expect(unit?.created).toBe('2023-01-05T10:15:00Z')
    expect(unit?.tmx).toStrictEqual({
      unit: {
        attributes: {tuid: '42', creationid: 'ACME\\ayse', changedate: '20230210T083000Z', changeid: 'ACME\\mehmet', usagecount: '3', lastusagedate: '20240101T000000Z'},
        annotations: [
          {element: 'prop', attributes: {type: 'x-Client'}, text: 'Acme & Co'},
          {element: 'note', attributes: {}, text: 'Checked by the reviewer'}
        ]
      },
      source: {attributes: {creationid: 'ayse'}, annotations: [{element: 'prop', attributes: {type: 'x-Context'}, text: 'menu'}]},
      target: {attributes: {changeid: 'mehmet', changedate: '20230210T083000Z'}, annotations: [{element: 'note', attributes: {}, text: 'imperative'}]}
    })
  })

  it('writes them back so that a second import reads the same unit', async () => {
    const [unit] = await readAll(translated)
    const written = toTmx([unit as TranslationUnit])
    expect(written).toContain('<tu srclang="en-US" creationdate="20230105T101500Z" tuid="42" creationid="ACME\\ayse" changedate="20230210T083000Z"')
    expect(written).toContain('  <prop type="x-Client">Acme &amp; Co</prop>\n  <note>Checked by the reviewer</note>\n')
    expect(written).toContain('<tuv xml:lang="tr-TR" changeid="mehmet" changedate="20230210T083000Z">\n    <note>imperative</note>\n    <seg>Dosyayı kaydedin</seg></tuv>')
    expect(await readAll(written)).toStrictEqual([unit])
  })

  it.skipIf(!canValidate)('writes them valid against the TMX 1.4 DTD (xmllint)', async () => {
    expect(dtdErrors(toTmx(await readAll(translated)))).toBe('')
  })
})
