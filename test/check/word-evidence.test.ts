import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {pairLanguages} from '../../src/check/pair-languages.js'
import {isTitle, ledByName, readsAs} from '../../src/check/reads-as.js'
import {weighWords} from '../../src/check/word-evidence.js'
import {buildAlignment, buildDocument, oneToOne} from './helpers/build-alignment.js'

const langs = ['tr', 'en'] as const

describe('weighWords', () => {
  it.each([
    {text: 'Add the following to a file starship.lua', votes: {tr: 0, en: 3}},
    {text: "Kritik authentication ve key flow'lar için threat modeling kullanın.", votes: {tr: 4, en: 0}},
    {text: '{* ../../docs_src/query_params/tutorial001_py310.py hl[9] *}', votes: {tr: 0, en: 0}},
    {text: '{% include note.html content="for the text" %} and {{ page.lang }}', votes: {tr: 0, en: 1}},
    {text: 'A04:2021 – Insecure Design {: style="height:80px" align="right"}', votes: {tr: 0, en: 0}},
    {text: "PR'lerin, ABD'nin, it's", votes: {tr: 2, en: 1}}
  ] as const)('counts the votes of $text', ({text, votes}) => {
    expect(weighWords(text, langs).votes).toStrictEqual(votes)
  })
})

describe('readsAs, isTitle, ledByName', () => {
  it.each([
    {text: 'With Winget:', en: true, tr: false},
    {text: 'Homebrew ile:', en: false, tr: true},
    {text: 'So...', en: false, tr: false},
    {text: 'why not join our large, growing community.', en: true, tr: false},
    {text: 'Open the settings', en: true, tr: false},
    {text: 'Firefox sync', en: false, tr: false},
    {text: 'Bu makes this data flow explicit, but it requires a little more typing than that.', en: true, tr: false}
  ] as const)('reads $text as English: $en, as Turkish: $tr', ({text, en, tr}) => {
    expect([readsAs(text, 'en', 'tr'), readsAs(text, 'tr', 'en')]).toStrictEqual([en, tr])
  })

  it.each([
    {text: 'NIST – Guidelines on Minimum Standards for Developer Verification of Software', title: true, named: true},
    {text: 'CWE-579 J2EE Bad Practices: Non-serializable Object Stored in Session', title: true, named: true},
    {text: 'Secure Design', title: true, named: false},
    {text: 'PowerShell', title: true, named: true},
    {text: 'How-To at a glance', title: false, named: false},
    {text: 'With Winget:', title: false, named: false}
  ] as const)('takes $text for a title: $title, led by a name: $named', ({text, title, named}) => {
    expect([isTitle(text, langs), ledByName(text, langs)]).toStrictEqual([title, named])
  })

  it('never reads a text as both languages, and code, URLs and template tags never change the verdict', () => {
    const words = ['the', 'and', 'with', 've', 'için', 'bir', 'kullanın', 'settings', 'Design', 'OWASP', "flow'lar", 'access', 'is']
    const verbatim = ['`npm ci`', 'https://example.org/the/and', '{% if the %}', '{{ page.lang }}', '{* ../a_b.py *}', '~/.config/the.rc']
    const text = fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 10}).map((list) => list.join(' '))
    fc.assert(
      fc.property(text, fc.constantFrom(...verbatim), (value, extra) => {
        const both = readsAs(value, 'en', 'tr') && readsAs(value, 'tr', 'en')
        expect(both).toBe(false)
        expect(weighWords(`${value} ${extra}`, langs).votes).toStrictEqual(weighWords(value, langs).votes)
      })
    )
  })
})

describe('pairLanguages', () => {
  it('reads a half-translated page detected in the other language as the language of its translated part', () => {
    const source = buildDocument(
      [
        {text: 'Install the starship binary and add the init script to your shell.', lang: 'en'},
        {text: 'Add the following to the end of your configuration file.', lang: 'en'},
        {text: 'Terminalinizde bir Nerd Font yüklü ve etkin olmalı.', lang: 'tr'}
      ],
      {lang: 'en'}
    )
    const target = buildDocument(['Install the binary.', 'Add the following.', 'A Nerd Font installed.'], {lang: 'en'})
    expect(pairLanguages(buildAlignment(source, target, oneToOne(3)))).toStrictEqual(['tr', 'en'])
  })

  it('leaves two languages, or one language without a second, as detected', () => {
    const english = buildDocument(['Only English here, and nothing else.'], {lang: 'en'})
    const turkish = buildDocument(['Burada yalnızca Türkçe var.'], {lang: 'tr'})
    expect(pairLanguages(buildAlignment(turkish, english, oneToOne(1)))).toStrictEqual(['tr', 'en'])
    expect(pairLanguages(buildAlignment(english, english, oneToOne(1)))).toStrictEqual(['en', 'en'])
  })
})
