import type {Bead} from '../align/types.js'
import type {CheckContext} from './context.js'
import {beadBlocks} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import {localisedUrl} from '../text/localised-url.js'
import {blocksLocation} from './locate.js'
import {unmatchedItems} from './unmatched-items.js'

/**
 * `link-mismatch`: link targets and image sources that changed between the two
 * sides of an aligned pair — each side points somewhere the other does not.
 * Addresses are compared through `localisedUrl`, so `/tr/` = `/en/`,
 * `tr.example.org` = `en.example.org`, `hl=tr` = `hl=en`, `{{ page.lang }}`
 * and fragments (`#kurulum`) are equal. A link only one side has is not
 * flagged: translations add and drop links to localised resources.
 */
export function checkLinks(context: CheckContext): Finding[] {
  const severity = context.settings['link-mismatch']
  if (severity === 'off') return []
  const {alignment} = context
  const findings: Finding[] = []
  for (const bead of alignment.blocks) {
    if (bead.source.length === 0 || bead.target.length === 0) continue
    const {source, target} = compareLinks(context, bead)
    if (source.length === 0 || target.length === 0) continue
    findings.push(
      createFinding({
        rule: 'link-mismatch',
        severity,
        message: `Link targets differ: source has ${source.join(', ')}, target has ${target.join(', ')}`,
        source: blocksLocation(alignment.source, bead.source),
        target: blocksLocation(alignment.target, bead.target),
        evidence: {source, target},
        highlight: {source, target}
      })
    )
  }
  return findings
}

/** The links of each side (as written) whose localised form the other side lacks. */
function compareLinks(context: CheckContext, bead: Bead): {source: string[]; target: string[]} {
  const {alignment} = context
  const langs = [alignment.source.lang, alignment.target.lang]
  const links = (side: 'source' | 'target') =>
    beadBlocks(alignment, bead, side)
      .flatMap((block) => block.links ?? [])
      .map((url) => ({url, key: localisedUrl(url, langs)}))
      .filter((link) => link.key !== '')
  const source = links('source')
  const target = links('target')
  const left = unmatchedItems(source.map((link) => link.key), target.map((link) => link.key))
  return {source: writtenAs(left.source, source), target: writtenAs(left.target, target)}
}

/** The links as written for the left-over keys, each once. */
function writtenAs(keys: readonly string[], links: ReadonlyArray<{url: string; key: string}>): string[] {
  return [...new Set(keys.map((key) => links.find((link) => link.key === key)?.url ?? key))]
}
