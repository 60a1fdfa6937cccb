import {describe, expect, it} from 'vitest'
import {asciiDigits} from '../../src/text/ascii-digits.js'

describe('asciiDigits', () => {
  it.each([
    ['２０１８', '2018'],
    ['٢٥', '25'],
    ['۱۳۹۷', '1397'],
    ['१२', '12'],
    ['๓๐', '30'],
    ['𝟎𝟗', '09']
  ])('writes %s as %s', (written, ascii) => {
    expect(asciiDigits(written)).toBe(ascii)
  })

  it('writes the Arabic decimal and thousands separators as a point and a comma', () => {
    expect(asciiDigits('١٬٢٣٤٫٥')).toBe('1,234.5')
  })

  it('returns ASCII text itself and leaves other characters as they are', () => {
    const ascii = '1,250.5'
    expect(asciiDigits(ascii)).toBe(ascii)
    expect(asciiDigits('٢٥ kg')).toBe('25 kg')
  })
})
