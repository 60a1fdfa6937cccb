import type {RawBlock} from './raw-block.js'

export function parseMarkdown(_value: string): RawBlock[] {
  throw new TypeError('parseMarkdown: not ready')
}
