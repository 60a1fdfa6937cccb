import type BetterSqlite3 from 'better-sqlite3'
import {matchTokens, primaryLang} from './match-tokens.js'
import type {AddResult, TranslationUnit} from './types.js'
import {unitKeys} from './unit-key.js'
import {toBlob, unitData} from './unit-row.js'

/**
 * Writes batches into the SQLite store, one `BEGIN IMMEDIATE` transaction per
 * batch. Token ids are shared by processes: the known ones are cached, and
 * ids added by another writer are read inside the transaction, under its lock.
 */
export function createWriter(db: BetterSqlite3.Database): (units: TranslationUnit[]) => AddResult {
  /** Language → token text → id. */
  const vocabulary = new Map<string, Map<string, number>>()
  const wordsOf = (lang: string): Map<string, number> => {
    let words = vocabulary.get(lang)
    if (!words) vocabulary.set(lang, (words = new Map()))
    return words
  }
  let lastId = 0
  /** `primaryLang`, remembered: a TM has few distinct tags. */
  const primaries = new Map<string, string>()
  const primaryOf = (tag: string): string => {
    let primary = primaries.get(tag)
    if (primary === undefined && primaries.size < 1000) primaries.set(tag, (primary = primaryLang(tag)))
    return primary ?? primaryLang(tag)
  }
  const statements = {
    newTokens: db.prepare('SELECT id, lang, text FROM tokens WHERE id > ? ORDER BY id'),
    insertUnit: db.prepare(`INSERT OR IGNORE INTO units (key, source, target, source_lang, target_lang, source_primary,
      target_primary, source_key, target_key, source_tokens, target_tokens, source_count, target_count, data)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertTokens: db.prepare(`INSERT INTO tokens (id, lang, text, df)
      SELECT value ->> 0, value ->> 1, value ->> 2, 0 FROM json_each(?)`),
    addFrequencies: db.prepare(`UPDATE tokens SET df = df + counts.value ->> 1
      FROM json_each(?) AS counts WHERE tokens.id = counts.value ->> 0`),
    insertPosting: db.prepare('INSERT INTO postings (token, entries) VALUES (?, ?)'),
    countPair: db.prepare(`INSERT INTO pairs (source_lang, target_lang, units) VALUES (?, ?, ?)
      ON CONFLICT (source_lang, target_lang) DO UPDATE SET units = units + excluded.units`)
  }

  function refresh(): void {
    for (const row of statements.newTokens.all(lastId) as Array<{id: number; lang: string; text: string}>) {
      wordsOf(row.lang).set(row.text, row.id)
      lastId = row.id
    }
  }

  const write = db.transaction((units: TranslationUnit[]): AddResult => {
    refresh()
    const created: Array<[number, string, string]> = []
    const idOf = (words: Map<string, number>, lang: string, text: string): number => {
      let id = words.get(text)
      if (id === undefined) {
        id = lastId + created.length + 1
        created.push([id, lang, text])
        words.set(text, id)
      }
      return id
    }
    try {
      const {result, postings, pairs} = insertUnits(units, idOf)
      if (created.length > 0) statements.insertTokens.run(JSON.stringify(created))
      const frequencies: Array<[number, number]> = []
      for (const [token, entries] of postings) {
        frequencies.push([token, entries.length / 2])
        statements.insertPosting.run(token, toBlob(entries))
      }
      statements.addFrequencies.run(JSON.stringify(frequencies))
      for (const [pair, count] of pairs) statements.countPair.run(...pair.split('\u0000'), count)
      lastId += created.length
      return result
    } catch (error) {
      for (const [, lang, text] of created) wordsOf(lang).delete(text)
      throw error
    }
  })

  function insertUnits(units: TranslationUnit[], idOf: (words: Map<string, number>, lang: string, text: string) => number) {
    const result: AddResult = {added: 0, duplicates: 0}
    const postings = new Map<number, number[]>()
    const pairs = new Map<string, number>()
    for (const unit of units) {
      const sourcePrimary = primaryOf(unit.sourceLang)
      const targetPrimary = primaryOf(unit.targetLang)
      const source = tokenIds(matchTokens(unit.source, unit.sourceLang), sourcePrimary, idOf)
      const target = tokenIds(matchTokens(unit.target, unit.targetLang), targetPrimary, idOf)
      const keys = unitKeys(unit)
      const info = statements.insertUnit.run(
        keys.unit, unit.source, unit.target, unit.sourceLang, unit.targetLang, sourcePrimary, targetPrimary, keys.source,
        keys.target, toBlob(source), toBlob(target), source.length, target.length, unitData(unit)
      )
      if (info.changes === 0) {
        result.duplicates++
        continue
      }
      result.added++
      const id = Number(info.lastInsertRowid)
      post(postings, id * 2, source)
      post(postings, id * 2 + 1, target)
      const pair = unit.sourceLang + '\u0000' + unit.targetLang
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
    }
    return {result, postings, pairs}
  }

  function tokenIds(tokens: string[], lang: string, idOf: (words: Map<string, number>, lang: string, text: string) => number): number[] {
    const words = wordsOf(lang)
    const ids = new Array<number>(tokens.length)
    for (let i = 0; i < tokens.length; i++) ids[i] = words.get(tokens[i] as string) ?? idOf(words, lang, tokens[i] as string)
    return ids
  }

  return (units) => write.immediate(units)
}


/** Postings hold `entry, token count` pairs, so the length window filters before any row is read. */
function post(postings: Map<number, number[]>, entry: number, tokens: number[]): void {
  for (const token of tokens) {
    let list = postings.get(token)
    if (!list) postings.set(token, (list = []))
    // A token repeated in the side: its list already ends with this entry.
    if (list[list.length - 2] !== entry) list.push(entry, tokens.length)
  }
}
