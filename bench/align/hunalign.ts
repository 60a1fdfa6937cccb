/**
 * hunalign for bench:align's speed comparison: `HUNALIGN=path`, else `hunalign` on PATH, else built
 * once from its public source in `../shared/tools/hunalign` into `.bench-cache/` (never committed).
 */
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'

const cache = path.join(process.cwd(), '.bench-cache')
const source = path.join(process.cwd(), '..', 'shared', 'tools', 'hunalign', 'src')

/** The path of a hunalign binary, or `undefined` (with the reason printed) when none can be had. */
export function findHunalign(): string | undefined {
  if (process.env.HUNALIGN) return process.env.HUNALIGN
  if (spawnSync('hunalign', ['-help'], {stdio: 'ignore'}).error === undefined) return 'hunalign'
  const binary = path.join(cache, 'hunalign-src', 'hunalign', 'hunalign')
  if (existsSync(binary)) return binary
  if (!existsSync(source)) return void console.log(`  hunalign: not on PATH, no HUNALIGN=path and no source in ${source}; skipped`)
  console.log(`  building hunalign from ${source} into ${path.dirname(binary)} …`)
  mkdirSync(cache, {recursive: true})
  cpSync(source, path.join(cache, 'hunalign-src'), {recursive: true})
  const make = spawnSync('make', ['-s', '-j2'], {cwd: path.dirname(binary), encoding: 'utf8'})
  if (make.status !== 0 || !existsSync(binary)) return void console.log(`  hunalign: build failed (${make.stderr.trim().split('\n').at(-1) ?? ''}); skipped`)
  return binary
}

/**
 * Writes `lines` input (one sentence a line, a blank line between paragraphs) as hunalign reads it
 * (`<p>` for a paragraph break) next to an empty dictionary; returns the three paths.
 */
export function hunalignInput(directory: string, name: string, sourceLines: string, targetLines: string): [string, string, string] {
  const toHunalign = (text: string) => `${text.replace(/\n+$/, '').split('\n').map((line) => (line.trim() === '' ? '<p>' : line)).join('\n')}\n`
  const paths: [string, string, string] = [path.join(directory, 'empty.dic'), path.join(directory, `${name}.source.txt`), path.join(directory, `${name}.target.txt`)]
  writeFileSync(paths[0], '')
  writeFileSync(paths[1], toHunalign(sourceLines))
  writeFileSync(paths[2], toHunalign(targetLines))
  return paths
}

/** One sentence a line, its words and punctuation separated by single spaces (hunalign's documented input). */
export function tokenized(lines: string, lang: string): string {
  const segmenter = new Intl.Segmenter(lang, {granularity: 'word'})
  const split = (line: string) => [...segmenter.segment(line)].map((piece) => piece.segment.trim()).filter((piece) => piece !== '').join(' ')
  return lines.split('\n').map(split).join('\n')
}
