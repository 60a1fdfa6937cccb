// `npm run demo`: the main job on the bundled seed pair, step by step, through the built CLI.
import {spawnSync} from 'node:child_process'
import {mkdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import path from 'node:path'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli.js')
const tr = 'fixtures/iskur-international-relations/tr.txt'
const en = 'fixtures/iskur-international-relations/en.txt'
const out = path.join(root, 'demo-output')
mkdirSync(out, {recursive: true})

const steps = [
  ['1. Parse the Turkish page (source)', ['parse', tr]],
  ['2. Parse the English page (target)', ['parse', en]],
  ['3. Check the pair for divergences', ['check', tr, en], [0, 1]],
  ['4. Build a translation memory (SQLite)', ['tm', 'build', tr, en, '--tm', path.join(out, 'tm.sqlite')]],
  ['5. Look up a sentence in it', ['tm', 'lookup', 'WAPES, 18 Ekim 1988 tarihinde Cenevre’de kurulmuş olup merkezi Brüksel’de bulunmaktadır.', '--tm', path.join(out, 'tm.sqlite')]],
  ['6. Write the side-by-side HTML report', ['report', tr, en, '-o', path.join(out, 'report.html')]]
]

for (const [title, args, ok = [0]] of steps) {
  process.stdout.write(`\n━━ ${title}\n$ bitext ${args.map(quote).join(' ')}\n\n`)
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: root, stdio: 'inherit'})
  if (!ok.includes(result.status)) {
    process.stderr.write(`demo: step failed with exit code ${result.status}\n`)
    process.exit(1)
  }
}

function quote(arg) {
  return /^[\w./:-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`
}
