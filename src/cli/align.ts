import {codePointWidth, displayWidth} from '../text/display-width.js'
import {resolve} from 'node:path'
import {align as alignDocuments} from '../align/align.js'
import {alignWindows} from '../align/align-windows.js'
import type {AlignedWindow} from '../align/align-windows.js'
import {alignmentJson, windowJson} from '../align/alignment-json.js'
import type {AlignmentJson} from '../align/alignment-json.js'
import type {Alignment} from '../align/types.js'
import {readLexiconFile} from '../check/config-options.js'
import type {DocumentFormat} from '../document/types.js'
import {isLargePair, pairSize} from '../document/pair-size.js'
import {readDocumentPair, readDocumentStreamPair} from '../document/read-document-pair.js'
import {terminalSafe} from '../report/terminal-safe.js'
import {createSpool} from './spool.js'
import {limitHeapGrowth} from './heap-growth.js'
import type {Command, Io} from './io.js'
import {UsageError} from './io.js'
import {readInputFormat} from './input-format.js'
import {encodingFlags, encodingsOf} from './encoding-options.js'
import {parseArguments} from './parse-arguments.js'
import {bufferedWriter, writeJson} from './stream-json.js'

const usage = `Usage: bitext align <source> <target> [options]

Align two documents: blocks over the whole documents, then sentences inside each block pair.

Options:
  --level block|sentence    units to print (default sentence)
  --format json|tsv|text|xliff
                            JSON (see the README), TSV (score, source, target), a two-column view (default text),
                            or XLIFF 1.2 for CAT tools (one trans-unit per sentence bead, findings as notes)
  --input-format <format>   auto|text|markdown|html|lines (default auto: by extension and content)
  --lexicon <file.tsv>      extra lexicon: 'source term<TAB>target term' per line
  --source-lang <tag>       language of the source (BCP 47, for example ro); default: detected from its whole text
  --target-lang <tag>       language of the target; default: detected from its whole text
  --encoding <name>         encoding of both files, e.g. iso-8859-2, windows-1251 (default: detected: a
                            byte-order mark, UTF-8, a declared charset, Turkish single-byte)
  --source-encoding, --target-encoding <name>
                            encoding of one file (over --encoding)
  --windowed                align window by window (automatic from 16 MiB, both files together): memory bounded
                            whatever the size; a block moved farther than a window is left without counterpart
  -h, --help                show this help
`

type Level = 'block' | 'sentence'
const viewOf = (format: (json: AlignmentJson) => string) => async (alignment: Alignment, level: Level) => format(alignmentJson(alignment, level))
/** The formats printed as one string; `json` is written piece by piece (`writeAlignmentJson`). */
const formatters: Record<string, (alignment: Alignment, level: Level) => Promise<string>> = {
  tsv: viewOf(toTsv),
  text: viewOf(toText),
  xliff: toXliffWithFindings
}

/** `bitext align <source> <target>`: prints the beads of two documents. */
export const align: Command = async (args, io) => {
  const {values, positionals} = readArguments(args)
  if (values.help) return io.stdout(usage), 0
  if (positionals.length !== 2) throw new UsageError("align takes two files: bitext align <source> <target>; see 'bitext align --help'")
  const level = values.level ?? 'sentence'
  if (level !== 'block' && level !== 'sentence') throw new UsageError(`align: --level must be block or sentence, not '${level}'`)
  const format = values.format ?? 'text'
  const formatter = Object.hasOwn(formatters, format) ? formatters[format] : undefined
  if (!formatter && format !== 'json') throw new UsageError(`align: --format must be json, tsv, text or xliff, not '${values.format}'`)
  const inputFormat = readInputFormat('align', values['input-format'])
  const options = inputFormat === 'auto' ? {} : {format: inputFormat}
  const encodings = encodingsOf(values)
  const sides = [withSide(options, values['source-lang'], encodings.source), withSide(options, values['target-lang'], encodings.target)]
  const paths = positionals.map((file) => resolve(io.cwd, file)) as [string, string]
  limitHeapGrowth(await pairSize(...paths))
  if (values.windowed || (await isLargePair(...paths))) {
    if (format === 'xliff') throw new UsageError('align: --format xliff holds a pair under 16 MiB (both files together); a larger one is aligned window by window: use --format json, tsv or text')
    // Not asked for: say so, since a window does not see moves between windows.
    if (!values.windowed) io.stderr(`bitext: ${terminalSafe(positionals[0] as string)} and ${terminalSafe(positionals[1] as string)} are 16 MiB or more together: aligned window by window (--windowed)\n`)
    const [sourceStream, targetStream] = await readDocumentStreamPair(...paths, {source: sides[0] ?? {}, target: sides[1] ?? {}})
    const [source, target] = [{...sourceStream, path: positionals[0] as string}, {...targetStream, path: positionals[1] as string}]
    const lexicons = values.lexicon === undefined ? [] : [await readLexiconFile(resolve(io.cwd, values.lexicon), {sourceLang: source.lang, targetLang: target.lang})]
    await writeWindows(alignWindows(source, target, {lexicons}), level, format, io)
    return 0
  }
  const [source, target] = await readDocumentPair(...paths, {source: sides[0] ?? {}, target: sides[1] ?? {}})
  source.path = positionals[0] as string
  target.path = positionals[1] as string
  const lexicons = values.lexicon === undefined ? [] : [await readLexiconFile(resolve(io.cwd, values.lexicon), {sourceLang: source.lang, targetLang: target.lang})]
  const alignment = alignDocuments(source, target, {lexicons})
  if (formatter) io.stdout(await formatter(alignment, level))
  else await writeAlignmentJson(alignmentJson(alignment, level), io)
  return 0
}

/**
 * The view of a pair aligned window by window: TSV and text rows as each window is aligned, JSON
 * from a spool on disk (units and beads of each window), so that memory stays bounded.
 */
async function writeWindows(windows: Iterable<AlignedWindow>, level: Level, format: string, io: Io): Promise<void> {
  if (format === 'json') return writeSpooledJson(windows, level, io)
  if (format === 'tsv') io.stdout(tsvHeader)
  // Rows show texts and scores only: each window's own view will do.
  for (const window of windows) {
    io.stdout(format === 'tsv' ? tsvRows(alignmentJson(window.alignment, level)) : toText(alignmentJson(window.alignment, level)))
    await io.stdoutDrained?.()
  }
}

/** `--format json` of a windowed pair: each window's units and beads go to a spool, printed at the end as one document. */
async function writeSpooledJson(windows: Iterable<AlignedWindow>, level: Level, io: Io): Promise<void> {
  const spool = createSpool()
  try {
    let head: AlignmentJson | undefined
    let moved = false
    for (const window of windows) {
      const json = windowJson(window, level)
      head ??= json
      spool.append('source', json.source.units)
      spool.append('target', json.target.units)
      spool.append('beads', json.beads)
      spool.append('moved', json.moved ?? [])
      moved ||= json.moved !== undefined
    }
    if (!head) throw new Error('align: no window was aligned')
    const lists = {source: {...head.source, units: spool.list('source')}, target: {...head.target, units: spool.list('target')}, beads: spool.list('beads')}
    const value = {...head, ...lists, ...(moved ? {moved: spool.list('moved')} : {})}
    await writeAlignmentJson(value as unknown as AlignmentJson, io)
  } finally {
    spool.remove()
  }
}

/** The JSON document, written unit by unit and bead by bead (never one string of the whole) in pieces of 64 KiB. */
async function writeAlignmentJson(json: AlignmentJson, io: Io): Promise<void> {
  const buffer = bufferedWriter(io.stdout)
  await writeJson(json as unknown as Record<string, unknown>, buffer.write, async () => {
    buffer.flush()
    await io.stdoutDrained?.()
  })
  buffer.write('\n')
  buffer.flush()
}

function readArguments(args: string[]) {
  return parseArguments('align', {
    args,
    allowPositionals: true,
    options: {
      level: {type: 'string'},
      format: {type: 'string'},
      'input-format': {type: 'string'},
      lexicon: {type: 'string'},
      'source-lang': {type: 'string'},
      'target-lang': {type: 'string'},
      ...encodingFlags,
      windowed: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    }
  })
}

/** Reading options of one side with the language and encoding the user named, if any. */
function withSide(options: {format?: DocumentFormat}, lang: string | undefined, encoding: string | undefined): {format?: DocumentFormat; lang?: string; encoding?: string} {
  return {...options, ...(lang === undefined ? {} : {lang}), ...(encoding === undefined ? {} : {encoding})}
}

/**
 * XLIFF is always per sentence bead; the check's findings become notes and ask for review. The
 * check and the XLIFF writer are loaded only for this format: the other formats start faster.
 */
async function toXliffWithFindings(alignment: Alignment): Promise<string> {
  const [{check}, {toCheckReport}, {toXliff}] = await Promise.all([import('../check/check.js'), import('../check/to-check-report.js'), import('../report/xliff.js')])
  return toXliff(alignment, {findings: toCheckReport(alignment, check(alignment)).findings})
}

const tsvHeader = 'score\tsource\ttarget\n'

function toTsv(json: AlignmentJson): string {
  return tsvHeader + tsvRows(json)
}

/** One line per bead. */
function tsvRows(json: AlignmentJson): string {
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ')
  const cell = (units: AlignmentJson['source']['units'], indices: number[]) => clean(indices.map((index) => units[index]?.text ?? '').join(' '))
  return json.beads.map((bead) => `${bead.score}\t${cell(json.source.units, bead.source)}\t${cell(json.target.units, bead.target)}\n`).join('')
}

/**
 * One row per bead: score, then source and target side by side, wrapped to 38 columns each; a unit
 * without counterpart in place has `✗`, and where its translation stands elsewhere (`moved`), the
 * line of it (`✗ moved: line 9`).
 */
function toText(json: AlignmentJson): string {
  const width = 38
  const elsewhere = {source: new Map<number, number>(), target: new Map<number, number>()}
  for (const move of json.moved ?? []) {
    const [source = -1, target = -1] = [move.source[0], move.target[0]]
    elsewhere.source.set(source, json.target.units[target]?.line ?? 0)
    elsewhere.target.set(target, json.source.units[source]?.line ?? 0)
  }
  const missing = (line: number | undefined) => (line === undefined ? '✗' : `✗ moved: line ${line}`)
  const rows = json.beads.map((bead) => {
    const left = wrap(bead.source.map((index) => json.source.units[index]?.text ?? '').join(' ') || missing(elsewhere.target.get(bead.target[0] ?? -1)), width)
    const right = wrap(bead.target.map((index) => json.target.units[index]?.text ?? '').join(' ') || missing(elsewhere.source.get(bead.source[0] ?? -1)), width)
    const lines = Array.from({length: Math.max(left.length, right.length)}, (_, row) => `${padColumns(left[row] ?? '', width)} │ ${right[row] ?? ''}`.trimEnd())
    return `${bead.score.toFixed(2)} ${lines.join('\n     ')}`
  })
  return rows.join('\n') + '\n'
}

/**
 * Lines of at most `width` terminal columns (a Han character takes two), broken at spaces, inside a
 * word longer than a line, and anywhere in a run of Chinese or Japanese (which has no spaces to break at).
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const breaksAnywhere = codePointWidth(String.fromCodePoint(word.codePointAt(0) ?? 0x20)) === 2
    if (line !== '' && !breaksAnywhere && displayWidth(line) + 1 + displayWidth(word) > width) lines.push(line), (line = '')
    line = line === '' ? word : `${line} ${word}`
    while (displayWidth(line) > width) {
      const [head, rest] = splitAtColumn(line, width)
      lines.push(head.trimEnd())
      line = rest.trimStart()
    }
  }
  return [...lines, line]
}

/** `text` cut after at most `width` columns (at least one code point), and the rest. */
function splitAtColumn(text: string, width: number): [string, string] {
  let columns = 0
  let end = 0
  for (const point of text) {
    columns += codePointWidth(point)
    if (columns > width && end > 0) break
    end += point.length
  }
  return [text.slice(0, end), text.slice(end)]
}

/** `text` padded with spaces to `width` terminal columns. */
function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}
