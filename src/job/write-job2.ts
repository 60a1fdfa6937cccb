import {xliff2File} from '../format/xliff2.js'
import {escapeAttribute, escapeText} from '../format/xml-escape.js'
import type {JobBlock} from './plan-job.js'
import type {Suggestions} from './pre-translate.js'
import {inlineXliff2, originalData} from './inline-xliff.js'
import {groupId, placementName} from './placement.js'
import type {JobHeader} from './write-job.js'
import {groupNotes} from './write-job.js'

/**
 * Writes a translation job as XLIFF 2.0 core, the same job as `writeJob`: a `<group>` per block whose
 * `name` says where it goes and whose notes give the rule and the blocks around it; a `<unit>` per
 * sentence. An exact memory match is filled in as the target in state `initial` (to be confirmed);
 * fuzzy matches are only `<mtc:match>` suggestions (Translation Candidates module) with their quality.
 */
export function writeJob2(blocks: readonly JobBlock[], header: JobHeader, suggestions: readonly Suggestions[][] = []): string {
  const body = blocks.map((block, index) => writeGroup(block, suggestions[index] ?? [])).join('')
  return xliff2File(header, body).replace('<xliff ', '<xliff xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" ')
}

function writeGroup(block: JobBlock, offers: readonly Suggestions[]): string {
  const notes = groupNotes(block).map((note) => `        <note category="bitext">${escapeText(note)}</note>\n`).join('')
  const units = block.sentences.map((sentence, index) => writeUnit(block, index, sentence, offers[index])).join('')
  return `    <group id="${groupId(block)}" name="${escapeAttribute(placementName(block))}">
      <notes>
${notes}      </notes>
${units}    </group>
`
}

function writeUnit(block: JobBlock, index: number, sentence: string, offer: Suggestions | undefined): string {
  const matches = (offer?.fuzzy ?? []).map((match) => `          <mtc:match ref="#s1" matchQuality="${match.score}" origin="bitext-tm">
            <source>${escapeText(match.source)}</source>
            <target>${escapeText(match.target)}</target>
          </mtc:match>
`).join('')
  return `      <unit id="${groupId(block)}.s${index}">
${matches === '' ? '' : `        <mtc:matches>\n${matches}        </mtc:matches>\n`}${originalData(block.codes, '        ')}        <segment id="s1" state="initial">
          <source>${inlineXliff2(sentence, block.codes)}</source>
          <target>${escapeText(offer?.exact ?? '')}</target>
        </segment>
      </unit>
`
}
