import {extname} from 'node:path'
import type {DocumentFormat} from './types.js'

const byExtension: Readonly<Record<string, DocumentFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.lines': 'lines',
  '.tok': 'lines'
}

/** The format a file's extension names, or `auto` (content sniffing) for any other. */
export function formatFromPath(path: string): DocumentFormat | 'auto' {
  const extension = extname(path).toLowerCase()
  return Object.hasOwn(byExtension, extension) ? (byExtension[extension] ?? 'auto') : 'auto'
}
