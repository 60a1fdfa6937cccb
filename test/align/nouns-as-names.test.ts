import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {createContext} from '../../src/align/align-context.js'
import {resolveOptions} from '../../src/align/options.js'
import {parseDocument} from '../../src/document/parse-document.js'

// A German text and its French translation (written for this test), which joins sentences 1 and 2.
// German capitalises its nouns, so `Morgen`, `Hütte`, `Weg` … read as names that French never has.
const german = [
  'Am Morgen verliessen wir die Hütte bei klarem Himmel.',
  'Der Weg führte zuerst über eine steile Wiese.',
  'Dann kamen die Felsen.',
  'Oben wartete ein kalter Wind auf uns.',
  'Nach einer Pause stiegen wir weiter bis zum Grat.',
  'Am Abend waren alle müde, aber glücklich.'
]
const french = [
  'Le matin, nous avons quitté la cabane sous un ciel clair.',
  "Le chemin traversait d'abord une prairie raide, puis venaient les rochers.",
  'En haut, un vent froid nous attendait.',
  "Après une pause, nous avons continué jusqu'à l'arête.",
  'Le soir, tous étaient fatigués mais heureux.'
]

const lines = (texts: readonly string[], lang: string) => parseDocument(texts.join('\n'), {format: 'lines', lang})

/** The name keys (`n:`) of each sentence of the source side. */
function sourceNames(source: readonly string[], sourceLang: string, target: readonly string[], targetLang: string) {
  const context = createContext(lines(source, sourceLang), lines(target, targetLang), resolveOptions({}, sourceLang, targetLang))
  const names = [...context.keys.keys()]
  return context.source.sentences.map((unit) => unit.keys.map((key) => names[key] as string).filter((name) => name.startsWith('n:')))
}

describe('nouns read as names', () => {
  it('are dropped where most of a side’s names have no partner anywhere on the other side', () => {
    const german = ['Wir erreichten die alte Hütte erst spät am Abend nach dem Regen.', 'Die kurze Pause tat uns allen gut.']
    const french = ['Nous avons atteint la vieille cabane tard le soir, après la pluie.', 'La courte pause nous a fait du bien à tous.']
    // Four names; only `Pause` has a partner (`pause`, a word both write).
    expect(sourceNames(german, 'de', french, 'fr')).toStrictEqual([[], ['n:pause']])
  })

  it('are kept across scripts, where names are matched by other keys', () => {
    const german = ['Wir erreichten die alte Hütte erst spät am Abend nach dem Regen.', 'Die kurze Pause tat uns allen gut.']
    expect(sourceNames(german, 'de', ['Мы добрались до старой хижины поздно вечером, после дождя.', 'Короткий отдых пошёл всем на пользу.'], 'ru')).toStrictEqual([
      ['n:hutte', 'n:abend', 'n:regen'],
      ['n:pause']
    ])
  })

  it('stay where names mostly carry over, since a name without partner marks a dropped sentence', () => {
    const english = ['Merkel met Macron in Paris.', 'Later Merkel flew to Berlin with Scholz.']
    const french = ['Merkel a rencontré Macron à Paris.']
    expect(sourceNames(english, 'en', french, 'fr')).toStrictEqual([['n:merke', 'n:macro', 'n:paris'], ['n:merke', 'n:berli', 'n:schol']])
  })

  it('no longer push a merged sentence out as a dropped one', () => {
    const beads = align(lines(german, 'de'), lines(french, 'fr')).sentences.map((bead) => `${bead.source.join(',')}-${bead.target.join(',')}`)
    expect(beads).toStrictEqual(['0-0', '1,2-1', '3-2', '4-3', '5-4'])
  })
})
