import type {Match} from './types.js'

/** The placeholders of a text with their markup, as people read them: `{1}`…`{/1}` around content, `{2/}` alone. */
export interface TagDisplay {
  /** The text with each placeholder as its code. */
  text: string
  /** Each code of the text with the original markup (the element's XML), in order. */
  tags: Array<{code: string; xml: string}>
}

type Kind = 'open' | 'close' | 'alone'

const placeholder = /[\uE000-\uF8FF]/g

/**
 * Numbers the tags of a unit's two sides so that the same tag has the same
 * number on both: the source's opening and standalone tags are numbered in
 * order; a target tag takes the number of the source tag with the same TMX
 * `x` attribute, else of an unused source tag with the same XML, else a new
 * one. A closing tag (`ept`, `</hi>`) takes its opening tag's number (`bpt`
 * of the same `i`, the `hi` it closes).
 */
export function displayTags(source: {text: string; tags?: string[]}, target: {text: string; tags?: string[]}): [TagDisplay, TagDisplay] {
  const sourceTags = source.tags ?? []
  const targetTags = target.tags ?? []
  const known: Array<{xml: string; number: number; used: boolean}> = []
  let next = 1
  const sourceNumbers = numberSide(sourceTags, (xml) => {
    known.push({xml, number: next, used: false})
    return next++
  })
  const targetNumbers = numberSide(targetTags, (xml) => {
    const x = attribute(xml, 'x')
    const same = known.find((tag) => !tag.used && ((x !== undefined && attribute(tag.xml, 'x') === x) || tag.xml === xml))
    if (same) same.used = true
    return same ? same.number : next++
  })
  return [render(source.text, sourceTags, sourceNumbers), render(target.text, targetTags, targetNumbers)]
}

/** The number of each tag of one side: `numberOf` for opening and standalone tags, the opening's for closing ones. */
function numberSide(tags: string[], numberOf: (xml: string) => number): number[] {
  const byId = new Map<string, number>()
  const openHi: number[] = []
  return tags.map((xml) => {
    const kind = kindOf(xml)
    if (kind === 'close') return (xml.startsWith('</hi') ? openHi.pop() : byId.get(attribute(xml, 'i') ?? '')) ?? numberOf(xml)
    const number = numberOf(xml)
    if (xml.startsWith('<hi')) openHi.push(number)
    const i = attribute(xml, 'i')
    if (kind === 'open' && i !== undefined) byId.set(i, number)
    return number
  })
}

function render(text: string, tags: string[], numbers: number[]): TagDisplay {
  const shown: TagDisplay['tags'] = []
  const rendered = text.replace(placeholder, (char) => {
    const index = (char.codePointAt(0) as number) - 0xe000
    const xml = tags[index]
    if (xml === undefined) return char
    const number = numbers[index] as number
    const kind = kindOf(xml)
    const code = kind === 'open' ? `{${number}}` : kind === 'close' ? `{/${number}}` : `{${number}/}`
    shown.push({code, xml})
    return code
  })
  return {text: rendered, tags: shown}
}

function kindOf(xml: string): Kind {
  if (xml.startsWith('<bpt') || (xml.startsWith('<hi') && !xml.endsWith('/>'))) return 'open'
  if (xml.startsWith('<ept') || xml.startsWith('</hi')) return 'close'
  return 'alone'
}

/** The value of attribute `name` in the start tag of `xml`. */
function attribute(xml: string, name: string): string | undefined {
  const start = /^<[^>]*/.exec(xml)?.[0] ?? ''
  return new RegExp(`\\s${name}="([^"]*)"`).exec(start)?.[1]
}

/** A match with its texts and diff as people read them, and the markup of each code. */
export function displayMatch(match: Match): Match & {sourceTags: TagDisplay['tags']; targetTags: TagDisplay['tags']} {
  const forward = match.source === match.unit.source && match.sourceLang === match.unit.sourceLang
  const [unitSource, unitTarget] = displayTags(
    {text: match.unit.source, ...(match.unit.sourceTags ? {tags: match.unit.sourceTags} : {})},
    {text: match.unit.target, ...(match.unit.targetTags ? {tags: match.unit.targetTags} : {})}
  )
  const [source, target] = forward ? [unitSource, unitTarget] : [unitTarget, unitSource]
  const codes = new Map([...match.source.matchAll(placeholder)].map((found, k) => [found[0], source.tags[k]?.code ?? found[0]]))
  const diff = match.diff.map((part) => ({...part, text: part.text.replace(placeholder, (char) => codes.get(char) ?? char)}))
  return {...match, source: source.text, target: target.text, diff, sourceTags: source.tags, targetTags: target.tags}
}
