import {readFile} from 'node:fs/promises'
import type {Lexicon} from '../anchors/lexicon.js'
import {parseLexicon} from '../anchors/parse-lexicon.js'
import type {ParseLexiconOptions} from '../anchors/parse-lexicon.js'
import {declaredCharset} from '../document/declared-charset.js'
import {decodeText} from '../document/decode-text.js'
import {InputError} from '../input-error.js'
import type {CheckFilesOptions} from './check-files.js'
import type {BitextConfig} from './config.js'
import type {GlossaryEntry} from './glossary.js'
import {parseGlossary} from './parse-glossary.js'

/**
 * The check options a config sets: its `rules`, and its `lexicon` and
 * `glossary` files read. `checkProject`, `bitext check` and `bitext report`
 * all start from these, so they report the same findings.
 */
export async function configOptions(config: Pick<BitextConfig, 'rules' | 'lexicon' | 'glossary'>): Promise<CheckFilesOptions> {
  const options: CheckFilesOptions = {rules: config.rules}
  if (config.lexicon !== undefined) options.lexicons = [await readLexiconFile(config.lexicon)]
  if (config.glossary !== undefined) options.glossary = await readGlossaryFile(config.glossary)
  return options
}

/** A lexicon (TSV) file; an unreadable one is `InputError('not-found')`, a bad line names the file. */
export async function readLexiconFile(file: string, options: ParseLexiconOptions = {}): Promise<Lexicon> {
  const text = await readTermFile(file, 'lexicon')
  return namingFile(file, () => parseLexicon(text, options))
}

/**
 * A glossary: CSV, or TBX when the file is named `.tbx` or is XML (its XML
 * parser is loaded only then). The bytes are decoded as the file declares
 * (`<?xml … encoding="windows-1254"?>`), else as `decodeText` reads a document:
 * never as UTF-8 with U+FFFD in place of what it cannot read.
 */
export async function readGlossaryFile(file: string): Promise<GlossaryEntry[]> {
  const bytes = await readTermBytes(file, 'glossary')
  return namingFile(file, async () => {
    const declared = declaredCharset(bytes)
    const text = decodeText(bytes, declared === undefined || /^utf-?8$/.test(declared) ? {} : {encoding: declared}).text
    if (!file.toLowerCase().endsWith('.tbx') && !text.trimStart().startsWith('<')) return parseGlossary(text)
    return (await import('./parse-tbx.js')).parseTbx(text)
  })
}

/** `read`'s result; its `InputError` (a bad line, an unknown encoding) with `file` named first, as the decoder and parsers do not know it. */
async function namingFile<T>(file: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (!(error instanceof InputError) || error.message.startsWith(file)) throw error
    throw new InputError(error.code, `${file}: ${error.message}`)
  }
}

async function readTermBytes(file: string, kind: string): Promise<Uint8Array> {
  try {
    return await readFile(file)
  } catch {
    throw new InputError('not-found', `${file}: cannot read the ${kind} file; check the path`)
  }
}

async function readTermFile(file: string, kind: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    throw new InputError('not-found', `${file}: cannot read the ${kind} file; check the path`)
  }
}
