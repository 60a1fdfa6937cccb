import type {Anchor} from './types.js'

/**
 * Texts without a backtick, an `@`, `://`, `www.` or an address have none of these anchors (the
 * common case, checked fast: one plain scan each, the ones with a colon only when there is one).
 */
function maybeSpecial(text: string): boolean {
  return markPattern.test(text) || (text.includes(':') && colonPattern.test(text)) || wwwPattern.test(text) || dottedPattern.test(text)
}
const markPattern = /[`@]/
const colonPattern = /:\/\/|[\da-f]:[\da-f]{0,4}:/i
const wwwPattern = /www\./i
const dottedPattern = /\d\.\d{1,3}\.\d{1,3}\.\d/
const chunkPattern = /\S+/g
const codePattern = /`[^`\n]{1,200}`/g
const urlStart = /^(?:https?:\/\/|www\.)/i
const trailing = /[.,;:!?)\]}'"\u2019\u201D>]+$/
const leading = /^[(<"'\u201C\u2018[]+/
/** IPv4 (`127.0.0.1/8`) and IPv6 (`fe80::/10`, `2001:db8::ff00:42:8329`) addresses, with an optional prefix length. */
const ipv4Pattern = /^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?$/
const ipv6Pattern = /^[\da-f]{0,4}(?::[\da-f]{0,4}){2,7}(?:\/\d{1,3})?$/i
const hexOrGap = /::|[a-f]/i
const emailPattern = /^[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}$/u

/**
 * Inline code (`` `npm ci` ``), URLs (`https://…`, `www.…`), e-mail addresses and IP addresses
 * (as code: `fe80::/10` is not the numbers 80 and 10), found before words so that their dots and
 * digits are not read as numbers. Values: code as written between the backticks, an address as
 * written; URLs and e-mail addresses lower-cased (a URL's trailing `/` dropped).
 */
export function findSpecialAnchors(text: string): Anchor[] {
  const anchors: Anchor[] = []
  if (!maybeSpecial(text)) return anchors
  for (const match of text.matchAll(codePattern)) {
    const start = match.index
    anchors.push({kind: 'code', text: match[0], value: match[0].slice(1, -1), start, end: start + match[0].length})
  }
  for (const match of text.matchAll(chunkPattern)) {
    const anchor = readChunk(match[0], match.index)
    if (anchor && !anchors.some((code) => code.start <= anchor.start && anchor.start < code.end)) anchors.push(anchor)
  }
  return anchors.sort((a, b) => a.start - b.start)
}

function readChunk(chunk: string, offset: number): Anchor | undefined {
  const lead = leading.exec(chunk)?.[0].length ?? 0
  const body = chunk.slice(lead).replace(trailing, '')
  if (body === '') return undefined
  const start = offset + lead
  const end = start + body.length
  if (urlStart.test(body)) return {kind: 'url', text: body, value: body.toLowerCase().replace(/\/$/, ''), start, end}
  if (body.includes('@') && emailPattern.test(body)) return {kind: 'email', text: body, value: body.toLowerCase(), start, end}
  if (isAddress(body)) return {kind: 'code', text: body, value: body.toLowerCase(), start, end}
  return undefined
}

function isAddress(body: string): boolean {
  return ipv4Pattern.test(body) || (ipv6Pattern.test(body) && hexOrGap.test(body))
}
