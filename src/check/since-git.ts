import {execFile} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {InputError} from '../input-error.js'
import {dice} from '../text/dice.js'
import {tokenize} from '../text/tokenize.js'

const run = promisify(execFile)

/** Revisions of the source looked at, newest first (bounds the `git show` calls). */
const maxRevisions = 50

/**
 * The source file as it was when the translation was made, found by content:
 * of the source's revisions up to the last commit that touched the target
 * (a translation is never made from a later source), the one whose words,
 * names and numbers the translation shares most (Dice over folded tokens; the
 * newest wins a tie). A bulk commit that reformats every translation no
 * longer hides what the translation was made from, as taking the source at
 * that commit would. Returns `undefined` for a target that has no commit yet
 * (a new translation: checked without history). Throws `InputError` outside
 * git (`no-git-history`) and in a shallow clone (`shallow-clone`), where the
 * history needed is not there.
 */
export async function previousFromGit(sourcePath: string, targetPath: string): Promise<string | undefined> {
  const directory = path.dirname(path.resolve(targetPath))
  const root = (await git(['rev-parse', '--show-toplevel'], directory, targetPath)).trim()
  if ((await git(['rev-parse', '--is-shallow-repository'], root, targetPath)).trim() === 'true') {
    throw new InputError(
      'shallow-clone',
      `--since-git: ${root} is a shallow clone, without the history to compare with; run 'git fetch --unshallow' (GitHub Actions: actions/checkout with fetch-depth: 0)`
    )
  }
  const last = (await git(['log', '-1', '--format=%H', '--', path.resolve(targetPath)], root, targetPath)).trim()
  if (last === '') return undefined
  const relative = path.relative(root, path.resolve(sourcePath)).split(path.sep).join('/')
  const revisions = (await git(['log', `-${maxRevisions}`, '--format=%H', last, '--', relative], root, sourcePath)).split('\n').filter(Boolean)
  if (revisions.length === 0) return git(['show', `${last}:${relative}`], root, sourcePath)
  const translation = words(await readFile(path.resolve(targetPath), 'utf8'))
  let best: {text: string; score: number} | undefined
  for (const revision of revisions) {
    const text = await git(['show', `${revision}:${relative}`], root, sourcePath)
    const score = dice(words(text), translation)
    if (!best || score > best.score) best = {text, score}
  }
  return best?.text
}

/** Lower-cased word and number tokens: what a translation keeps of its source (names, numbers, code). */
function words(text: string): string[] {
  return tokenize(text).map((token) => token.text.toLowerCase())
}

async function git(args: string[], cwd: string, file: string): Promise<string> {
  try {
    const {stdout} = await run('git', args, {cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8'})
    return stdout
  } catch (error) {
    const detail = String((error as {stderr?: string}).stderr ?? (error as Error).message).trim().split('\n')[0]
    throw new InputError('no-git-history', `--since-git: cannot read '${file}' from git: ${detail}`)
  }
}
