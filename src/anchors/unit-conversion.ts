/** The units a translation converts between (`550 pounds` → `250 kg`), by dimension, in the dimension's base unit. */
const scales: Readonly<Record<string, {dimension: string; factor: number}>> = {
  mile: {dimension: 'length', factor: 1609.344},
  yard: {dimension: 'length', factor: 0.9144},
  foot: {dimension: 'length', factor: 0.3048},
  inch: {dimension: 'length', factor: 0.0254},
  kilometer: {dimension: 'length', factor: 1000},
  meter: {dimension: 'length', factor: 1},
  centimeter: {dimension: 'length', factor: 0.01},
  millimeter: {dimension: 'length', factor: 0.001},
  pound: {dimension: 'mass', factor: 0.45359237},
  ounce: {dimension: 'mass', factor: 0.028349523},
  kilogram: {dimension: 'mass', factor: 1},
  gram: {dimension: 'mass', factor: 0.001},
  gallon: {dimension: 'volume', factor: 3.785411784},
  'fluid-ounce': {dimension: 'volume', factor: 0.0295735296},
  liter: {dimension: 'volume', factor: 1},
  milliliter: {dimension: 'volume', factor: 0.001},
  'mile-per-hour': {dimension: 'speed', factor: 1.609344},
  'kilometer-per-hour': {dimension: 'speed', factor: 1},
  acre: {dimension: 'area', factor: 0.40468564},
  hectare: {dimension: 'area', factor: 1}
}

/**
 * The units whose words `intlUnitWords` reads: those above, the two temperature scales, and the bare
 * `degree` (`80 degrees`, `27 Grad`, `26 degrés`, `80度`), which a weather report writes for either scale.
 */
export const convertibleUnits: readonly string[] = [...Object.keys(scales), 'fahrenheit', 'celsius', 'degree']

/**
 * The dimension a unit measures (`length`, `mass`, `volume`, `speed`, `area`, `temperature`), or
 * `undefined` for a unit no translation converts.
 */
export function unitDimension(unit: string): string | undefined {
  return temperatures.has(unit) ? 'temperature' : scales[unit]?.dimension
}

/** Translators round a converted value: 6 % apart, or one degree, is the same measure. */
const tolerance = 0.06
/** Two temperatures this many degrees Celsius apart are one temperature, rounded by the translator. */
export const degreeTolerance = 1
/** A converted amount rounded at its last digit (`roundedTo`) is at most this far off. */
const maxRounding = 0.2

/**
 * Whether `a` and `b`, amounts in two different units of one dimension (ICU unit names), are the
 * same measure converted and rounded: `550` pounds and `250` kilograms, `385` miles and `620`
 * kilometres, `80` °F and `27` °C. Two amounts in the same unit are not (they differ or are equal).
 *
 * @example
 *   isConversion({value: 385, unit: 'mile'}, {value: 620, unit: 'kilometer'}) // => true
 */
export function isConversion(a: {value: number; unit: string}, b: {value: number; unit: string}): boolean {
  if (temperatures.has(a.unit) && temperatures.has(b.unit)) return isTemperatureConversion(a, b)
  if (a.unit === b.unit) return false
  const [from, to] = [scales[a.unit], scales[b.unit]]
  if (!from || !to || from.dimension !== to.dimension || !(a.value > 0) || !(b.value > 0)) return false
  const [x, y] = [a.value * from.factor, b.value * to.factor]
  return Math.abs(x - y) <= tolerance * Math.max(x, y) || roundedTo(b.value, x / to.factor) || roundedTo(a.value, y / from.factor)
}

/**
 * Whether `written` is `exact` rounded at its own last significant digit, and at most `maxRounding`
 * off: a translator who converts 200 miles (322 km) writes `300 km`, 40 miles (64 km) `60 km`, an
 * inch (2.54 cm) `3 cm` — further off than `tolerance`, but no nearer round number exists. Not
 * `360 km` for 385 miles (620 km): its last digit is the tens; nor `2 cm` for an inch, 21 % off.
 */
function roundedTo(written: number, exact: number): boolean {
  const [whole = '', fraction = ''] = String(written).split('.')
  const place = fraction === '' ? 10 ** (whole.length - whole.replace(/0+$/, '').length) : 10 ** -fraction.length
  return written > 0 && Math.abs(written - exact) <= maxRounding * exact && Math.abs(Math.round(exact / place) * place - written) < place / 1000
}

const temperatures = new Set(['fahrenheit', 'celsius', 'degree'])

/** Degrees Fahrenheit in degrees Celsius. */
export function fahrenheitToCelsius(fahrenheit: number): number {
  return ((fahrenheit - 32) * 5) / 9
}

/**
 * `isConversion` of two temperatures. A bare degree is read on either scale, or as a difference of
 * temperatures (`10 degrees above average`, `6 Grad über dem Durchschnitt`: 10 °F more is 5.6 °C more),
 * so it is the other amount converted when any reading is; two amounts on one named scale never are.
 */
function isTemperatureConversion(a: {value: number; unit: string}, b: {value: number; unit: string}): boolean {
  const readings = (amount: {value: number; unit: string}) => (amount.unit === 'degree' ? ['celsius', 'fahrenheit'] : [amount.unit])
  const near = (x: number, y: number) => Math.abs(x - y) <= degreeTolerance
  const toCelsius = (value: number, unit: string) => (unit === 'celsius' ? value : fahrenheitToCelsius(value))
  const bare = a.unit === 'degree' || b.unit === 'degree'
  return readings(a).some((aUnit) =>
    readings(b).some((bUnit) => {
      if (aUnit === bUnit) return false
      if (near(toCelsius(a.value, aUnit), toCelsius(b.value, bUnit))) return true
      // A difference: only a bare degree may be one (`27 °C` is a temperature, not a rise of 27).
      const [celsiusDifference, other] = aUnit === 'celsius' ? [a, b] : [b, a]
      return bare && near(celsiusDifference.value, (other.value * 5) / 9)
    })
  )
}
