import {likelyScript} from '../text/cased-script.js'
import type {Side} from './side.js'
import {removeKeys} from './side.js'
import type {Interner} from './unit-features.js'

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
  const isName = new Uint8Array(keys.size)
  for (const [name, key] of keys) if (name.startsWith('n:')) isName[key] = 1
  const [onSource, onTarget] = [namesOn(source, isName), namesOn(target, isName)]
  dropUnmatched(source, onSource, onTarget)
  dropUnmatched(target, onTarget, onSource)
}

/** The name keys found on a side. */
function namesOn(side: Side, isName: Uint8Array): Set<number> {
  const found = new Set<number>()
  for (const units of [side.sentences, side.blocks]) for (const unit of units) for (const key of unit.keys) if (isName[key] === 1) found.add(key)
  return found
}

/** Takes a side's name keys without partner out, when fewer than a third of its names have one. */
function dropUnmatched(side: Side, own: ReadonlySet<number>, other: ReadonlySet<number>): void {
  const alone = new Set([...own].filter((key) => !other.has(key)))
  if (own.size === 0 || own.size - alone.size >= namesCarriedOver * own.size) return
  removeKeys(side, (key) => alone.has(key))
}

/** Whether both documents are written in the same script (Latin, Cyrillic …), as far as their languages tell. */
function sameScript(sourceLang: string, targetLang: string): boolean {
  const [source, target] = [likelyScript(sourceLang), likelyScript(targetLang)]
  return source !== undefined && source === target
}
