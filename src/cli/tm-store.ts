import {stat} from 'node:fs/promises'
import {resolve} from 'node:path'
import {InputError} from '../input-error.js'
import {openTranslationMemory} from '../memory/open-memory.js'
import type {TranslationMemory} from '../memory/translation-memory.js'
import type {AddResult, ImportSummary} from '../memory/types.js'
import type {Io} from './io.js'
import {plural} from './plural.js'
import type {Values} from './tm-values.js'

/** Opens `--tm` (an existing one unless `create`), runs `action`, and always closes it. */
export async function withMemory(values: Values, io: Io, create: boolean, action: (memory: TranslationMemory, name: string) => Promise<number>) {
  const name = values.tm ?? 'bitext-tm.sqlite'
  const isUrl = /^postgres(?:ql)?:\/\//i.test(name)
  const location = isUrl ? name : resolve(io.cwd, name)
  if (!isUrl && !create) await existing(location, name, "; build one with 'bitext tm build' or 'bitext tm import'")
  const memory = await openTranslationMemory(location, {readOnly: !isUrl && !create})
  try {
    return await action(memory, name)
  } finally {
    await memory.close()
  }
}

/** The path if it is an existing file, else an `InputError` with an optional hint. */
export async function existing(path: string, name: string, hint = ''): Promise<string> {
  const found = await stat(path).catch(() => undefined)
  if (found?.isDirectory()) throw new InputError('is-directory', `${name}: is a directory, not a file; give the path of a file`)
  if (!found?.isFile()) throw new InputError('not-found', `${name}: no such file${hint}`)
  return path
}

/** The non-blank lines of a queries file. */
export async function readQueries(path: string, name: string): Promise<string[]> {
  const {readFile} = await import('node:fs/promises')
  const text = await readFile(await existing(path, name), 'utf8')
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0)
}

/** The one-line summary of an import or build. */
export function summary(result: AddResult, name: string): string {
  return `${plural(result.added, 'unit')} added, ${plural(result.duplicates, 'duplicate')} skipped → ${name}\n`
}

/** The per-pair lines of a TMX import, for stderr: units read per pair, then `<tu>`s skipped by reason. */
export function pairSummary(summary: ImportSummary): string {
  const pairs = summary.pairs.map((pair) => `  ${pair.sourceLang} → ${pair.targetLang}: ${plural(pair.units, 'unit')} read\n`)
  const skipped = Object.entries(summary.skipped).map(([reason, count]) => `  skipped (${skipReasons[reason] ?? reason}): ${count}\n`)
  return `tm import: ${plural(summary.pairs.length, 'language pair')}\n${pairs.join('')}${skipped.join('')}`
}

const skipReasons: Record<string, string> = {
  'no-source': 'no variant in the source language',
  'no-target': 'no variant in the target language',
  'too-many-tags': 'more than 6,400 inline tags in a segment'
}
