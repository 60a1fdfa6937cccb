import {appendFileSync, closeSync, mkdtempSync, openSync, readSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {StringDecoder} from 'node:string_decoder'

/** Lists kept on disk until they are printed: appended a batch at a time, read back one element at a time. */
export interface Spool {
  append: (name: string, items: readonly unknown[]) => void
  /** The elements appended to `name`, in order, read from disk at each iteration. */
  list: (name: string) => Iterable<unknown>
  /** Deletes the spool's folder. */
  remove: () => void
}

/**
 * A spool in a new folder of the system's temporary directory, one file of JSON lines a list:
 * what `check` keeps of a pair too large to hold (each window's findings, blocks and beads) until the
 * report is printed, so that memory does not grow with the documents. The folder is also
 * deleted when the process exits first (a reader closing the pipe ends it with `process.exit`).
 */
export function createSpool(): Spool {
  const folder = mkdtempSync(path.join(tmpdir(), 'bitext-'))
  const fileOf = (name: string) => path.join(folder, `${name}.jsonl`)
  const written = new Set<string>()
  const remove = () => rmSync(folder, {recursive: true, force: true})
  process.once('exit', remove)
  return {
    append(name, items) {
      if (items.length === 0) return
      appendFileSync(fileOf(name), items.map((item) => JSON.stringify(item)).join('\n') + '\n')
      written.add(name)
    },
    list: (name) => ({[Symbol.iterator]: () => (written.has(name) ? readLines(fileOf(name)) : [][Symbol.iterator]())}),
    remove() {
      process.off('exit', remove)
      remove()
    }
  }
}

/** The JSON values of a file of JSON lines, read a MiB at a time. */
function* readLines(file: string): Generator<unknown> {
  const descriptor = openSync(file, 'r')
  const buffer = Buffer.alloc(1 << 20)
  const decoder = new StringDecoder('utf8')
  let rest = ''
  try {
    for (let read = readSync(descriptor, buffer); read > 0; read = readSync(descriptor, buffer)) {
      const lines = (rest + decoder.write(buffer.subarray(0, read))).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) yield JSON.parse(line) as unknown
    }
  } finally {
    closeSync(descriptor)
  }
}
