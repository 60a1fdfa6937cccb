import {resolve} from 'node:path'
import {unitsFromXliff, unitsToXliff} from '../memory/xliff-units.js'
import type {TranslationUnit} from '../memory/types.js'
import {readXliff} from '../format/read-xliff.js'
import type {Io} from './io.js'
import {summary, withMemory} from './tm-store.js'
import type {Values} from './tm-values.js'
import {langs} from './tm-values.js'

/** `tm import reviewed.xlf`: the reviewer's targets go into the TM. */
export async function importXliff(path: string, values: Values, io: Io): Promise<number> {
  const {readFile} = await import('node:fs/promises')
  const units = unitsFromXliff(readXliff(await readFile(path, 'utf8')))
  return withMemory(values, io, true, async (memory, name) => {
    io.stdout(summary(await memory.add(units), name))
    return 0
  })
}

/** `tm export --format xliff`: one language pair (the TM's main one unless given), whole file at once. */
export async function exportXliff(values: Values, io: Io): Promise<number> {
  return withMemory(values, io, false, async (memory, name) => {
    const units: TranslationUnit[] = []
    for await (const batch of memory.export()) units.push(...batch)
    const {xliff, skipped} = unitsToXliff(units, {...langs(values), original: name})
    if (values.output === undefined) io.stdout(xliff)
    else await (await import('node:fs/promises')).writeFile(resolve(io.cwd, values.output), xliff)
    if (skipped > 0) io.stderr(`tm export: ${skipped} units of other language pairs left out; choose one with --source-lang/--target-lang\n`)
    return 0
  })
}
