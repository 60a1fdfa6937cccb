/** What a file-system error code means to the person who typed the path. */
const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'it already exists',
  ELOOP: 'too many symbolic links'
}

/**
 * The one-line message for a file-system error about a path the user gave
 * (an `-o` in a folder that does not exist, a read-only disk), or `undefined`
 * when the error is not one.
 */
export function fileErrorMessage(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined
  const {code, path, syscall, dest} = error as NodeJS.ErrnoException & {dest?: string}
  if (code === undefined || path === undefined || !Object.hasOwn(reasons, code)) return undefined
  // A copy fails on its destination (an `-o` in a folder that does not exist): the source was just read.
  if (syscall === 'copyfile' && dest !== undefined) return `cannot open ${dest}: ${reasons[code]}`
  return `cannot ${syscall ?? 'open'} ${path}: ${reasons[code]}`
}
