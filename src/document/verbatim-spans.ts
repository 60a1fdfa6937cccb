import {templateTags} from '../text/template-tags.js'
import type {Nodes, Root} from 'mdast'

/** What a block holds that a translation must keep as written. */
export interface VerbatimSpans {
  /** Inline code spans and template tags. */
  code: string[]
  /** Link targets and image sources. */
  links: string[]
}

/**
 * A Markdown link whose destination holds a template variable with spaces
 * (`[Next](/{{ page.lang }}/faq.html)`): CommonMark leaves it as text, the
 * template engine renders it before Markdown, so it is a link.
 */
const templatedLink = /\]\(([^()\s{}]*(?:\{\{[^{}\n]*\}\}[^()\s{}]*)+)\)/gu
/** `href` and `src` attributes of inline HTML tags. */
const tagTarget = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/giu


/** The `href` and `src` values of the HTML tags in `html`, in order. */
export function tagTargets(html: string): string[] {
  return [...html.matchAll(tagTarget)].map((match) => (match[1] ?? match[2] ?? '').trim()).filter(Boolean)
}

/** Link definitions of a Markdown tree (`[id]: url`), by identifier. */
export function linkDefinitions(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>()
  const visit = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url)
    else if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return definitions
}

/**
 * The inline code, template tags, link targets and image sources of a node's
 * inline content, in reading order; references are resolved through `definitions`.
 */
export function collectVerbatim(node: Nodes, definitions: ReadonlyMap<string, string>): VerbatimSpans {
  const spans: VerbatimSpans = {code: [], links: []}
  const visit = (child: Nodes) => {
    switch (child.type) {
      case 'inlineCode':
        spans.code.push(child.value)
        return
      case 'text':
        spans.code.push(...templateTags(child.value))
        spans.links.push(...[...child.value.matchAll(templatedLink)].map((match) => match[1] ?? ''))
        return
      case 'html':
        spans.links.push(...tagTargets(child.value))
        return
      case 'link':
      case 'image':
        spans.links.push(child.url)
        break
      case 'linkReference':
      case 'imageReference': {
        const url = definitions.get(child.identifier)
        if (url !== undefined) spans.links.push(url)
        break
      }
    }
    if ('children' in child) for (const grandchild of child.children) visit(grandchild)
  }
  visit(node)
  return spans
}
