import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {buildAlignment, oneToOne} from './helpers/build-alignment.js'

/** Two HTML pages of the same number of blocks, aligned 1-1 and checked; findings of `code-mismatch` and `link-mismatch` only. */
function checkHtml(tr: string, en: string) {
  const source = parseDocument(`<html lang="tr"><body>${tr}</body></html>`, {format: 'html'})
  const target = parseDocument(`<html lang="en"><body>${en}</body></html>`, {format: 'html'})
  const findings = check(buildAlignment(source, target, oneToOne(Math.min(source.blocks.length, target.blocks.length))))
  return findings
    .filter((finding) => finding.ruleId === 'code-mismatch' || finding.ruleId === 'link-mismatch')
    .map((finding) => ({rule: finding.ruleId, message: finding.reason, evidence: finding.evidence}))
}

// Written for these tests: a short agency page and its translation.
const heading = {tr: '<h1>Başvuru</h1>', en: '<h1>Application</h1>'}

describe('link-mismatch and code-mismatch on HTML pages', () => {
  it('reports a link whose target changed', () => {
    const tr = `${heading.tr}<p>Formu <a href="https://example.org/forms/2023/basvuru.pdf">buradan</a> indirin.</p>`
    const en = `${heading.en}<p>Download the form <a href="https://example.org/forms/2024/application.pdf">here</a>.</p>`
    expect(checkHtml(tr, en)).toStrictEqual([
      {
        rule: 'link-mismatch',
        message: 'Link targets differ: source has https://example.org/forms/2023/basvuru.pdf, target has https://example.org/forms/2024/application.pdf',
        evidence: {source: ['https://example.org/forms/2023/basvuru.pdf'], target: ['https://example.org/forms/2024/application.pdf']}
      }
    ])
  })

  it('reports an image whose source changed, in loose text of a div', () => {
    const tr = `${heading.tr}<div>Afiş: <img src="/img/afis-2023.png" alt="Afiş"></div>`
    const en = `${heading.en}<div>Poster: <img src="/img/poster-2024.png" alt="Poster"></div>`
    expect(checkHtml(tr, en).map((finding) => finding.message)).toStrictEqual([
      'Link targets differ: source has /img/afis-2023.png, target has /img/poster-2024.png'
    ])
  })

  it('finds nothing for links localised by language path segment and subdomain', () => {
    const tr = `${heading.tr}<p><a href="https://example.org/tr/duyurular/">Duyurular</a> ve <a href="https://tr.example.org/sss">SSS</a>.</p>`
    const en = `${heading.en}<p><a href="https://example.org/en/duyurular">News</a> and <a href="https://en.example.org/sss">FAQ</a>.</p>`
    expect(checkHtml(tr, en)).toStrictEqual([])
  })

  it('reports <code> that differs', () => {
    const tr = `${heading.tr}<p>Kurmak için <code>npm ci --omit=dev</code> komutunu çalıştırın.</p>`
    const en = `${heading.en}<p>To install, run <code>npm install</code>.</p>`
    expect(checkHtml(tr, en)).toStrictEqual([
      {
        rule: 'code-mismatch',
        message: 'Code differs: source has `npm ci --omit=dev`, target has `npm install`',
        evidence: {source: ['npm ci --omit=dev'], target: ['npm install']}
      }
    ])
  })

  it('reports a changed keyboard shortcut in <kbd> inside a list item', () => {
    const tr = `${heading.tr}<ul><li>Kaydetmek için <kbd>Ctrl+S</kbd> tuşlarına basın.</li></ul>`
    const en = `${heading.en}<ul><li>Press <kbd>Ctrl+Shift+S</kbd> to save.</li></ul>`
    expect(checkHtml(tr, en).map((finding) => finding.message)).toStrictEqual(['Code differs: source has `Ctrl+S`, target has `Ctrl+Shift+S`'])
  })

  it('finds nothing for the same code and the same template tag, however they are spaced', () => {
    const tr = `${heading.tr}<p>Sürüm <code>v2.1.0</code> için {{ page.version }} sayfasına bakın: <samp>OK  200</samp></p>`
    const en = `${heading.en}<p>For release <code>v2.1.0</code> see the {{ page.version }} page: <samp>OK 200</samp></p>`
    expect(checkHtml(tr, en)).toStrictEqual([])
  })
})
