// `npm run bench:real`: scores the built CLI on real Turkish/English pairs with hand-labelled
// divergences (../shared/real-pairs by default; pass other folders of pairs as arguments).
// It runs the project's scorer, ../shared/tools/score-real-pairs.py: per pair, the labelled
// divergences found, true and false warnings/errors, info noise and the gate's exit code; then
// one JSON line of totals (recall, precision of warnings and errors, faithful pairs failing).
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.join(root, '..', 'shared')
const scorer = path.join(shared, 'tools', 'score-real-pairs.py')
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [path.join(shared, 'real-pairs')]

for (const needed of [scorer, ...folders]) {
  if (!existsSync(needed)) {
    process.stderr.write(`bench:real: ${needed} not found; the real pairs live in ../shared beside the repository\n`)
    process.exit(2)
  }
}
const result = spawnSync('python3', [scorer, path.join(root, 'dist', 'cli.js'), ...folders], {stdio: 'inherit'})
process.exit(result.status ?? 2)
