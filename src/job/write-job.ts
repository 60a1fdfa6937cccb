import {escapeAttribute, escapeText} from '../format/xml-escape.js'
import {xliffFile} from '../format/xliff.js'
import type {JobBlock, JobLines} from './plan-job.js'
import type {Suggestions} from './pre-translate.js'
import {inlineXliff12} from './inline-xliff.js'
import {groupId, placementName} from './placement.js'

/** What a job file says about its documents. */
export interface JobHeader {
  sourceLang: string
  targetLang: string
  /** The source document's path (`original`). */
  original: string
}

/**
 * Writes a translation job as XLIFF 1.2 (strict schema): a `<group>` per block, whose `resname` says where
 * it goes in the target and whose notes give the rule and the blocks around it; a `<trans-unit>` per
 * sentence. An exact memory match is the target (`needs-review-translation`); fuzzy matches are only
 * `<alt-trans>` with their `match-quality`, never the target.
 */
export function writeJob(blocks: readonly JobBlock[], header: JobHeader, suggestions: readonly Suggestions[][] = []): string {
  const groups = blocks.map((block, index) => writeGroup(block, suggestions[index] ?? [], header.targetLang)).join('')
  return xliffFile(header, groups)
}

function writeGroup(block: JobBlock, offers: readonly Suggestions[], targetLang: string): string {
  const notes = groupNotes(block).map((note) => `        <note from="bitext">${escapeText(note)}</note>\n`).join('')
  const units = block.sentences.map((sentence, index) => writeUnit(block, index, sentence, offers[index], targetLang)).join('')
  return `      <group id="${groupId(block)}" resname="${escapeAttribute(placementName(block))}">
${notes}${units}      </group>
`
}

/** The notes of a block's group: its rule, where it goes, and the source blocks (or lines) around it. */
export function groupNotes(block: JobBlock): string[] {
  const notes = [block.lines ? lineNote(block, block.lines) : `${block.rule}: source block ${block.block} (${block.kind}) ${blockPlace(block)}`]
  if (block.context.before !== '') notes.push(`before: ${block.context.before}`)
  if (block.context.after !== '') notes.push(`after: ${block.context.after}`)
  return notes
}

function blockPlace(block: JobBlock): string {
  return block.replaces.length > 0 ? `replaces target block ${block.replaces.join(', ')}` : block.after < 0 ? 'goes before the first target block' : `goes after target block ${block.after}`
}

function lineNote(block: JobBlock, lines: JobLines): string {
  const source = `source line${lines.source.length > 1 ? 's' : ''} ${lines.source.join(', ')}`
  const where = lines.replaces.length > 0 ? `replace${lines.source.length > 1 ? '' : 's'} target line${lines.replaces.length > 1 ? 's' : ''} ${lines.replaces.join(', ')}` : lines.after === 0 ? `go${lines.source.length > 1 ? '' : 'es'} before the first target line` : `go${lines.source.length > 1 ? '' : 'es'} after target line ${lines.after}`
  return `${block.rule}: ${source} ${where}`
}

function writeUnit(block: JobBlock, index: number, sentence: string, offer: Suggestions | undefined, targetLang: string): string {
  const exact = offer?.exact ?? null
  const state = exact === null ? 'needs-translation' : 'needs-review-translation'
  const alternatives = (offer?.fuzzy ?? []).map((match) => `
          <alt-trans match-quality="${match.score}" origin="bitext-tm">
            <source>${escapeText(match.source)}</source>
            <target xml:lang="${escapeAttribute(targetLang)}">${escapeText(match.target)}</target>
          </alt-trans>`).join('')
  return `        <trans-unit id="${groupId(block)}.s${index}">
          <source>${inlineXliff12(sentence, block.codes)}</source>
          <target xml:lang="${escapeAttribute(targetLang)}" state="${state}">${escapeText(exact ?? '')}</target>${alternatives}
        </trans-unit>
`
}
