/** XML's five predefined entities and character references, decoded. */
function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([\da-f]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/gi, (_, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16))
    if (decimal !== undefined) return String.fromCodePoint(Number(decimal))
    return {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"}[name!.toLowerCase() as 'lt']
  })
}

/**
 * The native markup an inline element of a job's target carries: the text inside `<bpt>`, `<ept>`,
 * `<ph>` and `<it>` (XLIFF 1.2 keeps the original code there), or the `<originalData>` entry its
 * `dataRef` names (XLIFF 2); `''` for an element without either (`<x/>`, `<g>`).
 */
export function nativeCode(xml: string, data: Readonly<Record<string, string>> = {}): string {
  const ref = /^<\w+\b[^>]*\sdataRef="([^"]*)"/.exec(xml)?.[1]
  if (ref !== undefined) return data[unescapeXml(ref)] ?? ''
  const match = /^<(bpt|ept|ph|it)\b[^>]*>([\s\S]*)<\/\1>$/.exec(xml)
  return match ? unescapeXml(match[2]!.replace(/<[^>]*>/g, '')) : ''
}
