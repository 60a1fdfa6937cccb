import {escapeText} from './xml-escape.js'

const placeholder = /[\uE000-\uF8FF]/gu

/**
 * A text whose inline elements are placeholders (U+E000 + index into `tags`,
 * the elements' XML as read) as XLIFF 1.2 content: each element a `<ph>`
 * holding its original markup as native code, so a CAT tool keeps it. A
 * private-use character with no tag behind it is text, and stays.
 */
export function tagsAsXliff12(text: string, tags: readonly string[] = []): string {
  return escapeText(text).replace(placeholder, (mark) => {
    const index = mark.codePointAt(0)! - 0xe000
    const tag = tags[index]
    return tag === undefined ? mark : `<ph id="${index + 1}">${escapeText(tag)}</ph>`
  })
}

/** The ids of a unit's inline elements in XLIFF 2: the target's reuse the source's for the same markup. */
export interface Xliff2TagIds {
  source: string[]
  target: string[]
}

/** Numbers the inline elements of both sides; a target element with the markup of an unused source one takes its id. */
export function xliff2TagIds(sourceTags: readonly string[] = [], targetTags: readonly string[] = []): Xliff2TagIds {
  const source = sourceTags.map((_, index) => String(index + 1))
  const free = new Map<string, string[]>()
  sourceTags.forEach((tag, index) => free.set(tag, [...(free.get(tag) ?? []), source[index]!]))
  let next = sourceTags.length
  const target = targetTags.map((tag) => free.get(tag)?.shift() ?? String(++next))
  return {source, target}
}

/** A text with placeholders as XLIFF 2 content: each inline element a `<ph/>` whose markup is in `<originalData>`. */
export function tagsAsXliff2(text: string, ids: readonly string[]): string {
  return escapeText(text).replace(placeholder, (mark) => {
    const id = ids[mark.codePointAt(0)! - 0xe000]
    return id === undefined ? mark : `<ph id="${id}" dataRef="d${id}"/>`
  })
}

/** The `<originalData>` of a unit's inline elements at `indent`, each id once; `''` when there are none. */
export function tagsOriginalData(sides: ReadonlyArray<{tags: readonly string[]; ids: readonly string[]}>, indent: string): string {
  const data = new Map<string, string>()
  for (const {tags, ids} of sides) tags.forEach((tag, index) => data.set(ids[index]!, tag))
  if (data.size === 0) return ''
  const items = [...data].map(([id, tag]) => `${indent}  <data id="d${id}">${escapeText(tag)}</data>\n`).join('')
  return `${indent}<originalData>\n${items}${indent}</originalData>\n`
}
