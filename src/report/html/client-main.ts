/**
 * Client-side code of the HTML report, part 4: reads the embedded JSON and builds the page.
 * Sets `data-ready` on `<body>` when done, `data-render-ms` with the time the build took and
 * `data-ready-ms` with the time since navigation started.
 */
export const clientMain = String.raw`
function start() {
  var started = performance.now()
  var data = JSON.parse(document.getElementById('bitext-data').textContent)
  var report = data.report
  var ctx = {
    report: report,
    diffs: data.diffs,
    weakScore: data.weakScore,
    blocks: {source: indexBlocks(report.alignment.source), target: indexBlocks(report.alignment.target)},
    placed: rowsOfFindings(report.alignment.beads, report.findings),
    findingRows: []
  }
  renderHeader(report)
  renderFilters(ctx)
  document.getElementById('rows').appendChild(renderRows(ctx))
  applyFilters(ctx)
  document.addEventListener('keydown', onKey)
  document.body.dataset.renderMs = String(Math.round(performance.now() - started))
  document.body.dataset.readyMs = String(Math.round(performance.now()))
  document.body.dataset.ready = 'true'
}

function renderRows(ctx) {
  var fragment = document.createDocumentFragment()
  if (ctx.placed.loose.length > 0) {
    var loose = el('section', 'row loose')
    loose.tabIndex = -1
    loose.appendChild(renderBadges(ctx, ctx.placed.loose))
    ctx.findingRows.push({row: loose, ids: ctx.placed.loose})
    fragment.appendChild(loose)
  }
  ctx.report.alignment.beads.forEach(function (bead, index) {
    var row = renderRow(ctx, bead, index)
    var ids = ctx.placed.rows[index]
    if (ids.length > 0) ctx.findingRows.push({row: row, ids: ids})
    fragment.appendChild(row)
  })
  return fragment
}

start()
`
