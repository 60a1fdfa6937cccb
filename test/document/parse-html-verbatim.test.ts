import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/document/parse-document.js'
import {parseMarkdown} from '../../src/document/parse-markdown.js'

/** Kind, text, code and links of each block of an HTML fragment. */
function verbatim(html: string) {
  return parseDocument(html, {format: 'html', lang: 'en'}).blocks.map((block) => ({kind: block.kind, text: block.text, code: block.code, links: block.links}))
}

describe('the HTML reader keeps what must stay equal, as the Markdown reader does', () => {
  it('keeps <code>, <kbd> and <samp> text as it reads in the block, and template tags in text', () => {
    expect(verbatim('<p>Run <code>npm\n  ci</code>, press <kbd>Ctrl</kbd>, see <samp>OK</samp> on {{ site.url }}.</p>')).toStrictEqual([
      {kind: 'paragraph', text: 'Run npm ci, press Ctrl, see OK on {{ site.url }}.', code: ['npm ci', 'Ctrl', 'OK', '{{ site.url }}'], links: undefined}
    ])
  })

  it('takes a template tag inside <code> as part of the code, not as a tag of its own', () => {
    expect(verbatim('<p>Write <code>{% include note.html %}</code> here.</p>')[0]?.code).toStrictEqual(['{% include note.html %}'])
  })

  it('keeps href and src of any element in the block, in reading order, trimmed; empty ones are dropped', () => {
    expect(verbatim('<p><a href=" /en/a.html ">A</a> <img src="b.png" alt="B"> <a href="">C</a> <a name="x">D</a></p>')).toStrictEqual([
      {kind: 'paragraph', text: 'A C D', code: undefined, links: ['/en/a.html', 'b.png']}
    ])
  })

  it('gives loose text in a container its own code and links, apart from the blocks around it', () => {
    expect(verbatim('<div>Loose <a href="/x">x</a> <code>ls</code><p>Para <a href="/y">y</a></p>More <code>pwd</code></div>')).toStrictEqual([
      {kind: 'paragraph', text: 'Loose x ls', code: ['ls'], links: ['/x']},
      {kind: 'paragraph', text: 'Para y', code: undefined, links: ['/y']},
      {kind: 'paragraph', text: 'More pwd', code: ['pwd'], links: undefined}
    ])
  })

  it('leaves a nested list to its own list items, and keeps a pre block without code or links, as Markdown code blocks', () => {
    expect(verbatim('<ul><li>Outer <code>a</code><ul><li>Inner <a href="/in">in</a></li></ul></li></ul><pre><code>make <a href="/m">all</a></code></pre>')).toStrictEqual([
      {kind: 'list-item', text: 'Outer a', code: ['a'], links: undefined},
      {kind: 'list-item', text: 'Inner in', code: undefined, links: ['/in']},
      {kind: 'code', text: 'make all', code: undefined, links: undefined}
    ])
  })

  it('reads no code or links from skipped elements', () => {
    expect(verbatim('<p>Text <script src="/app.js">{{ x }}</script><button><a href="/b">b</a></button> end</p>')).toStrictEqual([
      {kind: 'paragraph', text: 'Text end', code: undefined, links: undefined}
    ])
  })

  it('gives raw HTML inside Markdown its code and links, at the Markdown offsets', () => {
    const value = 'Intro.\n\n<div class="note">See <a href="/en/guide.html">the guide</a> and run <code>make</code>.</div>\n'
    expect(parseMarkdown(value).map((block) => ({text: block.text, start: block.start, code: block.code, links: block.links}))).toStrictEqual([
      {text: 'Intro.', start: 0, code: undefined, links: undefined},
      {text: 'See the guide and run make.', start: 26, code: ['make'], links: ['/en/guide.html']}
    ])
  })
})
