import {SaxesParser} from 'saxes'
import {describe, expect, it} from 'vitest'
import {escapeAttribute, escapeText} from '../../src/format/xml-escape.js'

/** What an XML parser reads back from `<e a="…">…</e>`. */
function readBack(xml: string): {attribute: string; text: string} {
  const parser = new SaxesParser()
  const found = {attribute: '', text: ''}
  parser.on('opentag', (tag) => (found.attribute = String(tag.attributes['a'])))
  parser.on('text', (text) => (found.text += text))
  parser.write(xml).close()
  return found
}

describe('the one XML escaper', () => {
  it('escapes markup characters in text and writes characters XML cannot carry as U+FFFD', () => {
    expect(escapeText(`a<b>&"c'\u0001`)).toBe(`a&lt;b&gt;&amp;"c'\uFFFD`)
  })

  it('escapes double quotes, tabs, newlines and carriage returns in attribute values', () => {
    expect(escapeAttribute('say "hi"\tthen\r\nleave')).toBe('say &quot;hi&quot;&#9;then&#13;&#10;leave')
  })

  it.each([
    {name: 'a carriage return', value: 'one\r\ntwo'},
    {name: 'tabs and newlines', value: 'a\tb\nc'},
    {name: 'markup characters', value: '<x a="1"> & \'y\''}
  ])('writes $name so that a parser reads back the same text, in content and in an attribute', ({value}) => {
    expect(readBack(`<e a="${escapeAttribute(value)}">${escapeText(value)}</e>`)).toStrictEqual({attribute: value, text: value})
  })
})
