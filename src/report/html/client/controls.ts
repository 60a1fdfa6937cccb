/**
 * Client of the HTML report, part 3: header, summary bar, filters by rule and severity, the
 * "only rows with findings" toggle, and `j`/`k` navigation between findings.
 */
import type {CheckReport, FindingJson} from '../../../check/types.js'
import type {Context} from './context.js'
import {el} from './view.js'

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], {type: 'language'}).of(code) ?? code
  } catch {
    return code
  }
}

function byId(id: string): HTMLElement {
  const node = document.getElementById(id)
  if (!node) throw new Error(`bitext report: the page has no #${id}`)
  return node
}

/** The two files with their languages, and the column heads. */
export function renderHeader(report: CheckReport): void {
  const files = byId('files')
  const heads = byId('colheads')
  for (const side of ['source', 'target'] as const) {
    const doc = report[side]
    if (side === 'target') files.appendChild(el('span', 'arrow', ' \u21c4 '))
    const file = el('span', 'file')
    file.appendChild(el('b', '', `${side} `))
    file.appendChild(el('span', 'lang', `${languageName(doc.lang)} (${doc.lang})`))
    file.appendChild(el('code', '', doc.path ?? '(no file)'))
    files.appendChild(file)
    const head = el('div', 'colhead', `${side} \u00b7 ${languageName(doc.lang)}`)
    head.lang = 'en'
    heads.appendChild(head)
  }
}

function countBy(findings: readonly FindingJson[], key: 'rule' | 'severity'): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const finding of findings) counts[finding[key]] = (counts[finding[key]] ?? 0) + 1
  return counts
}

/** The summary bar: a checkbox chip per severity and per rule, the toggle, the keys. */
export function renderFilters(ctx: Context): void {
  const bar = byId('filters')
  const findings = ctx.report.findings
  if (findings.length === 0) {
    bar.appendChild(el('p', 'clean', 'No divergences found.'))
    return
  }
  const bySeverity = countBy(findings, 'severity')
  const severities = ['error', 'warning', 'info'].filter((severity) => bySeverity[severity])
  bar.appendChild(renderGroup('severity', 'Severity', severities, bySeverity))
  const byRule = countBy(findings, 'rule')
  bar.appendChild(renderGroup('rule', 'Rule', Object.keys(byRule).sort(), byRule))
  const only = el('label', 'toggle')
  only.appendChild(checkbox('only', 'yes', false))
  only.appendChild(document.createTextNode(' only rows with findings'))
  bar.appendChild(only)
  bar.appendChild(el('span', 'keys', 'j / k: next / previous finding'))
  bar.addEventListener('change', () => applyFilters(ctx))
}

function renderGroup(name: string, legend: string, values: string[], counts: Record<string, number>): HTMLElement {
  const group = el('fieldset', 'group')
  group.appendChild(el('legend', '', legend))
  for (const value of values) {
    const label = el('label', `chip ${name === 'severity' ? `sev-${value}` : 'rule'}`)
    label.appendChild(checkbox(name, value, true))
    label.appendChild(el('span', '', value))
    label.appendChild(el('span', 'count', String(counts[value])))
    group.appendChild(label)
  }
  return group
}

function checkbox(name: string, value: string, checked: boolean): HTMLInputElement {
  const input = el('input')
  input.type = 'checkbox'
  input.name = name
  input.value = value
  input.checked = checked
  return input
}

function checkedValues(name: string): Set<string> {
  const on = new Set<string>()
  document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`).forEach((input) => on.add(input.value))
  return on
}

/** Shows the findings the checked chips select, and says how many. */
export function applyFilters(ctx: Context): void {
  const rules = checkedValues('rule')
  const severities = checkedValues('severity')
  const visible = ctx.report.findings.map((f) => rules.has(f.rule) && severities.has(f.severity))
  document.querySelectorAll<HTMLElement>('[data-f]').forEach((node) => {
    node.classList.toggle('off', !visible[Number(node.dataset['f'])])
  })
  for (const entry of ctx.findingRows) entry.row.classList.toggle('has-findings', entry.ids.some((id) => visible[id]))
  document.body.classList.toggle('only-findings', checkedValues('only').has('yes'))
  const shown = visible.filter(Boolean).length
  byId('status').textContent = `showing ${shown} of ${visible.length} finding${visible.length === 1 ? '' : 's'}`
}

function step(direction: 1 | -1): void {
  const rows = Array.from(document.querySelectorAll<HTMLElement>('.row.has-findings'))
  if (rows.length === 0) return
  const at = rows.indexOf(document.activeElement as HTMLElement)
  const next = at === -1 ? (direction > 0 ? 0 : rows.length - 1) : Math.max(0, Math.min(rows.length - 1, at + direction))
  rows[next]?.focus({preventScroll: true})
  rows[next]?.scrollIntoView({block: 'center'})
}

/** `j` / `k`, unless a modifier is held or the focus is in a text field. */
export function onKey(event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return
  const target = event.target instanceof HTMLElement ? event.target : null
  if (target && (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) ||
    (target instanceof HTMLInputElement && target.type !== 'checkbox'))) return
  if (event.key === 'j') step(1)
  else if (event.key === 'k') step(-1)
}
