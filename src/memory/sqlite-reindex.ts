import type BetterSqlite3 from 'better-sqlite3'
import {entryOf, isTargetEntry, unitOf} from './entry.js'
import {hasUnspacedLetter} from './match-tokens.js'
import {createPreparer} from './prepare-units.js'
import {toBlob} from './unit-row.js'

/** Units read and re-tokenised at a time. */
const chunk = 5000

/**
 * Rebuilds the word index of a memory (tokens, postings, each unit's token lists) from its units'
 * texts, as `add` would build it: for a file written when the letters of Han, kana, Thai … runs were
 * one token (schema 2), whose units of those scripts the current tokenizer reads letter by letter.
 * A file without such tokens (a Turkish-English memory) is left as it is. Unit ids, texts and
 * everything else stay; runs inside the caller's transaction.
 */
export function reindexUnspacedScripts(db: BetterSqlite3.Database): void {
  if (!hasUnspacedTokens(db)) return
  db.exec('DELETE FROM postings; DELETE FROM tokens')
  const statements = {
    units: db.prepare('SELECT id, source, target, source_lang AS sourceLang, target_lang AS targetLang FROM units WHERE id > ? ORDER BY id LIMIT ?'),
    update: db.prepare('UPDATE units SET source_tokens = ?, target_tokens = ?, source_count = ?, target_count = ? WHERE id = ?'),
    insertTokens: db.prepare('INSERT INTO tokens (id, lang, text, df) SELECT value ->> 0, value ->> 1, value ->> 2, 0 FROM json_each(?)'),
    addFrequencies: db.prepare('UPDATE tokens SET df = df + counts.value ->> 1 FROM json_each(?) AS counts WHERE tokens.id = counts.value ->> 0'),
    insertPosting: db.prepare('INSERT INTO postings (token, entries) VALUES (?, ?)')
  }
  const prepare = createPreparer()
  let last = 0
  for (;;) {
    const rows = statements.units.all(last, chunk) as Array<{id: number; source: string; target: string; sourceLang: string; targetLang: string}>
    if (rows.length === 0) return
    const batch = prepare(rows)
    // Store ids are the preparer's, plus one: the index is rebuilt from nothing.
    const created: Array<[number, string, string]> = []
    for (let i = 0; i < batch.newTokens.length; i += 2) created.push([batch.firstNewToken + i / 2 + 1, batch.newTokens[i] as string, batch.newTokens[i + 1] as string])
    if (created.length > 0) statements.insertTokens.run(JSON.stringify(created))
    const tokens = batch.tokens.map((token) => token + 1)
    rows.forEach((row, index) => {
      const from = index === 0 ? 0 : (batch.tokenEnds[entryOf(index - 1, 1)] as number)
      const middle = batch.tokenEnds[entryOf(index, 0)] as number
      const to = batch.tokenEnds[entryOf(index, 1)] as number
      statements.update.run(toBlob(tokens, from, middle), toBlob(tokens, middle, to), middle - from, to - middle, row.id)
    })
    const frequencies: Array<[number, number]> = []
    let start = 0
    batch.postingTokens.forEach((token, index) => {
      const end = batch.postingEnds[index] as number
      // The batch names units by position; the file by id (ascending with the position, so entries stay sorted).
      const entries = batch.postings.slice(start, end)
      for (let at = 0; at < entries.length; at += 2) {
        const entry = entries[at] as number
        entries[at] = entryOf((rows[unitOf(entry)] as {id: number}).id, isTargetEntry(entry) ? 1 : 0)
      }
      statements.insertPosting.run(token + 1, toBlob(entries))
      frequencies.push([token + 1, entries.length / 2])
      start = end
    })
    statements.addFrequencies.run(JSON.stringify(frequencies))
    last = (rows.at(-1) as {id: number}).id
  }
}

function hasUnspacedTokens(db: BetterSqlite3.Database): boolean {
  for (const text of db.prepare('SELECT text FROM tokens').pluck().iterate() as IterableIterator<string>) if (hasUnspacedLetter(text)) return true
  return false
}
