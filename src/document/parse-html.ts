import type {RawBlock} from './raw-block.js'

export function parseHtml(_value: string): RawBlock[] {
  throw new TypeError('parseHtml: not ready')
}
