import type BetterSqlite3 from 'better-sqlite3'
import type {PreparedBatch, Preparer} from './prepare-units.js'
import {createPreparer, stringColumns} from './prepare-units.js'
import {postingRows} from './posting-rows.js'
import {shortKeyLength} from './sqlite-schema.js'
import type {AddResult, TranslationUnit} from './types.js'
import {unitKeys} from './unit-key.js'
import {toBlob} from './unit-row.js'

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
    insertUnit: db.prepare(`INSERT OR IGNORE INTO units (id, ${stringColumns.join(', ')}, source_tokens, target_tokens, source_count, target_count,
      key, source_key, target_key) VALUES (${new Array(stringColumns.length + 8).fill('?').join(', ')})`),
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
    const width = stringColumns.length
    const values: unknown[] = new Array(width + 8)
    const {strings, ends, tokens, tokenEnds} = batch
    let added = 0
    let start = 0
    for (let unit = 0; unit < batch.count; unit++) {
      values[0] = first + unit
      for (let column = 0; column < width; column++) {
        const end = ends[unit * width + column] as number
        values[column + 1] = strings.slice(start, end)
        start = end
      }
      const from = unit === 0 ? 0 : (tokenEnds[unit * 2 - 1] as number)
      const middle = tokenEnds[unit * 2] as number
      const to = tokenEnds[unit * 2 + 1] as number
      values[width + 1] = toBlob(tokens, from, middle)
      values[width + 2] = toBlob(tokens, middle, to)
      values[width + 3] = middle - from
      values[width + 4] = to - middle
      const keys = unitKeys({source: values[1] as string, target: values[2] as string, sourceLang: values[3] as string, targetLang: values[4] as string})
      values[width + 5] = keys.unit.slice(0, shortKeyLength)
      values[width + 6] = keys.source
      values[width + 7] = keys.target
      if (!insert(values, keys)) continue
      stored[unit] = 1
      added++
      const pair = (values[3] as string) + '\u0000' + (values[4] as string)
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
  function insert(values: unknown[], keys: {unit: string; source: string; target: string}): boolean {
    if (statements.insertUnit.run(values).changes > 0) return true
    const keyAt = stringColumns.length + 5
    const [source, target] = statements.sides.get(values[keyAt]) as [string, string]
    const same = (source === keys.source && target === keys.target) || (source === keys.target && target === keys.source)
    if (same || values[keyAt] === keys.unit) return false
    values[keyAt] = keys.unit
    return insert(values, keys)
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
