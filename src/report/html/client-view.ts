/**
 * Client-side code of the HTML report, part 2: builds the rows from the report JSON with DOM
 * calls only (`textContent`, never `innerHTML`), so no text of the documents can become markup.
 */
export const clientView = String.raw`
function el(tag, className, text) {
  var node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function indexBlocks(blocks) {
  var byIndex = {}
  blocks.forEach(function (block) { byIndex[block.index] = block })
  return byIndex
}

function renderRow(ctx, bead, index) {
  var row = el('section', 'row')
  var ids = ctx.placed.rows[index]
  row.dataset.bead = String(index)
  // report.html#row-14 links to a row; being focusable, the linked row gets the focus.
  row.id = 'row-' + index
  row.tabIndex = -1
  row.title = 'alignment score ' + bead.score.toFixed(2)
  if (isBand(ctx, bead)) row.classList.add('band')
  if (bead.score < ctx.weakScore) row.classList.add('weak')
  if (ids.length > 0) row.appendChild(renderBadges(ctx, ids))
  row.appendChild(renderCell(ctx, 'source', bead, ids))
  row.appendChild(renderCell(ctx, 'target', bead, ids))
  row.appendChild(el('span', 'score', bead.score.toFixed(2)))
  return row
}

function isBand(ctx, bead) {
  var blocks = bead.source.map(function (b) { return ctx.blocks.source[b] })
    .concat(bead.target.map(function (b) { return ctx.blocks.target[b] }))
  return blocks.length > 0 && blocks.every(function (block) { return block && block.kind === 'heading' })
}

function renderCell(ctx, side, bead, ids) {
  var cell = el('div', 'cell ' + side)
  cell.lang = ctx.report[side].lang
  cell.dataset.label = ctx.report[side].lang.toUpperCase()
  if (bead[side].length === 0) {
    cell.classList.add('empty')
    cell.appendChild(el('span', 'none', 'no counterpart'))
    return cell
  }
  bead[side].forEach(function (index) {
    var block = ctx.blocks[side][index]
    if (block) cell.appendChild(renderBlock(ctx, side, block, ids))
  })
  return cell
}

function renderBlock(ctx, side, block, ids) {
  var node = el('p', 'block ' + block.kind)
  if (block.lang && block.lang !== 'und' && block.lang !== ctx.report[side].lang) node.lang = block.lang
  node.appendChild(el('span', 'ln', String(block.line)))
  var diff = side === 'source' ? diffOfBlock(ctx, block, ids) : undefined
  if (diff) appendDiff(node, diff)
  else appendMarked(ctx, node, block.text, blockRanges(ctx, side, block, ids))
  return node
}

function blockRanges(ctx, side, block, ids) {
  var ranges = []
  ids.forEach(function (id) {
    var finding = ctx.report.findings[id]
    if (!finding[side] || finding[side].block !== block.index) return
    var terms = evidenceTerms(finding.evidence, side)
    // A sentence-level finding marks its sentence.
    if (finding[side].sentence !== undefined && finding[side].text) terms.push(finding[side].text)
    markRanges(block.text, terms, block.lang).forEach(function (range) {
      ranges.push([range[0], range[1], id])
    })
  })
  return dropOverlaps(ranges)
}

function appendMarked(ctx, node, text, ranges) {
  var at = 0
  ranges.forEach(function (range) {
    if (range[0] > at) node.appendChild(document.createTextNode(text.slice(at, range[0])))
    var mark = el('mark', 'sev-' + ctx.report.findings[range[2]].severity, text.slice(range[0], range[1]))
    mark.dataset.f = String(range[2])
    node.appendChild(mark)
    at = range[1]
  })
  if (at < text.length) node.appendChild(document.createTextNode(text.slice(at)))
}

function diffOfBlock(ctx, block, ids) {
  for (var i = 0; i < ids.length; i++) {
    var finding = ctx.report.findings[ids[i]]
    var diff = ctx.diffs[ids[i]]
    if (diff && finding.source && finding.source.block === block.index) return {id: ids[i], parts: diff}
  }
  return undefined
}

function appendDiff(node, diff) {
  diff.parts.forEach(function (part) {
    if (part[0] === '=') { node.appendChild(document.createTextNode(part[1])); return }
    var change = el(part[0] === '+' ? 'ins' : 'del', '', part[1])
    change.title = part[0] === '+' ? 'added since the translation' : 'removed since the translation'
    change.dataset.f = String(diff.id)
    node.appendChild(change)
  })
}

function renderBadges(ctx, ids) {
  var list = el('ul', 'badges')
  ids.forEach(function (id) {
    var finding = ctx.report.findings[id]
    var badge = el('li', 'badge sev-' + finding.severity)
    badge.dataset.f = String(id)
    badge.appendChild(el('span', 'sev', finding.severity))
    badge.appendChild(el('code', 'rule', finding.rule))
    badge.appendChild(el('span', 'msg', finding.message))
    list.appendChild(badge)
  })
  return list
}
`
