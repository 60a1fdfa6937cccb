import {existsSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {Command} from './io.js'
import {UsageError} from './io.js'
import {parseArguments} from './parse-arguments.js'

const help = `Usage: bitext init [--force]

Writes a starter bitext.config.json (English source, Turkish target) from
the translated files it finds here: docs/en + docs/tr folders, and files named
*.en.md beside *.tr.md.

Options:
  --force       overwrite an existing bitext.config.json
  -h, --help    show this help
`

/** `bitext init`: finds the translated folders and files, writes bitext.config.json. */
export const init: Command = async (args, io) => {
  const {values} = parseArguments('init', {args, options: {force: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}}})
  if (values.help) {
    io.stdout(help)
    return 0
  }
  const file = path.join(io.cwd, 'bitext.config.json')
  if (existsSync(file) && !values.force) throw new UsageError('init: bitext.config.json exists; edit it, or run \'bitext init --force\' to replace it')
  const files = listMarkdown(io.cwd)
  const pairs = [...folderPatterns(io.cwd), ...suffixPatterns(files)]
  for (const readme of files.filter((name) => /(^|\/)README\.tr\.md$/.test(name) && !files.includes(name.replace(/\.tr\.md$/, '.en.md')))) {
    io.stderr(`bitext: ${readme} pairs with no README.en.md; rename its source to README.en.md, or run 'bitext check ${readme.replace(/\.tr\.md$/, '.md')} ${readme}'\n`)
  }
  if (pairs.length === 0) throw new UsageError('init: found no translated files (docs/en + docs/tr, or *.en.md beside *.tr.md); write bitext.config.json by hand (README, Configuration)')
  const config = {$schema: './node_modules/bitext/bitext.config.schema.json', source: 'en', target: 'tr', pairs}
  writeFileSync(file, JSON.stringify(config, null, 2) + '\n')
  io.stdout(`wrote bitext.config.json: ${pairs.join(', ')}\n`)
  return 0
}

/** `docs/{lang}/**\/*.md` for each of `.`, `docs`, `content` that holds both an `en` and a `tr` folder. */
function folderPatterns(root: string): string[] {
  const isFolder = (relative: string) => existsSync(path.join(root, relative)) && statSync(path.join(root, relative)).isDirectory()
  return ['docs', 'content', '.']
    .filter((base) => isFolder(path.join(base, 'en')) && isFolder(path.join(base, 'tr')))
    .map((base) => (base === '.' ? '{lang}/**/*.md' : `${base}/{lang}/**/*.md`))
}

/** `**\/*.{lang}.md` when some `x.tr.md` has its `x.en.md` (outside the folders above). */
function suffixPatterns(files: string[]): string[] {
  const paired = files.some((name) => name.endsWith('.tr.md') && files.includes(name.replace(/\.tr\.md$/, '.en.md')))
  return paired ? ['**/*.{lang}.md'] : []
}

/** Markdown files under `root`, as `a/b.md`; `node_modules` and dot folders are not entered. */
function listMarkdown(root: string, prefix = ''): string[] {
  return readdirSync(path.join(root, prefix), {withFileTypes: true}).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return []
    const name = prefix + entry.name
    if (entry.isDirectory()) return listMarkdown(root, name + '/')
    return name.endsWith('.md') ? [name] : []
  })
}
