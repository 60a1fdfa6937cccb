import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {BrowserContext, Page} from 'playwright-core'
import {chromium} from 'playwright-core'

/** Debian's Chromium (`apt-get install chromium`, or `scripts/ci-chromium.sh`). */
export const chromiumPath = '/usr/bin/chromium'

/** Root in a container needs `--no-sandbox`; the rest keeps Chromium offline and quiet. */
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

export function hasChromium(): boolean {
  return existsSync(chromiumPath)
}

/** A headless Chromium with a fresh profile; `close` also removes the profile. */
export async function launchChromium(): Promise<{context: BrowserContext; close: () => Promise<void>}> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bitext-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args,
    viewport: {width: 1280, height: 900}
  })
  const close = async () => {
    await context.close()
    rmSync(profile, {recursive: true, force: true})
  }
  return {context, close}
}

/** What a page did that it should not: requests other than `allowed`, console errors, page errors. */
export interface PageWatch {
  requests: string[]
  errors: string[]
}

/** Records every request and every error of `page`, and aborts any request but `allowed`. */
export async function watchPage(page: Page, allowed: string): Promise<PageWatch> {
  const watch: PageWatch = {requests: [], errors: []}
  page.on('request', (request) => watch.requests.push(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text())
  })
  page.on('pageerror', (error) => watch.errors.push(error.message))
  await page.route('**/*', (route) => (route.request().url() === allowed ? route.continue() : route.abort()))
  return watch
}
