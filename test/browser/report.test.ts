import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {checkFiles} from '../../src/check/check-files.js'
import type {CheckReport} from '../../src/check/types.js'
import {renderHtmlReport} from '../../src/report/html-report.js'
import type {PageWatch} from './chromium.js'
import {chromiumPath, hasChromium, launchChromium, watchPage} from './chromium.js'

const output = path.resolve('test-output')
const found = hasChromium()
const title = found
  ? 'the seed report in Chromium'
  : `the seed report in Chromium — skipped: no Chromium at ${chromiumPath} (run scripts/ci-chromium.sh)`
if (!found) console.warn(`test/browser: ${title}`)

function writeReport(name: string, report?: CheckReport): string {
  report ??= JSON.parse(readFileSync(`test/fixtures-report/${name}.json`, 'utf8')) as CheckReport
  mkdirSync(output, {recursive: true})
  const file = path.join(output, `${name}.html`)
  writeFileSync(file, renderHtmlReport(report))
  return pathToFileURL(file).href
}

let context: BrowserContext
let close: () => Promise<void>

// Hooks get a minute: Chromium starts slowly on a busy 2-core machine.
const hookTimeout = 60_000

beforeAll(async () => {
  if (found) ({context, close} = await launchChromium())
}, hookTimeout)
afterAll(async () => {
  if (found) await close()
})

async function open(url: string, width = 1280): Promise<{page: Page; watch: PageWatch}> {
  const page = await context.newPage()
  await page.setViewportSize({width, height: 900})
  const watch = await watchPage(page, url)
  await page.goto(url)
  await page.waitForSelector('body[data-ready]')
  return {page, watch}
}

const beadsOf = (page: Page, selector: string) =>
  page.$$eval(selector, (rows) => rows.map((row) => row.getAttribute('data-bead')))

const seed = 'fixtures/iskur-international-relations'

describe.skipIf(!found)(title, () => {
  let url = ''
  let page: Page
  let watch: PageWatch

  beforeAll(async () => {
    url = writeReport('seed', await checkFiles(`${seed}/tr.txt`, `${seed}/en.txt`))
  }, hookTimeout)
  beforeEach(async () => {
    ;({page, watch} = await open(url))
  }, hookTimeout)
  afterEach(async () => {
    expect(watch.requests).toStrictEqual([url])
    expect(watch.errors).toStrictEqual([])
    await page.close()
  })

  it('shows the four divergences on their rows', async () => {
    expect(await beadsOf(page, '.row.has-findings')).toStrictEqual(['8', '10', '14', '18'])
    const badges = await page.$$eval('.row.has-findings', (rows) =>
      rows.map((row) => [...row.querySelectorAll('.badge .rule')].map((rule) => rule.textContent))
    )
    expect(badges).toStrictEqual([['only-in-source'], ['only-in-target'], ['divergent'], ['only-in-source']])
  })

  it('puts each side in its column, with its language, and empty cells against blocks without counterpart', async () => {
    const row = page.locator('.row[data-bead="8"]')
    expect(await row.locator('.cell.source').getAttribute('lang')).toBe('tr')
    expect(await row.locator('.cell.target').getAttribute('lang')).toBe('en')
    expect(await row.locator('.cell.target').textContent()).toBe('no counterpart')
    expect(await page.locator('.row.band').count()).toBe(7)
  })

  it('marks names of the divergent pair: the four countries only the English names', async () => {
    const marks = await page.$$eval('.row[data-bead="14"] .target mark', (nodes) => nodes.map((n) => n.textContent))
    expect(marks).toEqual(expect.arrayContaining(['Azerbaijan', 'Uzbekistan', 'Kazakhstan', 'Kyrgyzstan']))
  })

  it('leaves two rows when filtered to only-in-source', async () => {
    for (const rule of ['divergent', 'only-in-target']) await page.uncheck(`input[name="rule"][value="${rule}"]`)
    expect(await beadsOf(page, '.row.has-findings')).toStrictEqual(['8', '18'])
    expect(await page.textContent('#status')).toBe('showing 2 of 4 findings')
  })

  it('shows only the rows with findings when asked', async () => {
    await page.check('input[name="only"]')
    expect(await beadsOf(page, '.row:visible')).toStrictEqual(['8', '10', '14', '18'])
  })

  it('moves the focus to the next and previous finding with j and k', async () => {
    const focused = () => page.locator(':focus').getAttribute('data-bead')
    await page.keyboard.press('j')
    expect(await focused()).toBe('8')
    await page.keyboard.press('j')
    expect(await focused()).toBe('10')
    await page.keyboard.press('k')
    expect(await focused()).toBe('8')
  })

  it('puts the columns side by side on a laptop and stacks them on a phone', async () => {
    const boxes = async (target: Page) => {
      const row = target.locator('.row[data-bead="14"]')
      return [await row.locator('.cell.source').boundingBox(), await row.locator('.cell.target').boundingBox()]
    }
    const [source, target] = await boxes(page)
    expect([target!.x >= source!.x + source!.width, target!.y === source!.y]).toStrictEqual([true, true])
    const phone = await open(url, 390)
    const [phoneSource, phoneTarget] = await boxes(phone.page)
    expect([phoneTarget!.y >= phoneSource!.y + phoneSource!.height, phoneTarget!.x === phoneSource!.x]).toStrictEqual([true, true])
    await phone.page.close()
  })

  it('follows a dark colour scheme on screen', async () => {
    const background = () => page.evaluate('getComputedStyle(document.body).backgroundColor')
    expect(await background()).toBe('rgb(255, 255, 255)')
    await page.emulateMedia({colorScheme: 'dark'})
    expect(await background()).toBe('rgb(21, 24, 28)')
  })

  it('prints the rows without the controls', async () => {
    await page.emulateMedia({media: 'print'})
    expect([await page.isVisible('#filters'), await page.isVisible('.row[data-bead="14"] .badge')]).toStrictEqual([false, true])
  })

  it('focuses the row a link names', async () => {
    const linked = await context.newPage()
    await linked.goto(`${url}#row-14`)
    await linked.waitForSelector('body[data-ready]')
    expect(await linked.locator(':focus').getAttribute('data-bead')).toBe('14')
    await linked.close()
  })

  it('saves screenshots at laptop and phone width', async () => {
    // Laptop: the header, the summary bar and the four rows with findings.
    await page.setViewportSize({width: 1280, height: 900})
    await page.check('input[name="only"]')
    await page.screenshot({path: path.join(output, 'report-1280.png')})
    // Phone: the columns stacked, at the divergent pair (the third finding).
    const phone = await open(url, 390)
    for (let i = 0; i < 3; i++) await phone.page.keyboard.press('j')
    await phone.page.screenshot({path: path.join(output, 'report-390.png')})
    expect(phone.watch.errors).toStrictEqual([])
    await phone.page.close()
    if (process.env['UPDATE'] === '1') {
      for (const name of ['report-1280.png', 'report-390.png']) copyFileSync(path.join(output, name), path.join('docs', name))
    }
  })
})

describe.skipIf(!found)(title.replace('seed report', 'hand-made report of every kind of row'), () => {
  const url = found ? writeReport('mixed-report') : ''
  let page: Page
  let watch: PageWatch

  beforeAll(async () => {
    ;({page, watch} = await open(url))
  }, hookTimeout)
  afterAll(async () => {
    expect(watch.requests).toStrictEqual([url])
    expect(watch.errors).toStrictEqual([])
    await page.close()
  })

  it('shows markup in the documents as text', async () => {
    expect(await page.locator('.row[data-bead="6"] .cell.source .block').textContent()).toBe('17</script><!-- <b>kalın</b> & \u2028 -->')
    expect(await page.locator('main b').count()).toBe(0)
  })

  it('marks the differing numbers on both sides', async () => {
    const marks = await page.$$eval('.row[data-bead="1"] mark, .row[data-bead="3"] mark', (nodes) => nodes.map((n) => n.textContent))
    expect(marks).toStrictEqual(['1.250', '1,520', '15 Haziran', '16 June'])
  })

  it('marks the sentence of a sentence-level finding', async () => {
    expect(await page.$$eval('.row[data-bead="2"] mark', (nodes) => nodes.map((n) => n.textContent))).toStrictEqual(['It ended in May.'])
  })

  it('shows the word-level change of the outdated source', async () => {
    const changes = await page.$$eval('.row[data-bead="4"] .source :is(ins, del)', (nodes) => nodes.map((n) => [n.tagName, n.textContent]))
    expect(changes).toStrictEqual([['DEL', '2022'], ['INS', '2024'], ['INS', 'yeni ']])
  })

  it('puts both source blocks of a 2-1 bead on one row, and an English block in a Turkish column gets lang="en"', async () => {
    expect(await page.locator('.row[data-bead="2"] .cell.source .block').count()).toBe(2)
    expect(await page.locator('.row[data-bead="5"] .cell.source').getAttribute('lang')).toBe('tr')
    expect(await page.locator('.row[data-bead="5"] .cell.source .block').getAttribute('lang')).toBe('en')
  })

  it('filters by severity', async () => {
    await page.uncheck('input[name="severity"][value="error"]')
    expect(await beadsOf(page, '.row.has-findings')).toStrictEqual(['2', '4', '5'])
    expect(await page.locator('.badge:visible').count()).toBe(3)
    await page.check('input[name="severity"][value="error"]')
  })
})

describe.skipIf(!found)(title.replace('seed report', 'hand-made seed report'), () => {
  it('marks exactly the names its evidence gives, on both sides', async () => {
    const {page, watch} = await open(writeReport('seed-report'))
    const marks = (side: string) => page.$$eval(`.row[data-bead="14"] .${side} mark`, (nodes) => nodes.map((n) => n.textContent))
    expect(await marks('source')).toStrictEqual(['Türk Dili Konuşan Ülkeler İşbirliği Konseyi'])
    expect(await marks('target')).toStrictEqual(['Organisation of Turkic States', 'Azerbaijan', 'Uzbekistan', 'Kazakhstan', 'Kyrgyzstan'])
    expect(watch.errors).toStrictEqual([])
    await page.close()
  })
})

describe.skipIf(!found)(title.replace('seed report', 'report without findings, and one with a finding on no block'), () => {
  const mixed = () => JSON.parse(readFileSync('test/fixtures-report/mixed-report.json', 'utf8')) as CheckReport

  it('says that nothing was found, and j does nothing', async () => {
    const {page, watch} = await open(writeReport('clean', {...mixed(), findings: [], summary: {error: 0, warning: 0, info: 0}}))
    expect(await page.textContent('#filters')).toBe('No divergences found.')
    expect(await page.textContent('#status')).toBe('showing 0 of 0 findings')
    await page.keyboard.press('j')
    expect(await page.locator(':focus').count()).toBe(0)
    expect([watch.errors, await page.locator('.row').count()]).toStrictEqual([[], 8])
    await page.close()
  })

  it('shows a finding that names no block in a row of its own at the top, first for j', async () => {
    const report = mixed()
    const loose = {...report.findings[4]!, rule: 'wrong-language' as const, message: 'The file is in German.', target: null}
    const {page, watch} = await open(writeReport('loose', {...report, findings: [...report.findings, loose]}))
    expect(await page.locator('main > .row').first().getAttribute('class')).toBe('row loose has-findings')
    expect(await page.textContent('.row.loose .msg')).toBe('The file is in German.')
    await page.keyboard.press('j')
    expect(await page.locator(':focus').getAttribute('class')).toBe('row loose has-findings')
    expect(watch.errors).toStrictEqual([])
    await page.close()
  })
})

describe.skipIf(!found)(title.replace('seed report', 'report of a right-to-left pair'), () => {
  it('runs the Arabic blocks right to left and the English ones left to right', async () => {
    const folder = path.join(output, 'rtl')
    mkdirSync(folder, {recursive: true})
    writeFileSync(path.join(folder, 'en.md'), '# The agency\n\nThe office opens at 9:00 on weekdays.\n')
    writeFileSync(path.join(folder, 'ar.md'), '# الوكالة\n\nيفتح المكتب في الساعة 9:00 في أيام الأسبوع.\n')
    const report = await checkFiles(path.join(folder, 'en.md'), path.join(folder, 'ar.md'), {sourceLang: 'en', targetLang: 'ar'})
    const {page, watch} = await open(writeReport('rtl', report))
    const direction = (side: string) => page.evaluate(`[...document.querySelectorAll('.cell.${side} .block')].map((block) => getComputedStyle(block).direction)`)
    expect([await direction('source'), await direction('target')]).toStrictEqual([
      ['ltr', 'ltr'],
      ['rtl', 'rtl']
    ])
    expect(watch.errors).toStrictEqual([])
    await page.close()
  })
})

describe.skipIf(!found)(title.replace('seed report', 'report of files of one sentence a line'), () => {
  it('shows a row a sentence bead, each at its line, and the changed number on its own row', async () => {
    const folder = path.join(output, 'lines')
    mkdirSync(folder, {recursive: true})
    const years = Array.from({length: 20}, (_, index) => 2001 + index)
    writeFileSync(path.join(folder, 'tr.txt'), years.map((year) => `Kurum ${year} yılında yeni bir hizmet başlattı ve bunu duyurdu.\n`).join(''))
    writeFileSync(path.join(folder, 'en.txt'), years.map((year) => `The agency started a new service in ${year === 2009 ? 2010 : year} and announced it.\n`).join(''))
    const report = await checkFiles(path.join(folder, 'tr.txt'), path.join(folder, 'en.txt'))
    const {page, watch} = await open(writeReport('lines', report))
    expect(await page.locator('.row').count()).toBe(20)
    expect(await page.$$eval('.row .cell.source .ln', (numbers) => numbers.map((number) => number.textContent))).toStrictEqual(years.map((_, index) => String(index + 1)))
    expect(await beadsOf(page, '.row.has-findings')).toStrictEqual(['8'])
    expect(await page.$$eval('.row.has-findings mark', (marks) => marks.map((mark) => mark.textContent))).toStrictEqual(['2009', '2010'])
    expect(watch.errors).toStrictEqual([])
    await page.close()
  })
})
