import type {RuleSetting} from './context.js'
import {nearestName} from './nearest-name.js'
import {ruleTable} from './rule-table.js'
import type {RuleId} from './types.js'

const settings = new Set(['error', 'warning', 'info', 'off'])
const ruleIds = new Set<string>(ruleTable.map((rule) => rule.id))

/**
 * Rule settings from a config file or `check`'s options: each key a rule id (a misspelled one is an
 * error that names the nearest), each value `error`, `warning`, `info` or `off`. Problems go through
 * `fail`, which makes the caller's error.
 */
export function readRules(value: unknown, fail: (reason: string) => Error): Partial<Record<RuleId, RuleSetting>> {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('expected "rules" to map rule ids to error, warning, info or off')
  const rules: Partial<Record<RuleId, RuleSetting>> = {}
  for (const [id, setting] of Object.entries(value)) {
    if (!ruleIds.has(id)) throw fail(`unknown rule "${id}"; did you mean "${nearestName(id, [...ruleIds])}"?`)
    if (typeof setting !== 'string' || !settings.has(setting)) throw fail(`rule "${id}": expected error, warning, info or off`)
    rules[id as RuleId] = setting as RuleSetting
  }
  return rules
}
