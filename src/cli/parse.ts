import {resolve} from 'node:path'
import {formatOutline, outlineLines} from '../document/format-outline.js'
import {isLargeFile} from '../document/pair-size.js'
import {readDocument, readDocumentSource} from '../document/read-document.js'
import {streamDocument} from '../document/stream-document.js'
import type {ParseOptions} from '../document/parse-document.js'
import {InputError} from '../input-error.js'
import type {Command, Io} from './io.js'
import {UsageError} from './io.js'
import {readInputFormat} from './input-format.js'
import {parseArguments} from './parse-arguments.js'
import {writeJson} from './stream-json.js'
import {limitHeapGrowth} from './heap-growth.js'

const usage = `Usage: bitext parse <file> [options]

Parse a document and print its structure.

Options:
  --format json|text        output: the document model as JSON, or a readable outline (default text)
  --lang <code>             language of the document (BCP 47, e.g. tr); default: <html lang>, else detected
  --languages <codes>       candidate languages for detection, comma-separated (default tr,en)
  --input-format <format>   auto|text|markdown|html|lines (default auto: by extension and content)
  --encoding <name>         encoding of the file, e.g. utf-8, windows-1254, iso-8859-9 (default detected)
  -h, --help                show this help
`


/** `bitext parse <file>`: prints a document's outline or its JSON model. */
export const parse: Command = async (args, io) => {
  const {values, positionals} = readArguments(args)
  if (values.help) {
    io.stdout(usage)
    return 0
  }
  const [file, ...extra] = positionals
  if (file === undefined || extra.length > 0) {
    throw new UsageError("parse takes exactly one file: bitext parse <file>; see 'bitext parse --help'")
  }
  const output = values.format ?? 'text'
  if (output !== 'json' && output !== 'text') throw new UsageError(`parse: --format must be json or text, not '${output}'`)
  const options = toOptions(values)
  if (output === 'json') {
    await writeJson(await stream(file, io.cwd, options), io.stdout, io.stdoutDrained)
    io.stdout('\n')
  } else if (await isLargeFile(resolve(io.cwd, file))) {
    // Too large to hold as a model: the outline is written from the stream (which parses the file twice).
    await writeLines(outlineLines(await stream(file, io.cwd, options), file), io)
  } else {
    io.stdout(formatOutline(await load(file, io.cwd, options), file))
  }
  return 0
}

/** `lines`, each ended by a line break, written a thousand at a time, waiting for stdout to drain in between. */
async function writeLines(lines: Iterable<string>, io: Io): Promise<void> {
  let batch: string[] = []
  for (const line of lines) {
    batch.push(line)
    if (batch.length < 1000) continue
    io.stdout(batch.join('\n') + '\n')
    batch = []
    await io.stdoutDrained?.()
  }
  if (batch.length > 0) io.stdout(batch.join('\n') + '\n')
}

function readArguments(args: string[]) {
  return parseArguments('parse', {
    args,
    allowPositionals: true,
    options: {
      format: {type: 'string'},
      lang: {type: 'string'},
      languages: {type: 'string'},
      'input-format': {type: 'string'},
      encoding: {type: 'string'},
      help: {type: 'boolean', short: 'h'}
    }
  })
}

function toOptions(values: ReturnType<typeof readArguments>['values']): ParseOptions {
  return {
    format: readInputFormat('parse', values['input-format']),
    ...(values.lang === undefined ? {} : {lang: values.lang}),
    ...(values.languages === undefined ? {} : {languages: values.languages.split(',').map((code) => code.trim())}),
    ...(values.encoding === undefined ? {} : {encoding: values.encoding})
  }
}

/** Reads `file` relative to `cwd`, naming it as given in the document and in errors. */
async function load(file: string, cwd: string, options: ParseOptions) {
  return namedAsGiven(file, cwd, async (path) => ({...(await readDocument(path, options)), path: file}))
}

/**
 * The document model of `file` as JSON fields, its blocks built while they are
 * written (`streamDocument`): a file of hundreds of megabytes is never a model in memory.
 */
async function stream(file: string, cwd: string, options: ParseOptions) {
  return namedAsGiven(file, cwd, async (path) => {
    const {text, format} = await readDocumentSource(path, options)
    limitHeapGrowth(typeof text === 'string' ? text.length : text.utf8.length)
    const {lang, langConfidence, format: parsed, blocks, sections} = await streamDocument(text, {...options, format})
    return {lang, langConfidence, format: parsed, path: file, blocks, sections}
  })
}

async function namedAsGiven<T>(file: string, cwd: string, read: (path: string) => Promise<T>): Promise<T> {
  const path = resolve(cwd, file)
  try {
    return await read(path)
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.code, error.message.replace(path, file))
    throw error
  }
}
