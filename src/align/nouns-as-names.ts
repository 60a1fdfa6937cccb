import {likelyScript} from '../text/cased-script.js'
import type {Side} from './side.js'
import {removeKeys} from './side.js'
import type {Interner, UnitFeatures} from './unit-features.js'

/** Fewest of a side's name keys that must have a partner somewhere on the other side for the rest to count. */
const namesCarriedOver = 1 / 3

/**
 * Name keys (`n:`) with no partner anywhere on the other side, dropped when most of the side's
 * names are like that: a language that capitalises its nouns (German) reads every noun as a name,
 * and against French or English most of them never match. Such keys can only cost, and they cost a
 * unit in a pair or a merge but not when it is left alone, so they pushed merged sentences out as
 * dropped ones. Where names mostly do carry over (news, with its people and places: about half of
 * German's name keys in NTREX), a name without partner still marks a dropped sentence, and stays.
 * Only between documents in the same script: across scripts names are matched by other keys.
 */
export function dropNounsReadAsNames(source: Side, target: Side, keys: Interner, sourceLang: string, targetLang: string): void {
  if (!sameScript(sourceLang, targetLang)) return
  dropUnmatched(source, target, keys)
  dropUnmatched(target, source, keys)
}

/** `dropNounsReadAsNames` for one side. */
function dropUnmatched(side: Side, other: Side, keys: Interner): void {
  const names = new Set<number>()
  for (const [name, key] of keys) if (name.startsWith('n:')) names.add(key)
  const present = (units: readonly UnitFeatures[]) => new Set(units.flatMap((unit) => unit.keys.filter((key) => names.has(key))))
  const own = present([...side.sentences, ...side.blocks])
  const elsewhere = present([...other.sentences, ...other.blocks])
  const alone = new Set([...own].filter((key) => !elsewhere.has(key)))
  if (own.size === 0 || own.size - alone.size >= namesCarriedOver * own.size) return
  removeKeys(side, (key) => alone.has(key))
}

/** Whether both documents are written in the same script (Latin, Cyrillic …), as far as their languages tell. */
function sameScript(sourceLang: string, targetLang: string): boolean {
  const [source, target] = [likelyScript(sourceLang), likelyScript(targetLang)]
  return source !== undefined && source === target
}
