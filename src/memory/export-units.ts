import type {TmxWriteOptions} from './tmx-write.js'
import {writeTmx} from './tmx-write.js'
import type {TranslationUnit} from './types.js'

/** Options of `exportUnits`. */
export interface ExportOptions extends TmxWriteOptions {
  /** `tmx` (TMX 1.4), `tsv` (a header line, then language, language, source, target) or `jsonl` (one unit per line). Default `tmx`. */
  format?: 'tmx' | 'tsv' | 'jsonl'
}

type Batches = AsyncIterable<TranslationUnit[]> | Iterable<TranslationUnit[]>

/**
 * Writes units as text chunks in bounded memory, one chunk per batch.
 *
 * In TSV, tabs, newlines, carriage returns and backslashes are escaped as
 * `\t`, `\n`, `\r`, `\\`, and inline tags are written as their XML.
 *
 * @example
 *   for await (const chunk of exportUnits(memory.export(), {format: 'tsv'})) process.stdout.write(chunk)
 */
export async function* exportUnits(batches: Batches, options: ExportOptions = {}): AsyncGenerator<string> {
  const format = options.format ?? 'tmx'
  if (format === 'tmx') {
    yield* writeTmx(batches, options)
    return
  }
  if (format === 'tsv') yield 'source_lang\ttarget_lang\tsource\ttarget\n'
  for await (const batch of batches) {
    yield batch.map((unit) => (format === 'tsv' ? tsvLine(unit) : JSON.stringify(unit) + '\n')).join('')
  }
}

function tsvLine(unit: TranslationUnit): string {
  const fields = [unit.sourceLang, unit.targetLang, withTags(unit.source, unit.sourceTags), withTags(unit.target, unit.targetTags)]
  return fields.map(escapeField).join('\t') + '\n'
}

function withTags(text: string, tags: string[] = []): string {
  return text.replace(/[\uE000-\uF8FF]/g, (char) => tags[(char.codePointAt(0) as number) - 0xe000] ?? char)
}

function escapeField(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (char) => ({'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'})[char] as string)
}
