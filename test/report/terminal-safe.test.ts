import {describe, expect, it} from 'vitest'
import {terminalSafe} from '../../src/report/terminal-safe.js'

describe('terminalSafe', () => {
  it.each([
    {text: 'Clear \u001B[2J the screen', expected: 'Clear \\u{1b}[2J the screen'},
    {text: 'line\n::error::forged', expected: 'line\\u{a}::error::forged'},
    {text: 'carriage\rreturn', expected: 'carriage\\u{d}return'},
    {text: 'C1 \u009B31m', expected: 'C1 \\u{9b}31m'},
    {text: 'trojan \u202Esource\u2066', expected: 'trojan \\u{202e}source\\u{2066}'},
    {text: 'tab\tand Türkçe İ ı stay', expected: 'tab\tand Türkçe İ ı stay'}
  ] as const)('shows $text as $expected', ({text, expected}) => {
    expect(terminalSafe(text)).toBe(expected)
  })
})
