import {describe, expect, it} from 'vitest'
import {displayTags} from '../../src/memory/tag-display.js'

const bold = ['<bpt i="1" x="1">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>']
const underline = ['<bpt i="2" x="2">&lt;u&gt;</bpt>', '<ept i="2">&lt;/u&gt;</ept>']

describe('displayTags', () => {
  it('shows paired tags as {n}…{/n} and a standalone tag as {n/}, with the markup of each code', () => {
    const [source] = displayTags({text: 'Press \uE000Save\uE001\uE002 now', tags: [...bold, '<ph x="3"/>']}, {text: ''})
    expect(source).toStrictEqual({
      text: 'Press {1}Save{/1}{2/} now',
      tags: [
        {code: '{1}', xml: bold[0]},
        {code: '{/1}', xml: bold[1]},
        {code: '{2/}', xml: '<ph x="3"/>'}
      ]
    })
  })

  it('gives the same tag the same number on both sides, by the x attribute, whatever the order', () => {
    const [source, target] = displayTags(
      {text: '\uE000bold\uE001 and \uE002underlined\uE003', tags: [...bold, ...underline]},
      {text: '\uE000altı çizili\uE001 ve \uE002kalın\uE003', tags: [...underline, ...bold]}
    )
    expect(source.text).toBe('{1}bold{/1} and {2}underlined{/2}')
    expect(target.text).toBe('{2}altı çizili{/2} ve {1}kalın{/1}')
  })

  it('pairs tags without x by their markup, and numbers the closing end of hi like its opening', () => {
    const [source, target] = displayTags(
      {text: 'a \uE000b\uE001 \uE002', tags: ['<hi type="em">', '</hi>', '<ph/>']},
      {text: '\uE000 c \uE001d\uE002 \uE003', tags: ['<ph/>', '<hi type="em">', '</hi>', '<it pos="begin"/>']}
    )
    expect(source.text).toBe('a {1}b{/1} {2/}')
    expect(target.text).toBe('{2/} c {1}d{/1} {3/}')
  })
})
