import {describe, expect, it} from 'vitest'
import {punctuationKeys} from '../../src/align/punctuation-keys.js'

describe('punctuationKeys', () => {
  it.each([
    {text: 'Why not join us?', lang: 'en', expected: ['p:?']},
    {text: 'Neden bize katılmıyorsunuz?', lang: 'tr', expected: ['p:?']},
    {text: 'لماذا لا تنضم إلينا؟', lang: 'ar', expected: ['p:?']},
    {text: '为什么不加入我们？', lang: 'zh', expected: ['p:?']},
    {text: 'Γιατί όχι;', lang: 'el', expected: ['p:?']},
    {text: 'Welcome! (For everyone.)', lang: 'en', expected: ['p:!', 'p:(']},
    {text: 'ようこそ！（みんなのために）', lang: 'ja', expected: ['p:!', 'p:(']}
  ] as const)('reads the marks of $text', ({text, lang, expected}) => {
    expect(punctuationKeys(text, lang)).toStrictEqual(expected)
  })

  it('counts quotations, not quotation marks, in every language’s marks', () => {
    const one = ['He said “yes”.', 'Er sagte „ja“.', 'Il a dit « oui ».', '他说“是”。', '彼は「はい」と言った。', 'He said "yes".']
    expect(one.map((text) => punctuationKeys(text, 'und'))).toStrictEqual(one.map(() => ['p:q']))
    expect(punctuationKeys('"A" and "B"', 'en')).toStrictEqual(['p:q', 'p:q'])
  })

  it('takes a colon that ends a clause, not one inside a time or an address', () => {
    expect(punctuationKeys('Examples: at 15:00, see https://example.org', 'en')).toStrictEqual(['p::'])
    expect(punctuationKeys('例如：', 'zh')).toStrictEqual(['p::'])
  })

  it('takes a semicolon for a question mark in Greek only', () => {
    expect(punctuationKeys('one; two', 'en')).toStrictEqual([])
    expect(punctuationKeys('Τι είναι αυτό;', 'el-GR')).toStrictEqual(['p:?'])
  })
})
