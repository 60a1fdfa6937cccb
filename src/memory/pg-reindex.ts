import type pg from 'pg'
import {primaryLang} from '../text/primary-lang.js'
import {matchTokens} from './match-tokens.js'
import type {UnitRow} from './pg-candidates.js'
import {addTokenCounts} from './pg-writer.js'

/** Rows read and re-tokenised at a time. */
const chunk = 5000

/**
 * The Unicode blocks of Han, kana, Thai, Lao, Khmer and Myanmar, as a PostgreSQL bracket
 * expression: every folded text with a letter of those scripts matches it (a superset, as blocks
 * hold symbols too; each row found is tokenised again here and updated only if its tokens differ).
 */
const unspacedBlocks =
  '[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\u2E80-\u2FDF\u3005-\u3007\u3021-\u302F\u3031-\u303C\u3040-\u30FF\u3190-\u31FF\u3200-\u4DBF\u4E00-\u9FFF' +
  '\uA9E0-\uA9FF\uAA60-\uAA7F\uF900-\uFAFF\uFF66-\uFF9F\u{16FE0}-\u{16FFF}\u{1AFF0}-\u{1B2FF}\u{20000}-\u{323AF}]'

/** The columns of a unit the tokens come from. */
type Row = Omit<UnitRow, 'data'>

/**
 * Tokenises again, as `add` would now, the units whose text has letters of scripts written
 * without spaces (Han, kana, Thai …): before schema 2 a run of them was one token, now each letter
 * is. Updates their folded sides and token counts, and the token frequencies (a token no unit has
 * any more is dropped). Other units, and a memory without such text, stay as they are. Runs inside
 * the caller's transaction.
 */
export async function reindexUnspacedScripts(client: pg.PoolClient, s: string): Promise<void> {
  const changes = new Map<string, number>()
  const change = (lang: string, tokens: Iterable<string>, by: number) => {
    for (const token of new Set(tokens)) {
      const key = primaryLang(lang) + '\u0000' + token
      changes.set(key, (changes.get(key) ?? 0) + by)
    }
  }
  let last = '0'
  for (;;) {
    const {rows} = await client.query<Row>(
      `SELECT id, source, target, source_lang, target_lang, source_folded, target_folded FROM ${s}.units
       WHERE id > $1 AND (source_folded ~ $2 OR target_folded ~ $2) ORDER BY id LIMIT ${chunk}`,
      [last, unspacedBlocks]
    )
    if (rows.length === 0) break
    const updates: Array<[string, string, string, number, number]> = []
    for (const row of rows) {
      const [source, target] = [matchTokens(row.source, row.source_lang), matchTokens(row.target, row.target_lang)]
      const [sourceFolded, targetFolded] = [` ${source.join(' ')} `, ` ${target.join(' ')} `]
      if (sourceFolded === row.source_folded && targetFolded === row.target_folded) continue
      change(row.source_lang, tokensOf(row.source_folded), -1)
      change(row.target_lang, tokensOf(row.target_folded), -1)
      change(row.source_lang, source, 1)
      change(row.target_lang, target, 1)
      updates.push([row.id, sourceFolded, targetFolded, source.length, target.length])
    }
    if (updates.length > 0) {
      await client.query(
        `UPDATE ${s}.units AS units SET source_folded = new.source_folded, target_folded = new.target_folded,
           source_count = new.source_count, target_count = new.target_count
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::integer[], $5::integer[]) AS new (id, source_folded, target_folded, source_count, target_count)
         WHERE units.id = new.id`,
        [0, 1, 2, 3, 4].map((column) => updates.map((update) => update[column]))
      )
    }
    last = (rows.at(-1) as Row).id
  }
  for (const [key, change] of changes) if (change === 0) changes.delete(key)
  if (changes.size === 0) return
  await addTokenCounts(client, s, changes)
  await client.query(`DELETE FROM ${s}.tokens WHERE df <= 0`)
}

/** The tokens of a folded side (` word word `). */
function tokensOf(folded: string): string[] {
  const trimmed = folded.trim()
  return trimmed === '' ? [] : trimmed.split(' ')
}
