import type {CheckReport} from '../check/types.js'
import type {PageData} from './html/client/page-data.js'
import {clientScript} from './html/client-script.generated.js'
import {embedJson, escapeHtml} from './html/escape.js'
import {outdatedDiffs} from './html/outdated-diffs.js'
import {style} from './html/style.js'

/** Options of `renderHtmlReport`. */
export interface HtmlReportOptions {
  /** Page title. Default: `bitext report: <source file name> ⇄ <target file name>`. */
  title?: string
  /** Rows whose alignment score is below this always show their score. Default: `0.5`. */
  weakScore?: number
}

/**
 * Renders a check report as one self-contained HTML page: inline CSS and JS, no network request,
 * opens from disk. The report JSON is embedded as it is and the page is built from it in the
 * browser, so the page and `--format json` never disagree. The script is the client in
 * `./html/client/`, bundled at build time (`npm run build:client`).
 */
export function renderHtmlReport(report: CheckReport, options: HtmlReportOptions = {}): string {
  if (!report || !Array.isArray(report.findings) || !Array.isArray(report.alignment?.beads)) {
    throw new TypeError('renderHtmlReport: expected a CheckReport with `findings` and `alignment.beads`')
  }
  const title = options.title ?? `bitext report: ${fileName(report.source.path, 'source')} ⇄ ${fileName(report.target.path, 'target')}`
  const data: PageData = {report, diffs: outdatedDiffs(report.findings), weakScore: options.weakScore ?? 0.5}
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(title)}</h1>
<p class="files" id="files"></p>
<div id="filters" role="group" aria-label="Filters"></div>
<p id="status" role="status" aria-live="polite"></p>
</header>
<div class="colheads" id="colheads" aria-hidden="true"></div>
<main id="rows"></main>
<noscript><p>This report is built by JavaScript from the JSON embedded in the page.</p></noscript>
<script type="application/json" id="bitext-data">${embedJson(data)}</script>
<script>
${clientScript}</script>
</body>
</html>
`
}

function fileName(path: string | undefined, fallback: string): string {
  return path === undefined ? fallback : (path.split(/[\\/]/).pop() ?? path)
}
