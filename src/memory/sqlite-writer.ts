import type BetterSqlite3 from 'better-sqlite3'
import type {PreparedBatch, Preparer} from './prepare-units.js'
import {createPreparer, stringColumns} from './prepare-units.js'
import {postingRows} from './posting-rows.js'
import {shortKeyLength} from './sqlite-schema.js'
import type {AddResult, TranslationUnit} from './types.js'
import {unitKeys} from './unit-key.js'
import {toBlob} from './unit-row.js'
import {entryOf} from './entry.js'

/**
 * Writes the prepared batches of one preparer, in order. Its mapping of the
 * preparer's token ids holds until a batch fails: after a failure, start a new
 * preparer and a new writer.
 */
export interface SqliteWriter {
  (batch: PreparedBatch): AddResult
}

/**
 * The SQLite store's writers, one `BEGIN IMMEDIATE` transaction per batch.
 * Token ids are shared by processes: the known ones are cached, and ids added
 * by another writer are read inside the transaction, under its lock.
 *
 * `add` prepares its units in this thread; `writer()` returns a writer for the
 * batches of a preparer that runs elsewhere (the TMX import's worker).
 */
export function createWriters(db: BetterSqlite3.Database): {add: (units: TranslationUnit[]) => AddResult; writer: () => SqliteWriter} {
  /** Primary language → token text → id, for every token this process has seen. */
  const vocabulary = new Map<string, Map<string, number>>()
  const wordsOf = (lang: string): Map<string, number> => {
    let words = vocabulary.get(lang)
    if (!words) vocabulary.set(lang, (words = new Map()))
    return words
  }
  let lastId = 0
  const statements = {
    newTokens: db.prepare('SELECT id, lang, text FROM tokens WHERE id > ? ORDER BY id'),
    nextUnit: db.prepare('SELECT coalesce(max(id), 0) + 1 FROM units').pluck(),
    insertUnit: db.prepare(`INSERT OR IGNORE INTO units (${unitColumns.join(', ')}) VALUES (${unitColumns.map((column) => `@${column}`).join(', ')})`),
    insertTokens: db.prepare(`INSERT INTO tokens (id, lang, text, df)
      SELECT value ->> 0, value ->> 1, value ->> 2, 0 FROM json_each(?)`),
    addFrequencies: db.prepare(`UPDATE tokens SET df = df + counts.value ->> 1
      FROM json_each(?) AS counts WHERE tokens.id = counts.value ->> 0`),
    insertPosting: db.prepare('INSERT INTO postings (token, entries) VALUES (?, ?)'),
    sides: db.prepare('SELECT source_key, target_key FROM units WHERE key = ?').raw(),
    countPair: db.prepare(`INSERT INTO pairs (source_lang, target_lang, units) VALUES (?, ?, ?)
      ON CONFLICT (source_lang, target_lang) DO UPDATE SET units = units + excluded.units`)
  }

  function refresh(): void {
    for (const row of statements.newTokens.all(lastId) as Array<{id: number; lang: string; text: string}>) {
      wordsOf(row.lang).set(row.text, row.id)
      lastId = row.id
    }
  }

  function writer(): SqliteWriter {
    /** Local token id (of the preparer) → store id. */
    let storeIds: Int32Array = new Int32Array(1024)
    const write = db.transaction((batch: PreparedBatch): AddResult => {
      refresh()
      const created: Array<[number, string, string]> = []
      try {
        storeIds = mapNewTokens(batch, storeIds, created)
        if (created.length > 0) statements.insertTokens.run(JSON.stringify(created))
        const tokens = batch.tokens
        for (let i = 0; i < tokens.length; i++) tokens[i] = storeIds[tokens[i] as number] as number
        const first = statements.nextUnit.get() as number
        const stored = insertUnits(batch, first)
        writePostings(batch, first, stored.stored, storeIds)
        lastId += created.length
        return {added: stored.added, duplicates: batch.count - stored.added}
      } catch (error) {
        for (const [, lang, text] of created) wordsOf(lang).delete(text)
        throw error
      }
    })
    return (batch) => write.immediate(batch)
  }

  /** Store ids of the tokens the batch introduces: known ones looked up, the others created (in `created`). */
  function mapNewTokens(batch: PreparedBatch, storeIds: Int32Array, created: Array<[number, string, string]>): Int32Array {
    const needed = batch.firstNewToken + batch.newTokens.length / 2
    let ids = storeIds
    if (needed > ids.length) {
      ids = new Int32Array(Math.max(needed, ids.length * 2))
      ids.set(storeIds)
    }
    for (let i = 0; i < batch.newTokens.length; i += 2) {
      const lang = batch.newTokens[i] as string
      const text = batch.newTokens[i + 1] as string
      const words = wordsOf(lang)
      let id = words.get(text)
      if (id === undefined) {
        id = lastId + created.length + 1
        created.push([id, lang, text])
        words.set(text, id)
      }
      ids[batch.firstNewToken + i / 2] = id
    }
    return ids
  }

  /**
   * Inserts the rows with ids from `first`, with their keys (computed here, on
   * the writer's thread, which has less to do than the preparer's); which were
   * stored (not already in the file, nor earlier in the batch) and how many.
   */
  function insertUnits(batch: PreparedBatch, first: number): {added: number; stored: Uint8Array} {
    const stored = new Uint8Array(batch.count)
    const pairs = new Map<string, number>()
    const row = {} as UnitRowValues
    let added = 0
    for (let unit = 0; unit < batch.count; unit++) {
      fillRow(row, batch, unit, first + unit)
      if (!insert(row)) continue
      stored[unit] = 1
      added++
      const pair = row.source_lang + '\u0000' + row.target_lang
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
    }
    for (const [pair, count] of pairs) statements.countPair.run(...pair.split('\u0000'), count)
    return {added, stored}
  }

  /**
   * Inserts a row under its short key; when another unit holds that key (66
   * bits: about one chance in 10^7 in ten million units), compares the two
   * sides' full keys, and stores a different unit under its whole key, which
   * no short key can equal. Whether the row was stored (not a duplicate).
   */
  function insert(row: UnitRowValues): boolean {
    if (statements.insertUnit.run(row).changes > 0) return true
    const [source, target] = statements.sides.get(row.key) as [string, string]
    const same = (source === row.source_key && target === row.target_key) || (source === row.target_key && target === row.source_key)
    if (same || row.key === row.unitKey) return false
    row.key = row.unitKey
    return insert(row)
  }

  /** One postings row per token of the batch, and the tokens' frequencies. */
  function writePostings(batch: PreparedBatch, first: number, stored: Uint8Array, storeIds: Int32Array): void {
    const frequencies: Array<[number, number]> = []
    for (const {token, entries} of postingRows(batch, first, stored, storeIds)) {
      frequencies.push([token, entries.length / 2])
      statements.insertPosting.run(token, toBlob(entries))
    }
    statements.addFrequencies.run(JSON.stringify(frequencies))
  }

  const preparer = {current: createPreparer() as Preparer, write: writer()}
  return {
    add(units) {
      try {
        return preparer.write(preparer.current(units))
      } catch (error) {
        // The preparer's vocabulary now names tokens the file may not have: start both afresh.
        preparer.current = createPreparer()
        preparer.write = writer()
        throw error
      }
    },
    writer
  }
}

/** The columns of a `units` row, in the order of the table. */
const unitColumns = ['id', ...stringColumns, 'source_tokens', 'target_tokens', 'source_count', 'target_count', 'key', 'source_key', 'target_key'] as const

/** One `units` row by column, plus the unit's whole key (`unitKey`, used when its short `key` is taken). */
type UnitRowValues = Record<(typeof stringColumns)[number], string> & {
  id: number
  source_tokens: Uint8Array
  target_tokens: Uint8Array
  source_count: number
  target_count: number
  key: string
  source_key: string
  target_key: string
  unitKey: string
}

/** Fills `row` (reused from unit to unit) with unit `unit` of a prepared batch, stored as id `id`. */
function fillRow(row: UnitRowValues, batch: PreparedBatch, unit: number, id: number): void {
  const {strings, ends, tokens, tokenEnds} = batch
  const width = stringColumns.length
  row.id = id
  let start = unit === 0 ? 0 : (ends[unit * width - 1] as number)
  stringColumns.forEach((column, index) => {
    const end = ends[unit * width + index] as number
    row[column] = strings.slice(start, end)
    start = end
  })
  const from = unit === 0 ? 0 : (tokenEnds[entryOf(unit - 1, 1)] as number)
  const middle = tokenEnds[entryOf(unit, 0)] as number
  const to = tokenEnds[entryOf(unit, 1)] as number
  row.source_tokens = toBlob(tokens, from, middle)
  row.target_tokens = toBlob(tokens, middle, to)
  row.source_count = middle - from
  row.target_count = to - middle
  const keys = unitKeys({source: row.source, target: row.target, sourceLang: row.source_lang, targetLang: row.target_lang})
  row.key = keys.unit.slice(0, shortKeyLength)
  row.unitKey = keys.unit
  row.source_key = keys.source
  row.target_key = keys.target
}
