/** What an XML file is, by its root element: `tmx`, `xliff` (with its `version`), or another root. */
export interface XmlKind {
  root: string
  /** The root's `version` attribute, when it has one. */
  version?: string
}

const root = /<([A-Za-z_][\w.:-]{0,100})((?:\s+[\w.:-]{1,100}\s*=\s*(?:"[^"]{0,500}"|'[^']{0,500}'))*)\s*\/?>/

/**
 * The root element of an XML text (its first characters are enough), skipping the XML declaration,
 * comments, processing instructions and the DOCTYPE; the prefix of a name is dropped (`x:xliff` → `xliff`).
 * `undefined` when no element starts in the text.
 */
export function sniffXml(head: string): XmlKind | undefined {
  const text = head.replace(/^\uFEFF/, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[^\]]*\][^>]*)?>/g, '')
  const match = root.exec(text)
  if (!match) return undefined
  const name = match[1]!.slice(match[1]!.indexOf(':') + 1)
  const version = /\sversion\s*=\s*["']([^"']*)["']/.exec(match[2] ?? '')?.[1]
  return version === undefined ? {root: name} : {root: name, version}
}
