import type {Dirent} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'

/** Options of `walkFiles`. */
export interface WalkOptions {
  /** Follow symbolic links that lead outside `root`. Default: `false` (they are skipped). */
  allowOutside?: boolean
  /** Lists a directory; tests pass one that fails. Default: `fs.promises.readdir` with file types. */
  listDirectory?: (directory: string) => Promise<Dirent[]>
}

/** Files under a folder (paths relative to `root`, with `/`), and the folders that could not be listed. */
export interface WalkResult {
  files: string[]
  unreadable: Array<{path: string; reason: string}>
}

const skipped = (name: string) => name === 'node_modules' || name.startsWith('.')

/**
 * The files under `start` (a folder inside `root`), depth first, without
 * walking `node_modules` or dot folders (`.git`). Symbolic links to folders
 * are followed once each (a cycle ends there) and, unless `allowOutside`,
 * only when they stay inside `root`; a folder that cannot be listed is named
 * in `unreadable` and the walk goes on.
 */
export async function walkFiles(root: string, start: string, options: WalkOptions = {}): Promise<WalkResult> {
  const list = options.listDirectory ?? ((directory: string) => readdir(directory, {withFileTypes: true}))
  const realRoot = await realpath(root).catch(() => root)
  const result: WalkResult = {files: [], unreadable: []}
  const seen = new Set<string>()
  const pending = [start]
  while (pending.length > 0) {
    const directory = pending.pop() as string
    const real = await realpath(directory).catch(() => directory)
    if (seen.has(real)) continue
    seen.add(real)
    let entries: Dirent[]
    try {
      entries = await list(directory)
    } catch (error) {
      if (directory !== start || (error as NodeJS.ErrnoException).code !== 'ENOENT') result.unreadable.push({path: relative(root, directory), reason: reasonOf(error)})
      continue
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? 1 : -1))) {
      if (skipped(entry.name)) continue
      const full = path.join(directory, entry.name)
      const kind = entry.isSymbolicLink() ? await linkKind(full, realRoot, options.allowOutside === true) : entry.isDirectory() ? 'folder' : 'file'
      if (kind === 'folder') pending.push(full)
      else if (kind === 'file') result.files.push(relative(root, full))
      else result.unreadable.push({path: relative(root, full), reason: 'a link outside the config\'s folder, not followed (set "allowOutside": true to follow it)'})
    }
  }
  return result
}

/**
 * What a symbolic link leads to: a folder to walk, a file (a broken link is a
 * file too, reported when read), or somewhere outside `realRoot`.
 */
async function linkKind(link: string, realRoot: string, allowOutside: boolean): Promise<'folder' | 'file' | 'outside'> {
  let target: string
  try {
    target = await realpath(link)
  } catch {
    return 'file'
  }
  if (!allowOutside && path.relative(realRoot, target).startsWith('..')) return 'outside'
  return (await stat(target)).isDirectory() ? 'folder' : 'file'
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}

function reasonOf(error: unknown): string {
  return `a folder that cannot be listed (${(error as NodeJS.ErrnoException).code ?? String(error)})`
}
