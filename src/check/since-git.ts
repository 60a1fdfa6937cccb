import {execFile} from 'node:child_process'
import path from 'node:path'
import {promisify} from 'node:util'
import {InputError} from '../input-error.js'

const run = promisify(execFile)

/**
 * The source file as it was at the last commit that touched the target file:
 * what the translation was made from (as Lunaria and Kubernetes' `lsync.sh`
 * do per file). Throws `InputError('no-git-history')` when the files are not
 * in a git repository or the target was never committed.
 */
export async function previousFromGit(sourcePath: string, targetPath: string): Promise<string> {
  const directory = path.dirname(path.resolve(targetPath))
  const root = (await git(['rev-parse', '--show-toplevel'], directory, targetPath)).trim()
  const commit = (await git(['log', '-1', '--format=%H', '--', path.resolve(targetPath)], root, targetPath)).trim()
  if (commit === '') throw new InputError('no-git-history', `--since-git: '${targetPath}' has no commit in git`)
  const relative = path.relative(root, path.resolve(sourcePath)).split(path.sep).join('/')
  return git(['show', `${commit}:${relative}`], root, sourcePath)
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
