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

/** Characters from the start that `detectFormat` reads. */
export const formatSample = 65_536

/**
 * Picks a format from content: HTML when it opens like an HTML page;
 * Markdown when two or more Markdown constructs appear (ATX headings,
 * fences, lists, tables, links, quotes, setext underlines), even with inline
 * HTML; HTML when it holds three or more block tags (not counting hunalign's
 * paragraph marks, `<p>` alone on a line and never closed); else plain text.
 * `lines` is never guessed: the text reader finds one sentence a line itself (`readLineBreaks`).
 */
export function detectFormat(value: string): DocumentFormat {
  const sample = value.slice(0, formatSample)
  if (html.test(sample)) return 'html'
  if (markdownSignals.filter((signal) => signal.test(sample)).length >= 2) return 'markdown'
  return (withoutParagraphMarks(sample).match(htmlTags)?.length ?? 0) >= 3 ? 'html' : 'text'
}

const paragraphMarks = /^[ \t]*<p>[ \t]*$/gimu

/**
 * `sample` without hunalign's paragraph marks (`<p>` alone on a line, never closed), which make
 * an aligner's input, not HTML; a `<p>` that some `</p>` closes stays.
 */
function withoutParagraphMarks(sample: string): string {
  return /<\/p>/iu.test(sample) ? sample : sample.replace(paragraphMarks, '')
}
