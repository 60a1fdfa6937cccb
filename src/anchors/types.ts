/** What an anchor stands for. */
export type AnchorKind =
  | 'number'
  | 'date'
  | 'weekday'
  | 'time'
  | 'percent'
  | 'range'
  | 'ordinal'
  | 'acronym'
  | 'name'
  | 'url'
  | 'email'
  | 'code'

/**
 * A token whose meaning survives translation: a number, a date, a name …
 * `value` is canonical, so anchors of two languages compare with `===`
 * (see the value table in the README: `1.000,5` (tr) and `1,000.5` (en) are both `1000.5`).
 */
export interface Anchor {
  kind: AnchorKind
  /** The text as written, a slice of the input. */
  text: string
  /** Canonical value, comparable across languages. */
  value: string
  /** Offset of the first code unit in the input. */
  start: number
  /** Offset after the last code unit in the input. */
  end: number
  /** A number's unit of measure, when one follows it (ICU's name: `mile`, `kilogram`, `celsius`), so a converted amount can be told from a changed one. */
  unit?: string
  /** The letters glued to the end of a number (`1930s` → `s`, `1930er` → `er`, `30-е` → `е`, `2015'te` → `te`): a plural, a case, a decade. */
  suffix?: string
}
