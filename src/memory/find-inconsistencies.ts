import type {ConsistencyReport, Inconsistency, TranslationUnit} from './types.js'
import {sideKey} from './unit-key.js'

interface Group {
  text: string
  lang: string
  /** Normalised key of each different translation → its first text. */
  translations: Map<string, string>
}

/**
 * Groups units (in stored order) by normalised source and by normalised
 * target, and keeps the groups with more than one different counterpart.
 * Sides are taken as stored: a unit's source is only compared with sources.
 */
export function findInconsistencies(units: Iterable<TranslationUnit>): ConsistencyReport {
  const bySource = new Map<string, Group>()
  const byTarget = new Map<string, Group>()
  for (const unit of units) {
    const source = sideKey(unit.source, unit.sourceLang)
    const target = sideKey(unit.target, unit.targetLang)
    addTo(bySource, source, unit.source, unit.sourceLang).translations.set(target, unit.target)
    addTo(byTarget, target, unit.target, unit.targetLang).translations.set(source, unit.source)
  }
  return {sameSource: conflicts(bySource), sameTarget: conflicts(byTarget)}
}

function addTo(groups: Map<string, Group>, key: string, text: string, lang: string): Group {
  let group = groups.get(key)
  if (!group) {
    group = {text, lang, translations: new Map()}
    groups.set(key, group)
  }
  return group
}

function conflicts(groups: Map<string, Group>): Inconsistency[] {
  const found: Inconsistency[] = []
  for (const group of groups.values()) {
    if (group.translations.size > 1) {
      found.push({text: group.text, lang: group.lang, translations: [...group.translations.values()]})
    }
  }
  return found
}
