import {describe, expect, it} from 'vitest'
import {displayWidth} from '../../src/text/display-width.js'

describe('displayWidth', () => {
  it.each([
    ['WAPES', 5],
    ['İŞKUR’un', 8],
    ['担心', 4],
    ['AM 担心', 7],
    ['インストール', 12],
    ['ｶﾀｶﾅ', 4],
    ['，。', 4],
    ['한국어', 6],
    ['e\u0301', 1],
    ['a\u200bb', 2],
    ['🐍', 2],
    ['𠀋', 2],
    ['\t', 0]
  ])('%s takes %d columns', (text, columns) => {
    expect(displayWidth(text)).toBe(columns)
  })
})
