/**
 * Client-side code of the HTML report, part 3: header, summary bar, filters by rule and
 * severity, the "only rows with findings" toggle, and `j`/`k` navigation between findings.
 */
export const clientControls = String.raw`
function languageName(code) {
  try { return new Intl.DisplayNames(['en'], {type: 'language'}).of(code) || code } catch (error) { return code }
}

function renderHeader(report) {
  var files = document.getElementById('files')
  ;['source', 'target'].forEach(function (side, i) {
    var doc = report[side]
    if (i === 1) files.appendChild(el('span', 'arrow', ' \u21c4 '))
    var file = el('span', 'file')
    file.appendChild(el('b', '', side + ' '))
    file.appendChild(el('span', 'lang', languageName(doc.lang) + ' (' + doc.lang + ')'))
    file.appendChild(el('code', '', doc.path || '(no file)'))
    files.appendChild(file)
  })
  var heads = document.getElementById('colheads')
  ;['source', 'target'].forEach(function (side) {
    var head = el('div', 'colhead', side + ' \u00b7 ' + languageName(report[side].lang))
    head.lang = 'en'
    heads.appendChild(head)
  })
}

function countBy(findings, key) {
  var counts = {}
  findings.forEach(function (finding) { counts[finding[key]] = (counts[finding[key]] || 0) + 1 })
  return counts
}

function renderFilters(ctx) {
  var bar = document.getElementById('filters')
  var findings = ctx.report.findings
  if (findings.length === 0) { bar.appendChild(el('p', 'clean', 'No divergences found.')); return }
  var bySeverity = countBy(findings, 'severity')
  var severities = ['error', 'warning', 'info'].filter(function (s) { return bySeverity[s] })
  bar.appendChild(renderGroup('severity', 'Severity', severities, bySeverity))
  var byRule = countBy(findings, 'rule')
  bar.appendChild(renderGroup('rule', 'Rule', Object.keys(byRule).sort(), byRule))
  var only = el('label', 'toggle')
  only.appendChild(checkbox('only', 'yes', false))
  only.appendChild(document.createTextNode(' only rows with findings'))
  bar.appendChild(only)
  bar.appendChild(el('span', 'keys', 'j / k: next / previous finding'))
  bar.addEventListener('change', function () { applyFilters(ctx) })
}

function renderGroup(name, legend, values, counts) {
  var group = el('fieldset', 'group')
  group.appendChild(el('legend', '', legend))
  values.forEach(function (value) {
    var label = el('label', 'chip ' + (name === 'severity' ? 'sev-' + value : 'rule'))
    label.appendChild(checkbox(name, value, true))
    label.appendChild(el('span', '', value))
    label.appendChild(el('span', 'count', String(counts[value])))
    group.appendChild(label)
  })
  return group
}

function checkbox(name, value, checked) {
  var input = el('input')
  input.type = 'checkbox'
  input.name = name
  input.value = value
  input.checked = checked
  return input
}

function checkedValues(name) {
  var on = {}
  document.querySelectorAll('input[name="' + name + '"]:checked').forEach(function (input) { on[input.value] = true })
  return on
}

function applyFilters(ctx) {
  var rules = checkedValues('rule')
  var severities = checkedValues('severity')
  var visible = ctx.report.findings.map(function (f) { return Boolean(rules[f.rule] && severities[f.severity]) })
  document.querySelectorAll('[data-f]').forEach(function (node) {
    node.classList.toggle('off', !visible[Number(node.dataset.f)])
  })
  ctx.findingRows.forEach(function (entry) {
    entry.row.classList.toggle('has-findings', entry.ids.some(function (id) { return visible[id] }))
  })
  document.body.classList.toggle('only-findings', Boolean(checkedValues('only').yes))
  var shown = visible.filter(Boolean).length
  document.getElementById('status').textContent =
    'showing ' + shown + ' of ' + visible.length + ' finding' + (visible.length === 1 ? '' : 's')
}

function step(direction) {
  var rows = Array.prototype.slice.call(document.querySelectorAll('.row.has-findings'))
  if (rows.length === 0) return
  var at = rows.indexOf(document.activeElement)
  var next = at === -1 ? (direction > 0 ? 0 : rows.length - 1) : Math.max(0, Math.min(rows.length - 1, at + direction))
  rows[next].focus({preventScroll: true})
  rows[next].scrollIntoView({block: 'center'})
}

function onKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey) return
  var target = event.target
  if (target && (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) ||
    (target.tagName === 'INPUT' && target.type !== 'checkbox'))) return
  if (event.key === 'j') step(1)
  else if (event.key === 'k') step(-1)
}
`
