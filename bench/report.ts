// `npx tsx bench/report.ts [source target [format]]`: how fast the HTML report of a large pair opens in
// Chromium and reacts to filters. Default pair: ../shared/corpora/javascript-questions (tr → en).
// Prints figures only; never fails on timing.
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {checkFiles} from '../src/check/check-files.js'
import type {DocumentFormat} from '../src/document/types.js'
import {renderHtmlReport} from '../src/report/html-report.js'
import {hasChromium, launchChromium} from '../test/browser/chromium.js'

const corpus = '../shared/corpora/javascript-questions'
const [sourcePath = `${corpus}/tr.md`, targetPath = `${corpus}/en.md`, format = 'auto'] = process.argv.slice(2)
const runs = 5
/** Resolves after the next painted frame (browser-side code, kept as text: no DOM types here). */
const nextFrame = 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))'


function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

// The pipeline of `bitext report`: read → align → check → JSON report.
const report = await checkFiles(sourcePath, targetPath, {inputFormat: format as DocumentFormat | 'auto'})
let started = performance.now()
const html = renderHtmlReport(report)
const renderMs = performance.now() - started
const file = path.resolve('test-output/bench-report.html')
mkdirSync(path.dirname(file), {recursive: true})
writeFileSync(file, html)
console.log(`pair: ${report.alignment.source.length} × ${report.alignment.target.length} blocks, ` +
  `${report.alignment.beads.length} rows, ${report.findings.length} findings`)
console.log(`renderHtmlReport: ${renderMs.toFixed(1)} ms, page ${(html.length / 1024).toFixed(0)} KiB`)

if (!hasChromium()) {
  console.log('Chromium: skipped, no /usr/bin/chromium (run scripts/ci-chromium.sh)')
} else {
  const {context, close} = await launchChromium()
  const open: number[] = []
  const built: number[] = []
  const filter: number[] = []
  const only: number[] = []
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage()
    started = performance.now()
    await page.goto(pathToFileURL(file).href)
    await page.waitForSelector('body[data-ready]')
    // Until the first frame with the rows is painted.
    await page.evaluate(nextFrame)
    open.push(performance.now() - started)
    built.push(Number(await page.getAttribute('body', 'data-render-ms')))
    filter.push(await timeClick(page, 'input[name="severity"]'))
    only.push(await timeClick(page, 'input[name="only"]'))
    await page.close()
  }
  await close()
  console.log(`Chromium, median of ${runs}: opens (navigation → first painted frame) ${median(open).toFixed(0)} ms, ` +
    `of which building the rows ${median(built).toFixed(0)} ms`)
  console.log(`filter by severity: ${median(filter).toFixed(1)} ms to the next frame; ` +
    `only rows with findings: ${median(only).toFixed(1)} ms`)
}

/** Clicks the first element matching `selector` in the page and times it until the next frame. */
async function timeClick(page: import('playwright-core').Page, selector: string): Promise<number> {
  if ((await page.locator(selector).count()) === 0) return Number.NaN
  return page.evaluate(`(async () => {
    const start = performance.now()
    document.querySelector(${JSON.stringify(selector)}).click()
    void document.body.offsetHeight
    await ${nextFrame}
    return performance.now() - start
  })()`)
}
