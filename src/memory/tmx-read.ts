import {TextDecoder} from 'node:util'
import {SaxesParser} from 'saxes'
import type {SaxesOptions, SaxesTagPlain} from 'saxes'
import {InputError} from '../input-error.js'
import {TmxCollector} from './tmx-collector.js'
import type {Pair} from './tmx-units.js'
import type {ImportSummary, TranslationUnit} from './types.js'

/** Options of `readTmx`. */
export interface TmxReadOptions {
  /** Language of the sources to read. Default: each unit's `srclang`, else the header's. */
  sourceLang?: string
  /** Language of the targets to read. Default: the first other language of each unit. */
  targetLang?: string
  /** Units per yielded batch. Default `1000`. */
  batchSize?: number
  /** Name used in error messages. Default: none. */
  fileName?: string
  /** Filled in while reading: units read per pair, `<tu>`s skipped by reason. */
  summary?: ImportSummary
}

/**
 * Reads TMX (1.1-1.4) as a stream of unit batches, in bounded memory: a SAX
 * parser (saxes), no DOM. Inline elements (`bpt`, `ept`, `ph`, `it`, `ut`,
 * and both ends of `hi`) become placeholders whose XML is kept. The DOCTYPE is
 * never read: no external entity is fetched and no entity declared in it is
 * expanded (an undeclared entity is an error). Malformed XML throws an
 * `InputError` with the line and column, after yielding every unit before it.
 *
 * @example
 *   for await (const batch of readTmx(createReadStream('memory.tmx'))) await memory.add(batch)
 */
export async function* readTmx(
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: TmxReadOptions = {}
): AsyncGenerator<TranslationUnit[]> {
  const size = options.batchSize ?? 1000
  const reader = createReader(options)
  const decoder = createDecoder()
  let failure: unknown
  for await (const chunk of input) {
    failure = reader.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk))
    if (failure !== undefined) break
    while (reader.ready.length >= size) yield reader.ready.splice(0, size)
  }
  failure ??= reader.write(decoder.end()) ?? reader.close()
  while (reader.ready.length > 0) yield reader.ready.splice(0, size)
  if (failure !== undefined) throw failure
}

/** UTF-8, or UTF-16 when the input starts with its byte-order mark; invalid bytes are an error. */
function createDecoder() {
  let decoder: TextDecoder | undefined
  return {
    decode(bytes: Uint8Array): string {
      if (!decoder) {
        const label = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8'
        decoder = new TextDecoder(label, {fatal: true})
      }
      return decodeOrFail(() => (decoder as TextDecoder).decode(bytes, {stream: true}))
    },
    end: () => (decoder ? decodeOrFail(() => (decoder as TextDecoder).decode()) : '')
  }
}

function decodeOrFail(decode: () => string): string {
  try {
    return decode()
  } catch {
    throw new InputError('not-text', 'malformed TMX: the file is not valid UTF-8 or UTF-16')
  }
}

/** A saxes parser feeding a `TmxCollector`; parse errors are returned as `InputError`s. */
function createReader(options: TmxReadOptions) {
  const settings: SaxesOptions & {xmlns: false} = {xmlns: false, position: true}
  if (options.fileName !== undefined) settings.fileName = options.fileName
  const parser = new SaxesParser(settings)
  const pair: Pair = {}
  if (options.sourceLang !== undefined) pair.sourceLang = options.sourceLang
  if (options.targetLang !== undefined) pair.targetLang = options.targetLang
  const collector = new TmxCollector(pair, options.summary)
  parser.on('opentag', (tag: SaxesTagPlain) => collector.open(tag))
  parser.on('closetag', (tag: SaxesTagPlain) => collector.close(tag))
  parser.on('text', (text) => collector.text(text))
  parser.on('cdata', (text) => collector.text(text))
  const guard = (action: () => void): InputError | undefined => {
    try {
      action()
      return undefined
    } catch (error) {
      if (error instanceof InputError) return error
      return new InputError('malformed-xml', `malformed TMX: ${(error as Error).message}`)
    }
  }
  return {
    ready: collector.ready,
    write: (text: string) => guard(() => parser.write(text)),
    close: () => guard(() => parser.close())
  }
}
