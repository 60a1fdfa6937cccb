import {resolve} from 'node:path'
import {align} from '../align/align.js'
import {alignWindows} from '../align/align-windows.js'
import type {Alignment} from '../align/types.js'
import {check} from '../check/check.js'
import type {FindingLocation} from '../check/types.js'
import {isLargePair, pairSize} from '../document/pair-size.js'
import {readDocumentPair, readDocumentStreamPair} from '../document/read-document-pair.js'
import {buildMemory} from '../memory/build-memory.js'
import {buildMemoryInWindows} from '../memory/build-memory-windows.js'
import type {BuildMemoryOptions, MemoryExclusions} from '../memory/build-memory.js'
import type {AddResult} from '../memory/types.js'
import {terminalSafe} from '../report/terminal-safe.js'
import type {ParseOptions} from '../document/parse-document.js'
import {encodingsOf} from './encoding-options.js'
import {readInputFormat} from './input-format.js'
import {limitHeapGrowth} from './heap-growth.js'
import type {Io} from './io.js'
import {UsageError} from './io.js'
import {summary, withMemory} from './tm-store.js'
import type {Values} from './tm-values.js'
import {langs, number} from './tm-values.js'

/** Findings whose blocks give no unit: a translation rewritten, left untranslated, or in a third language. */
const skippedRules = new Set(['divergent', 'untranslated', 'wrong-language'])

/**
 * `bitext tm build <source> <target>`: align, leave out the blocks `check` finds divergent,
 * untranslated or in another language, and add the confident sentence pairs. A pair of 16 MiB or
 * more (both files together), or any pair with `--windowed`, is read as streams and aligned and
 * added window by window, so memory stays bounded whatever its size.
 */
export async function tmBuild([source, target, ...extra]: string[], values: Values, io: Io): Promise<number> {
  if (source === undefined || target === undefined || extra.length > 0) throw new UsageError('tm build takes two files: bitext tm build <source> <target>')
  const {sourceLang, targetLang} = langs(values)
  const encodings = encodingsOf(values)
  const format = readInputFormat('tm build', values['input-format'])
  const sides = {source: readOptions(format, sourceLang, encodings.source), target: readOptions(format, targetLang, encodings.target)}
  const [sourcePath, targetPath] = [resolve(io.cwd, source), resolve(io.cwd, target)]
  const options: BuildMemoryOptions = {...langs(values), ...(values['min-score'] === undefined ? {} : {minScore: number(values['min-score'], '--min-score', 0, 1)})}
  limitHeapGrowth(await pairSize(sourcePath, targetPath))
  if (values.windowed || (await isLargePair(sourcePath, targetPath))) {
    // Not asked for: say so, since a window does not see moves between windows.
    if (!values.windowed) io.stderr(`bitext: ${terminalSafe(source)} and ${terminalSafe(target)} are 16 MiB or more together: aligned window by window (--windowed)\n`)
    const [sourceStream, targetStream] = await readDocumentStreamPair(sourcePath, targetPath, sides)
    const windows = alignWindows({...sourceStream, path: source}, {...targetStream, path: target})
    return withMemory(values, io, true, async (memory, name) => {
      const totals: AddResult = {added: 0, duplicates: 0}
      for (const units of buildMemoryInWindows(windows, {...options, exclude: skippedUnits})) {
        const added = await memory.add(units)
        totals.added += added.added
        totals.duplicates += added.duplicates
      }
      io.stdout(summary(totals, name))
      return 0
    })
  }
  const [sourceDocument, targetDocument] = await readDocumentPair(sourcePath, targetPath, sides)
  const alignment = align({...sourceDocument, path: source}, {...targetDocument, path: target})
  const units = buildMemory(alignment, {...options, exclude: skippedUnits(alignment)})
  return withMemory(values, io, true, async (memory, name) => {
    io.stdout(summary(await memory.add(units), name))
    return 0
  })
}

/** How to read one file: the reader, language and encoding the user named, if any. */
function readOptions(format: NonNullable<ParseOptions['format']>, lang: string | undefined, encoding: string | undefined): ParseOptions {
  return {format, ...(lang === undefined ? {} : {lang}), ...(encoding === undefined ? {} : {encoding})}
}

/** The blocks of each side that `check` finds divergent, untranslated or in another language; the sentences, where it names them (a file of one sentence a line). */
function skippedUnits(alignment: Alignment): MemoryExclusions {
  const skipped = check(alignment).filter((finding) => skippedRules.has(finding.ruleId))
  const blocks = (place: FindingLocation | null) => (place && place.sentence === undefined ? [place.block] : [])
  const sentences = (place: FindingLocation | null) => (place?.sentence === undefined ? [] : [place.sentence])
  return {
    source: skipped.flatMap((finding) => blocks(finding.sourceLocation)),
    target: skipped.flatMap((finding) => blocks(finding.targetLocation)),
    sentences: {source: skipped.flatMap((finding) => sentences(finding.sourceLocation)), target: skipped.flatMap((finding) => sentences(finding.targetLocation))}
  }
}
