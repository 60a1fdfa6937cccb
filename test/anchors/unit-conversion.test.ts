import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isConversion} from '../../src/anchors/unit-conversion.js'

describe('isConversion', () => {
  it.each([
    [385, 'mile', 620, 'kilometer'],
    [550, 'pound', 250, 'kilogram'],
    [10, 'inch', 25, 'centimeter'],
    [85, 'mile-per-hour', 136, 'kilometer-per-hour'],
    [80, 'fahrenheit', 27, 'celsius'],
    [620, 'kilometer', 385, 'mile'],
    // Rounded at the converted amount's own last digit: 322 km, 64 km, 2.54 cm, 152 mm.
    [200, 'mile', 300, 'kilometer'],
    [40, 'mile', 60, 'kilometer'],
    [1, 'inch', 3, 'centimeter'],
    [6, 'inch', 150, 'millimeter'],
    // A bare degree on either scale, or a difference of temperatures.
    [80, 'degree', 27, 'celsius'],
    [26, 'degree', 80, 'degree'],
    [10, 'degree', 6, 'degree'],
    [20, 'degree', 12, 'celsius']
  ])('takes %d %s for %d %s, converted and rounded', (a, aUnit, b, bUnit) => {
    expect(isConversion({value: a, unit: aUnit}, {value: b, unit: bUnit})).toBe(true)
  })

  it.each([
    [385, 'mile', 385, 'kilometer', 'a number copied without converting'],
    [550, 'pound', 300, 'kilogram', 'a changed amount'],
    [385, 'mile', 360, 'kilometer', 'an amount off by more than its last digit (620 km)'],
    [1, 'inch', 2, 'centimeter', 'a rounding more than a fifth off'],
    [5, 'kilometer', 6, 'kilometer', 'two amounts in one unit'],
    [2, 'mile', 3, 'kilogram', 'two dimensions'],
    [80, 'fahrenheit', 30, 'celsius', 'a changed temperature'],
    [80, 'degree', 35, 'celsius', 'a changed temperature'],
    [20, 'fahrenheit', 11, 'celsius', 'a temperature on a named scale, never a difference'],
    [27, 'celsius', 27, 'degree', 'an equal amount (paired by value, not converted)']
  ])('does not take %d %s for %d %s: %s', (a, aUnit, b, bUnit) => {
    expect(isConversion({value: a, unit: aUnit}, {value: b, unit: bUnit})).toBe(false)
  })

  it('says the same whichever amount comes first', () => {
    const units = ['mile', 'kilometer', 'meter', 'foot', 'inch', 'centimeter', 'pound', 'kilogram', 'fahrenheit', 'celsius', 'degree']
    const amount = fc.record({value: fc.oneof(fc.integer({min: 1, max: 2000}), fc.double({min: 0.1, max: 100, noNaN: true}).map((x) => Math.round(x * 10) / 10)), unit: fc.constantFrom(...units)})
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(isConversion(a, b)).toBe(isConversion(b, a))
      })
    )
  })
})
