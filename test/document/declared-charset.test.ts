import {describe, expect, it} from 'vitest'
import {declaredCharset} from '../../src/document/declared-charset.js'

describe('declaredCharset', () => {
  const cases = [
    {input: '<html><head><meta charset="ISO-8859-9"></head>', expected: 'iso-8859-9'},
    {input: "<meta charset='windows-1254'>", expected: 'windows-1254'},
    {input: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1254">', expected: 'windows-1254'},
    {input: '<?xml version="1.0" encoding="ISO-8859-9"?><root/>', expected: 'iso-8859-9'},
    {input: '<p>No declaration here.</p>', expected: undefined},
    {input: '', expected: undefined}
  ] as const

  it.each(cases)('reads $expected from $input', ({input, expected}) => {
    expect(declaredCharset(new TextEncoder().encode(input))).toBe(expected)
  })
})
