import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {createContext} from '../../src/align/align-context.js'
import {resolveOptions} from '../../src/align/options.js'
import {parseDocument} from '../../src/document/parse-document.js'

// A German text and its French translation (written for this test): no numbers, and the only names
// are German nouns; what the two share are words both languages took from the same source, at least one
// in each sentence.
const german = [
  'Die Expedition begann im Juli mit einer Diskussion über die Route und das Budget.',
  'Das Material wurde sorgfältig kontrolliert und in Kisten verpackt.',
  'Am dritten Tag erreichte die Gruppe das Plateau unter dem Gletscher.',
  'Die Temperatur fiel in der Nacht sehr schnell.',
  'Der Fotograf machte viele Bilder vom Panorama.',
  'Am Ende feierten alle den Erfolg mit Champagner.'
]
const french = [
  "L'expédition commença en juillet par une discussion sur la route et le budget.",
  'Le matériel fut soigneusement contrôlé et emballé dans des caisses.',
  'Le troisième jour, le groupe atteignit le plateau sous le glacier.',
  'La température chuta très vite pendant la nuit.',
  'Le photographe prit de nombreuses images du panorama.',
  'À la fin, tous fêtèrent le succès au champagne.'
]

const lines = (texts: readonly string[], lang: string) => parseDocument(texts.join('\n'), {format: 'lines', lang})

/** The `n:` keys of each sentence, by name. */
function sharedKeys(source: readonly string[], target: readonly string[]) {
  const context = createContext(lines(source, 'de'), lines(target, 'fr'), resolveOptions({}, 'de', 'fr'))
  const names = [...context.keys.keys()]
  const keys = (units: ReadonlyArray<{keys: number[]}>) => units.map((unit) => unit.keys.map((key) => names[key] as string).filter((name) => name.startsWith('n:')).sort())
  return {source: keys(context.source.sentences), target: keys(context.target.sentences)}
}

describe('words both sides write alike', () => {
  it('key a noun one language capitalises and the other does not alike', () => {
    expect(sharedKeys(['Die Temperatur fiel schnell.'], ['La température chuta vite.'])).toStrictEqual({source: [['n:tempe']], target: [['n:tempe']]})
  })

  it('key words of five letters or more only', () => {
    expect(sharedKeys(['Die Route ist gut.'], ['La route est bonne.'])).toStrictEqual({source: [['n:route']], target: [['n:route']]})
    // `Tag` is a name in German (a capitalised noun), `tag` a word of three letters in French.
    expect(sharedKeys(['Der Tag war kalt, sagte Anna.'], ['Le tag était froid, dit Anna.'])).toStrictEqual({source: [['n:anna', 'n:tag']], target: [['n:anna']]})
  })

  it('leave out a word one side uses far more often than the other', () => {
    // `Route` in three German sentences, `route` in one French one: more than twice as often.
    const keys = sharedKeys(['Die Route ist gut.', 'Die Route ist lang.', 'Die Route ist steil.'], ['La route est bonne.', 'Elle est longue.', 'Elle est raide.'])
    expect(keys.target).toStrictEqual([[], [], []])
  })

  it.each([0, 1, 2, 3, 4, 5])('find the German sentence a French translation left out (sentence %i)', (dropped) => {
    const kept = french.filter((_, index) => index !== dropped)
    const beads = align(lines(german, 'de'), lines(kept, 'fr')).sentences.map((bead) => `${bead.source.join(',')}-${bead.target.join(',')}`)
    expect(beads).toStrictEqual(german.map((_, index) => (index === dropped ? `${index}-` : `${index}-${index < dropped ? index : index - 1}`)))
  })
})
