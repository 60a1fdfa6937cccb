import {stat} from 'node:fs/promises'

/** Bytes (both files of a pair together, or one file for `parse`) from which commands read files as streams and work window by window. */
const windowedFrom = 16 * 1024 * 1024

/** Whether a pair is that large: both files together are `from` bytes or more. */
export async function isLargePair(sourcePath: string, targetPath: string, from = windowedFrom): Promise<boolean> {
  return (await pairSize(sourcePath, targetPath)) >= from
}

/** Whether one file is that large (`parse` outlines it from its stream). */
export async function isLargeFile(path: string): Promise<boolean> {
  return (await sizeOf(path)) >= windowedFrom
}

/** Bytes of both files together; a file that cannot be read counts 0 (reading it then says why). */
export async function pairSize(sourcePath: string, targetPath: string): Promise<number> {
  return (await sizeOf(sourcePath)) + (await sizeOf(targetPath))
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size
  } catch {
    return 0
  }
}
