import type {DocumentFormat} from './types.js'

const html = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/iu
const htmlTags = /<(?:p|div|h[1-6]|ul|ol|li|table|article|section|span|a)[\s>]/giu
const markdownSignals = [
  /^#{1,6}\s+\S/mu,
  /^```/mu,
  /^---\r?\n/u,
  /^\s{0,3}[-*+]\s+\S/mu,
  /^\s{0,3}\|.*\|\s*$/mu,
  /\[[^\]\n]+\]\([^)\s]+\)/u,
  /^\s{0,3}>\s/mu,
  /^[^\n]+\r?\n(?:=+|-+)\s*$/mu
]

/**
 * Picks a format from content: HTML when it opens like an HTML page or holds
 * several block tags, Markdown when two or more Markdown constructs appear
 * (ATX headings, fences, lists, tables, links, quotes, setext underlines),
 * else plain text. `lines` is never guessed.
 */
export function detectFormat(value: string): DocumentFormat {
  const sample = value.slice(0, 65_536)
  if (html.test(sample) || (sample.match(htmlTags)?.length ?? 0) >= 3) return 'html'
  const signals = markdownSignals.filter((signal) => signal.test(sample)).length
  return signals >= 2 ? 'markdown' : 'text'
}
