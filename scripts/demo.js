// `npm run demo`: the main job on the bundled seed pair, step by step, through the built CLI.
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
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
  ['6. Write the side-by-side HTML report', ['report', tr, en, '-o', path.join(out, 'report.html')]],
  ['7. Write the blocks that need work as an XLIFF job, pre-translated from the TM', ['job', tr, en, '--tm', path.join(out, 'tm.sqlite'), '-o', path.join(out, 'job.xlf')]],
  ['8. (The translator fills in the Baku paragraph in a CAT tool; here the demo does it)', translateBaku],
  ['9. Put the translated block into a copy of the English page', ['apply', path.join(out, 'job.xlf'), '--to', en, '-o', path.join(out, 'en.txt')]],
  ['10. Check the new pair: the Baku paragraph is no longer missing', ['check', tr, path.join(out, 'en.txt')], [0, 1]]
]

/** Hand-written English for the Baku paragraph (unit b8.s0 of the job), marked translated. */
function translateBaku() {
  const job = path.join(out, 'job.xlf')
  const english = 'Under the “Framework Agreement on Cooperation in Labour, Employment and Social Protection Issues of the Organisation of Islamic Cooperation (OIC)”, signed at the Meeting of Labour Ministers held in Baku, the capital of Azerbaijan, on 25-26 April 2013, it was agreed that the relevant institutions of the member countries would cooperate to ensure that good practices are shared and, to this end, set up a network/forum of public employment services.'
  const unit = /(<trans-unit id="b8\.s0">\s*<source>[^<]*<\/source>\s*<target xml:lang="en") state="needs-translation"><\/target>/
  writeFileSync(job, readFileSync(job, 'utf8').replace(unit, `$1 state="translated">${english}</target>`))
  process.stdout.write(`b8.s0 → ${english}\n`)
}

for (const [title, args, ok = [0]] of steps) {
  if (typeof args === 'function') {
    process.stdout.write(`\n━━ ${title}\n\n`)
    args()
    continue
  }
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
