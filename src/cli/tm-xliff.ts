import {resolve} from 'node:path'
import {unitsFromXliff, unitsToXliff} from '../memory/xliff-units.js'
import type {TranslationUnit} from '../memory/types.js'
import {readXliffFile} from './read-xliff-file.js'
import {decodeXml} from '../format/decode-xml.js'
import type {Io} from './io.js'
import {UsageError} from './io.js'
import {plural} from './plural.js'
import {pairSummary, summary, withMemory} from './tm-store.js'
import type {Values} from './tm-values.js'
import {langs} from './tm-values.js'

/** `tm import file.xlf`: the translated units go into the TM; what was skipped, and why, on stderr. */
export async function importXliff(path: string, name: string, values: Values, io: Io): Promise<number> {
  const {readFile} = await import('node:fs/promises')
  const options = {...langs(values), ...(values.states === undefined ? {} : {states: statesOf(values.states)})}
  const {units, skipped} = unitsFromXliff(readXliffFile(decodeXml(await readFile(path), 'tm import'), name), options)
  return withMemory(values, io, true, async (memory, name) => {
    io.stdout(summary(await memory.add(units), name))
    io.stderr(pairSummary({pairs: pairsOf(units), skipped: {}}))
    const total = Object.values(skipped).reduce((sum, count) => sum + count, 0)
    const reasons = Object.entries(skipped).map(([reason, count]) => `${count} ${reason}`)
    if (total > 0) io.stderr(`tm import: ${plural(total, 'unit')} skipped: ${reasons.join(', ')}\n`)
    return 0
  })
}

/** The units read per language pair, in the order the pairs first occur. */
function pairsOf(units: readonly TranslationUnit[]): Array<{sourceLang: string; targetLang: string; units: number}> {
  const pairs = new Map<string, {sourceLang: string; targetLang: string; units: number}>()
  for (const {sourceLang, targetLang} of units) {
    const key = `${sourceLang}\u0000${targetLang}`
    const pair = pairs.get(key) ?? {sourceLang, targetLang, units: 0}
    pair.units++
    pairs.set(key, pair)
  }
  return [...pairs.values()]
}

/** `--states translated,final` or `--states all`. */
function statesOf(text: string): string[] | 'all' {
  const states = text.split(',').map((state) => state.trim()).filter((state) => state !== '')
  if (states.length === 0) throw new UsageError("tm: --states takes a comma-separated list of XLIFF states, or 'all'")
  return states.includes('all') ? 'all' : states
}

/** `tm export --format xliff` (1.2) or `xliff2` (2.0): one language pair (the TM's main one unless given), whole file at once. */
export async function exportXliff(values: Values, io: Io, version: '1.2' | '2.0' = '1.2'): Promise<number> {
  return withMemory(values, io, false, async (memory, name) => {
    const units: TranslationUnit[] = []
    for await (const batch of memory.export()) units.push(...batch)
    const {xliff, skipped} = unitsToXliff(units, {...langs(values), original: name, version})
    if (values.output === undefined) io.stdout(xliff)
    else await (await import('node:fs/promises')).writeFile(resolve(io.cwd, values.output), xliff)
    if (skipped > 0) io.stderr(`tm export: ${plural(skipped, 'unit')} of other language pairs left out; choose one with --source-lang/--target-lang\n`)
    return 0
  })
}
