import {describe, expect, it} from 'vitest'
import {writesCase} from '../../src/text/cased-script.js'

describe('writesCase', () => {
  it.each(['tr', 'en-GB', 'ru', 'el', 'hy', 'sr_Latn'])('says %s is written with capital letters', (lang) => {
    expect(writesCase(lang)).toBe(true)
  })

  it.each(['zh', 'zh-Hant', 'ja', 'ar', 'he', 'th', 'hi', 'ka'])('says %s is written without them', (lang) => {
    expect(writesCase(lang)).toBe(false)
  })

  it('goes by an explicit script subtag before the language', () => {
    expect([writesCase('sr-Cyrl'), writesCase('az-Arab'), writesCase('uz-Latn')]).toStrictEqual([true, false, true])
  })

  it('takes und and a malformed tag as cased, Latin being the likeliest', () => {
    expect([writesCase('und'), writesCase('not a tag')]).toStrictEqual([true, true])
  })
})
