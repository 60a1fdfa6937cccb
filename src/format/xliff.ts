import {tagsAsXliff12} from './inline-tags.js'
import {escapeAttribute, escapeText} from './xml-escape.js'

/** XLIFF 1.2 target states that bitext writes (the standard has more; `readXliff` keeps any). */
export type XliffState = 'translated' | 'needs-translation' | 'needs-review-translation' | (string & {})

/** One `<trans-unit>`: plain data, as `readXliff` returns it and `writeXliff` takes it. */
export interface XliffUnit {
  id: string
  source: string
  /** The target text; `''` when the unit has none. */
  target: string
  /** The target's `state`, when it has one. */
  state?: XliffState
  /** Texts of the unit's `<note>` elements. */
  notes: string[]
  /** `resname` (else `id`; XLIFF 2: `name`, else `id`) of the `<group>` the unit is in, when `readXliff` found one. */
  group?: string
  /**
   * XML of the inline elements of the source, by placeholder index: in `source`, each inline element
   * (`<x/>`, `<ph>…</ph>`, `<bpt>…</bpt>`, each end of `<g>`; XLIFF 2 `<ph/>`, `<sc/>`, `<ec/>`, each end
   * of `<pc>`) is one character U+E000 + index, as in a `TranslationUnit` read from TMX.
   */
  sourceTags?: string[]
  /** XML of the inline elements of the target, by placeholder index. */
  targetTags?: string[]
  /** XLIFF 2: the unit's `<originalData>` (the native code of inline elements, by `dataRef` id), when it has some. */
  data?: Record<string, string>
  /** Index in `XliffDocument.files` of the `<file>` the unit is in, when `readXliff` read more than one. */
  file?: number
}

/** The languages and `original` of one `<file>`. */
export interface XliffFileInfo {
  sourceLang: string
  targetLang: string
  original: string
}

/** An XLIFF file: one `<file>` of units. */
export interface XliffDocument {
  sourceLang: string
  targetLang: string
  /** The `original` attribute: the source document's path. */
  original: string
  units: XliffUnit[]
  /** The `version` of the file read by `readXliff` (`1.2`, `2.0`, `2.1`). */
  version?: string
  /** Every `<file>` when `readXliff` read more than one; the document's own fields are the first's. */
  files?: XliffFileInfo[]
}

/** Serialises an XLIFF document as XLIFF 1.2, valid against the strict schema. */
export function writeXliff(document: XliffDocument): string {
  return xliffFile(document, document.units.map((unit) => writeUnit(unit, document.targetLang)).join(''))
}

/** The XLIFF 1.2 envelope (one `<file>` with bitext's header) around `body`: units or groups. */
export function xliffFile(file: {original: string; sourceLang: string; targetLang: string}, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="${escapeAttribute(file.original)}" source-language="${escapeAttribute(file.sourceLang)}" target-language="${escapeAttribute(file.targetLang)}" datatype="plaintext">
    <header>
      <tool tool-id="bitext" tool-name="bitext"/>
    </header>
    <body>
${body}    </body>
  </file>
</xliff>
`
}

function writeUnit(unit: XliffUnit, targetLang: string): string {
  const state = unit.state === undefined ? '' : ` state="${escapeAttribute(unit.state)}"`
  const notes = unit.notes.map((note) => `\n        <note from="bitext">${escapeText(note)}</note>`).join('')
  return `      <trans-unit id="${escapeAttribute(unit.id)}">
        <source>${tagsAsXliff12(unit.source, unit.sourceTags)}</source>
        <target xml:lang="${escapeAttribute(targetLang)}"${state}>${tagsAsXliff12(unit.target, unit.targetTags)}</target>${notes}
      </trans-unit>
`
}
