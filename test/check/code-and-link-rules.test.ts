import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {codeLines, lineKey} from '../../src/check/code-key.js'
import {localisedUrl} from '../../src/text/localised-url.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {buildAlignment, oneToOne} from './helpers/build-alignment.js'

/** Two Markdown texts of the same number of blocks, aligned 1-1 and checked; findings of `rules` only. */
function checkMarkdown(tr: string, en: string, rules: readonly string[] = ['code-mismatch', 'link-mismatch', 'number-mismatch']) {
  const source = parseDocument(tr, {format: 'markdown', lang: 'tr'})
  const target = parseDocument(en, {format: 'markdown', lang: 'en'})
  const findings = check(buildAlignment(source, target, oneToOne(Math.min(source.blocks.length, target.blocks.length))))
  return findings
    .filter((finding) => rules.includes(finding.ruleId))
    .map((finding) => ({rule: finding.ruleId, severity: finding.severity, message: finding.reason, evidence: finding.evidence}))
}

describe('code-mismatch', () => {
  it('reports a changed include path once, and the digits in it are no numbers', () => {
    expect(checkMarkdown('{* ../../docs_src/first_steps/tutorial001.py hl[3] *}', '{* ../../docs_src/first_steps/tutorial001_py39.py hl[3] *}')).toStrictEqual([
      {
        rule: 'code-mismatch',
        severity: 'warning',
        message: 'Code differs: source has `{* ../../docs_src/first_steps/tutorial001.py hl[3] *}`, target has `{* ../../docs_src/first_steps/tutorial001_py39.py hl[3] *}`',
        evidence: {source: ['{* ../../docs_src/first_steps/tutorial001.py hl[3] *}'], target: ['{* ../../docs_src/first_steps/tutorial001_py39.py hl[3] *}']}
      }
    ])
  })

  it('reports changed inline code in a translated sentence', () => {
    expect(checkMarkdown('Sunucuyu (`uvicorn main:app --reload` gibi) çalıştırdık.', 'Run the server using the command `fastapi dev`.')).toStrictEqual([
      {
        rule: 'code-mismatch',
        severity: 'warning',
        message: 'Code differs: source has `uvicorn main:app --reload`, target has `fastapi dev`',
        evidence: {source: ['uvicorn main:app --reload'], target: ['fastapi dev']}
      }
    ])
  })

  it('reports a changed shell command in a code block', () => {
    const tr = '```console\n> set DEBUG=express:* & node index.js\n```'
    const en = "```console\n> $env:DEBUG = 'express:*'; node index.js\n```"
    expect(checkMarkdown(tr, en)).toStrictEqual([
      {
        rule: 'code-mismatch',
        severity: 'warning',
        message: "Code differs: source has `> set DEBUG=express:* & node index.js`, target has `> $env:DEBUG = 'express:*'; node index.js`",
        evidence: {source: ['> set DEBUG=express:* & node index.js'], target: ["> $env:DEBUG = 'express:*'; node index.js"]}
      }
    ])
  })

  it.each([
    {
      case: 'translated comments',
      tr: "```js\napp.set('trust proxy', 'loopback') // tek bir alt ağ tanımla\n# yorum\n```",
      en: "```js\napp.set('trust proxy', 'loopback') // specify a single subnet\n# comment\n```"
    },
    {case: 'a translated prose string', tr: "```js\nres.send('Merhaba Dünya!')\n```", en: "```js\nres.send('Hello World!')\n```"},
    {case: 'the same code in another layout', tr: '```\nnode   index.js\n\n```', en: '```\nnode index.js\n```'},
    {case: 'reformatted code', tr: "```js\nconst a = { size: 'big', };\nf(1, '2')\n```", en: '```js\nconst a = {size: "big"}\nf(1, "2");\n```'},
    {case: 'localised text in an example', tr: '```jsx\n<input placeholder="Ara..." />\nreturn <h2>Yükleniyor...</h2>;\n```', en: '```jsx\n<input placeholder="Search..." />\nreturn <h2>Loading...</h2>;\n```'},
    {case: 'a translated UI label in backticks', tr: '`Ayarlar` menüsünü açın.', en: 'Open the `Settings` menu.'},
    {case: 'inline code only the target writes', tr: 'Sunucuyu başlatın.', en: 'Start the server with `npm start`.'},
    {case: 'equal inline code with a Turkish suffix', tr: "`limit=10`'dur.", en: 'It is `limit=10`.'},
    {
      case: 'JSX text translated around an inline element',
      tr: 'Sonuç yoksa:\n\n```js\nreturn <p><i>"{query}" için bir sonuç bulunamadı</i></p>;\n```',
      en: 'When nothing matches:\n\n```js\nreturn <p>No matches for <i>"{query}"</i></p>;\n```'
    }
  ])('finds nothing for $case', ({tr, en}) => {
    expect(checkMarkdown(tr, en)).toStrictEqual([])
  })

  it('reads code as lines without comments, with text strings masked and data strings kept', () => {
    expect(codeLines("app.set('trust proxy', 'loopback, linklocal') // yorum\n/* blok\nyorum */ x = 1 # not\n#!/bin/sh\nres.send('Merhaba Dünya!')")).toStrictEqual([
      'app.set("…", "…")',
      'x = 1',
      '#!/bin/sh',
      'res.send("…")'
    ])
  })
})

describe('codeLines: translated text inside code', () => {
  it('masks JSX text over several lines, a label ending in a colon and prose template literals with numbers', () => {
    const code = [
      '<button onClick={() => setShow(true)}>',
      '  Open The Beatles artist page',
      '</button>',
      '<label>Search albums:</label>',
      'return `The Beatles were an English rock band, formed in Liverpool in 1960,`;'
    ].join('\n')
    expect(codeLines(code)).toStrictEqual(['<button onClick={() => setShow(true)}>…</button>', '<label>…</label>', 'return "…";'])
  })

  it('still tells a changed expression inside translated JSX text', () => {
    const tr = codeLines('return <p><i>"{query}" için bir sonuç bulunamadı</i></p>;').map(lineKey)
    const en = codeLines('return <p>No matches for <i>"{search}"</i></p>;').map(lineKey)
    expect(tr).toStrictEqual(['</i> </p> <i> <p> return {query}'])
    expect(en).toStrictEqual(['</i> </p> <i> <p> return {search}'])
  })

  it('keeps values that are data: versions, addresses, interpolations', () => {
    expect(codeLines("use('v2')\nlisten('127.0.0.1')\nlog(`${name} is ${age}`)")).toStrictEqual(["use('v2')", "listen('127.0.0.1')", 'log(`${name} is ${age}`)'])
  })
})

describe('link-mismatch', () => {
  it('reports a changed link target with both addresses as written', () => {
    const tr = 'Lisans [burada](https://github.com/microsoft/MS-DOS/blob/master/LICENSE.md).'
    const en = 'The licence is [here](https://github.com/microsoft/MS-DOS/blob/main/LICENSE).'
    expect(checkMarkdown(tr, en)).toStrictEqual([
      {
        rule: 'link-mismatch',
        severity: 'warning',
        message: 'Link targets differ: source has https://github.com/microsoft/MS-DOS/blob/master/LICENSE.md, target has https://github.com/microsoft/MS-DOS/blob/main/LICENSE',
        evidence: {source: ['https://github.com/microsoft/MS-DOS/blob/master/LICENSE.md'], target: ['https://github.com/microsoft/MS-DOS/blob/main/LICENSE']}
      }
    ])
  })

  it('reports a changed page behind a template variable, and a changed image source', () => {
    expect(checkMarkdown('[Sonraki](/{{ page.lang }}/starter/faq.html)', '[Next](/{{ page.lang }}/starter/examples.html)').map((finding) => finding.message)).toStrictEqual([
      'Link targets differ: source has /{{ page.lang }}/starter/faq.html, target has /{{ page.lang }}/starter/examples.html'
    ])
    expect(checkMarkdown('Logo: ![logo](a/msdos-logo.png)', 'Logo: ![logo](b/msdos-logo.png)').map((finding) => finding.message)).toStrictEqual([
      'Link targets differ: source has a/msdos-logo.png, target has b/msdos-logo.png'
    ])
  })

  it.each([
    {case: 'language path segments', tr: '[Belgeler](https://example.org/tr/docs/)', en: '[Docs](https://example.org/en/docs)'},
    {case: 'language subdomains', tr: '[Madde](https://tr.wikipedia.org/wiki/Ankara)', en: '[Article](https://en.wikipedia.org/wiki/Ankara)'},
    {case: 'language query values', tr: '[Yardım](https://support.google.com/a?hl=tr)', en: '[Help](https://support.google.com/a)'},
    {case: 'template variables', tr: '[API](/{{ page.lang }}/api.html)', en: '[API](/en/api.html)'},
    {case: 'translated heading anchors', tr: '[Kurulum](#kurulum)', en: '[Installation](#installation)'},
    {case: 'localised file names', tr: '[Nasıl](HOWTO-tr.md)', en: '[How](HOWTO.md)'},
    {case: 'a link only one side has', tr: 'Ayrıntılar belgede.', en: 'See [the docs](https://example.org/docs).'},
    {case: 'a reference link and an inline link to one address', tr: '[Belge][d]\n\n[d]: https://example.org/x', en: '[Docs](https://example.org/x)'}
  ])('finds nothing for $case', ({tr, en}) => {
    expect(checkMarkdown(tr, en)).toStrictEqual([])
  })

  it('gives localised addresses one form', () => {
    expect(
      ['https://tr.example.org/tr/docs/?hl=tr#giris', 'http://www.example.org/en-US/docs?hl=en', '/{{ page.lang }}/x.html', '#giris'].map((url) => localisedUrl(url, ['tr', 'en']))
    ).toStrictEqual(['example.org/docs', 'example.org/docs', '/x.html', ''])
  })
})
