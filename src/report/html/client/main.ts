/**
 * Client of the HTML report, part 4 (the bundle's entry): reads the embedded JSON and builds the
 * page. Sets `data-ready` on `<body>` when done, `data-render-ms` with the time the build took and
 * `data-ready-ms` with the time since navigation started.
 */
import type {Context} from './context.js'
import {applyFilters, onKey, renderFilters, renderHeader} from './controls.js'
import {rowsOfFindings, viewOf} from './model.js'
import type {PageData} from './page-data.js'
import {el, indexBlocks, renderBadges, renderRow} from './view.js'

function start(): void {
  const started = performance.now()
  const data = JSON.parse(document.getElementById('bitext-data')?.textContent ?? 'null') as PageData
  const report = data.report
  const view = viewOf(report.alignment, report.findings)
  const ctx: Context = {
    report,
    diffs: data.diffs,
    weakScore: data.weakScore,
    blocks: {source: indexBlocks(view.blocks.source), target: indexBlocks(view.blocks.target)},
    beads: view.beads,
    findingBlocks: view.findingBlocks,
    placed: rowsOfFindings(view.beads, view.findingBlocks),
    findingRows: []
  }
  renderHeader(report)
  renderFilters(ctx)
  document.getElementById('rows')?.appendChild(renderRows(ctx))
  applyFilters(ctx)
  document.addEventListener('keydown', onKey)
  document.body.dataset['renderMs'] = String(Math.round(performance.now() - started))
  document.body.dataset['readyMs'] = String(Math.round(performance.now()))
  document.body.dataset['ready'] = 'true'
}

function renderRows(ctx: Context): DocumentFragment {
  const fragment = document.createDocumentFragment()
  if (ctx.placed.loose.length > 0) {
    const loose = el('section', 'row loose')
    loose.tabIndex = -1
    loose.appendChild(renderBadges(ctx, ctx.placed.loose))
    ctx.findingRows.push({row: loose, ids: ctx.placed.loose})
    fragment.appendChild(loose)
  }
  ctx.beads.forEach((bead, index) => {
    const row = renderRow(ctx, bead, index)
    const ids = ctx.placed.rows[index] ?? []
    if (ids.length > 0) ctx.findingRows.push({row, ids})
    fragment.appendChild(row)
  })
  return fragment
}

start()
