import {once} from 'node:events'
import {createWriteStream} from 'node:fs'
import {resolve} from 'node:path'
import {finished} from 'node:stream/promises'
import {exportUnits} from '../memory/export-units.js'
import {formatConsistency, formatMatches, formatStats, formatUnits} from '../memory/format-text.js'
import {displayMatch} from '../memory/tag-display.js'
import type {LookupOptions, TranslationMemory} from '../memory/translation-memory.js'
import type {AddResult, Match} from '../memory/types.js'
import type {Command, Io} from './io.js'
import {UsageError} from './io.js'
import {tmBuild} from './tm-build.js'
import {existing, pairSummary, readQueries, summary, withMemory} from './tm-store.js'
import type {Values} from './tm-values.js'
import {choice, langs, number, parseTmArguments, refuseForeignOptions} from './tm-values.js'
import {exportXliff, importXliff} from './tm-xliff.js'
import {utf16Of} from '../format/decode-xml.js'
import {sniffXml} from '../format/sniff-xml.js'
import type {XmlKind} from '../format/sniff-xml.js'

const usage = `Usage: bitext tm <subcommand> [options]

Translation memory (TM): an SQLite file by default, or PostgreSQL with --tm postgres://…

Subcommands:
  build <source> <target>   align two documents and add their confident sentence pairs
  import <file>             add the units of a TMX file (streamed) or an XLIFF 1.2/2.x file (by content, any name:
                            .xlf, .xliff, .sdlxliff, .mqxliff …); XLIFF: translated units only, see --states
  export                    write the TM as --format tmx|tsv|jsonl|xliff|xliff2 (default tmx) to -o FILE or stdout
  lookup "text"             fuzzy matches, best first; --queries FILE for one query per line (JSON lines out)
  concordance "term"        units whose source or target contains the term (case and suffixes ignored)
  consistency               sources with different targets, targets with different sources
  stats                     units, language pairs, words

Options:
  --tm FILE|URL             the TM: SQLite file or postgres:// URL (default bitext-tm.sqlite)
  --source-lang, --target-lang <tag>
                            build: the documents' languages (default: detected from each whole text) and the units' tags;
                            import: the pair to read; lookup: the direction (default: the TM's main pair)
  --min <score>             lookup: lowest fuzzy score, 0-100 (default 70; 0 ranks every unit of the pair)
  --min-score <score>       build: lowest alignment score kept, 0-1 (default 0.5)
  --encoding <name>         build: encoding of both files, e.g. iso-8859-2 (default: detected); --source-encoding,
                            --target-encoding: of one file
  --input-format <format>   build: auto|text|markdown|html|lines (default auto: by extension and content; lines: one
                            sentence a line, a blank line between paragraphs)
  --windowed                build: align window by window (automatic from 16 MiB, both files together): memory
                            bounded whatever the size; a block moved farther than a window gives no unit
  --limit <n>               lookup: matches per query (default 5); concordance: units (default 50)
  --format <format>         lookup: text|json|jsonl; concordance, consistency, stats: text|json; export: tmx|tsv|jsonl|xliff|xliff2
  --states <list|all>       import XLIFF: the states to take (default: all but new, needs-translation, initial)
  -o, --output FILE         export: write to FILE instead of stdout
  -h, --help                show this help
`


type Subcommand = (positionals: string[], values: Values, io: Io) => Promise<number>

/** `bitext tm <subcommand>`: a thin layer over the memory API. */
export const tm: Command = async (args, io) => {
  const [name, ...rest] = args
  const {values, positionals} = parseTmArguments(rest)
  if (name === undefined || name === '-h' || name === '--help' || values.help) {
    io.stdout(usage)
    return name === undefined ? 2 : 0
  }
  const subcommand = Object.hasOwn(subcommands, name) ? subcommands[name] : undefined
  if (!subcommand) throw new UsageError(`tm: unknown subcommand '${name}'; see 'bitext tm --help'`)
  refuseForeignOptions(name, values)
  return subcommand(positionals, values, io)
}


const subcommands: Record<string, Subcommand> = {
  build: tmBuild,
  async import([file, ...extra], values, io) {
    if (file === undefined || extra.length > 0) throw new UsageError('tm import takes one file: bitext tm import <file.tmx>')
    const path = await existing(resolve(io.cwd, file), file)
    if (isXliff(await xmlKind(path), file)) return importXliff(path, file, values, io)
    return withMemory(values, io, true, async (memory, name) => {
      const progress = (totals: AddResult) => io.stderrIsTty && io.stderr(`\rtm import: ${totals.added + totals.duplicates} units`)
      const totals = await memory.importTmx(path, {fileName: file, batchSize: 20_000, ...langs(values), onProgress: progress})
      if (io.stderrIsTty) io.stderr('\n')
      io.stderr(pairSummary(totals.summary))
      io.stdout(summary(totals, name))
      return 0
    })
  },
  async export(extra, values, io) {
    if (extra.length > 0) throw new UsageError('tm export takes no file; use -o FILE')
    const format = choice(values.format ?? 'tmx', ['tmx', 'tsv', 'jsonl', 'xliff', 'xliff2'] as const)
    if (format === 'xliff' || format === 'xliff2') return exportXliff(values, io, format === 'xliff' ? '1.2' : '2.0')
    return withMemory(values, io, false, async (memory) => {
      const out = values.output === undefined ? undefined : createWriteStream(resolve(io.cwd, values.output))
      for await (const chunk of exportUnits(memory.export(), {format})) {
        if (!out) io.stdout(chunk)
        else if (!out.write(chunk)) await once(out, 'drain')
      }
      if (out) await finished(out.end())
      return 0
    })
  },
  async lookup(positionals, values, io) {
    const format = choice(values.format ?? 'text', ['text', 'json', 'jsonl'] as const)
    const lookup: LookupOptions = {...langs(values)}
    if (values.min !== undefined) lookup.minScore = number(values.min, '--min', 0, 100)
    if (values.limit !== undefined) lookup.limit = number(values.limit, '--limit', 1, Number.MAX_SAFE_INTEGER)
    const queries = values.queries === undefined ? undefined : await readQueries(resolve(io.cwd, values.queries), values.queries)
    const [text, ...extra] = positionals
    if ((queries === undefined) === (text === undefined) || extra.length > 0) {
      throw new UsageError('tm lookup takes one text, or --queries FILE: bitext tm lookup "text"')
    }
    return withMemory(values, io, false, async (memory) => {
      for (const query of queries ?? [text as string]) {
        const matches = await memory.lookup(query, lookup)
        if (queries || format === 'jsonl') io.stdout(JSON.stringify({query, matches: matches.map(plainMatch)}) + '\n')
        else io.stdout(format === 'json' ? JSON.stringify(matches.map(plainMatch), null, 2) + '\n' : formatMatches(matches.map(displayMatch)))
      }
      return 0
    })
  },
  async concordance([term, ...extra], values, io) {
    if (term === undefined || extra.length > 0) throw new UsageError('tm concordance takes one term: bitext tm concordance "term"')
    const format = choice(values.format ?? 'text', ['text', 'json'] as const)
    const limit = values.limit === undefined ? {} : {limit: number(values.limit, '--limit', 1, Number.MAX_SAFE_INTEGER)}
    return withMemory(values, io, false, async (memory) => {
      const units = await memory.concordance(term, limit)
      io.stdout(format === 'json' ? JSON.stringify(units, null, 2) + '\n' : formatUnits(units))
      return 0
    })
  },
  async consistency(extra, values, io) {
    return report(extra, values, io, async (memory) => memory.consistency(), formatConsistency)
  },
  async stats(extra, values, io) {
    return report(extra, values, io, async (memory) => memory.stats(), formatStats)
  }
}

async function report<T>(extra: string[], values: Values, io: Io, get: (memory: TranslationMemory) => Promise<T>, text: (value: T) => string) {
  if (extra.length > 0) throw new UsageError(`tm: unexpected argument '${extra[0]}'`)
  const format = choice(values.format ?? 'text', ['text', 'json'] as const)
  return withMemory(values, io, false, async (memory) => {
    const value = await get(memory)
    io.stdout(format === 'json' ? JSON.stringify(value, null, 2) + '\n' : text(value))
    return 0
  })
}


/** XLIFF by its root element, or by its name when no root can be read (a file cut short: `<xliff`). */
function isXliff(kind: XmlKind | undefined, name: string): boolean {
  return kind === undefined ? /\.(?:xlf|xliff|sdlxliff|mqxliff)$/iu.test(name) : kind.root === 'xliff'
}

/** The root element of a file, from its first 4 KiB (UTF-16 too). */
async function xmlKind(path: string) {
  const {open} = await import('node:fs/promises')
  const file = await open(path)
  try {
    const {buffer, bytesRead} = await file.read(Buffer.alloc(4096), 0, 4096, 0)
    const bytes = buffer.subarray(0, bytesRead)
    return sniffXml(new TextDecoder(utf16Of(bytes) ?? 'latin1').decode(bytes))
  } finally {
    await file.close()
  }
}

/** A match for JSON: tags shown as `{1}`…`{/1}`, `{2/}`, and their markup by code when there are any. */
function plainMatch(raw: Match) {
  const match = displayMatch(raw)
  const {source, target, sourceLang, targetLang, score, diff} = match
  const tags = match.sourceTags.length + match.targetTags.length > 0 ? {sourceTags: match.sourceTags, targetTags: match.targetTags} : {}
  return {source, target, sourceLang, targetLang, score, diff, ...tags}
}
