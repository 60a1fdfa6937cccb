import type {BitextDocument} from '../document/types.js'
import type {CompiledLexicon} from '../anchors/term-index.js'
import {compileLexicons} from '../anchors/term-index.js'
import type {LearnedLexicon} from './learn-lexicon.js'
import type {LengthModel} from './length-model.js'
import {initialLengthModel} from './length-model.js'
import type {ResolvedOptions} from './options.js'
import type {FeatureTables, Interner, UnitFeatures} from './unit-features.js'
import {intern, unitFeatures} from './unit-features.js'
import type {Side} from './side.js'
import {addKeys, joinUnits, withKeys} from './side.js'
import {addSharedStems} from './shared-stems.js'
import {dropNounsReadAsNames} from './nouns-as-names.js'
import type {NameScript} from './sound-keys.js'
import {initialSoundKeys, soundKeying, writtenSoundKeys} from './sound-keys.js'
import {localisedUrl} from '../text/localised-url.js'
import {likelyScript} from '../text/cased-script.js'
import {primaryLang} from '../text/primary-lang.js'

/** Everything a pass needs: both sides, the shared key table and the length model. */
export interface AlignContext {
  source: Side
  target: Side
  keys: Interner
  /** The keys that stand for whole texts. */
  textKeys: Set<number>
  model: LengthModel
  options: ResolvedOptions
}

/** Reads both documents into features. */
export function createContext(source: BitextDocument, target: BitextDocument, options: ResolvedOptions): AlignContext {
  const lexicon: CompiledLexicon = compileLexicons(options.lexicons, source.lang, target.lang)
  const keys: Interner = new Map()
  const texts = new Map<string, number>()
  const langs = [primaryLang(source.lang), primaryLang(target.lang)]
  const skeletons = acrossScripts(source.lang, target.lang)
  const keying = soundKeying(source.lang, target.lang)
  const sounds = (side: 'source' | 'target') => (keying?.latin === side ? keying.script : undefined)
  const stems = {source: new Map<string, number>(), target: new Map<string, number>()}
  const sourceSide = readSide(source, {terms: lexicon.source, keys, texts, stems: stems.source, skeletons, nameSounds: sounds('source')}, langs)
  const targetSide = readSide(target, {terms: lexicon.target, keys, texts, stems: stems.target, skeletons, nameSounds: sounds('target')}, langs)
  addSharedStems(sourceSide, targetSide, stems, keys)
  dropNounsReadAsNames(sourceSide, targetSide, keys, source.lang, target.lang)
  if (keying) addSoundKeys(keying.latin === 'source' ? sourceSide : targetSide, keying.latin === 'source' ? targetSide : sourceSide, keying.script, keys)
  const total = (side: Side) => side.blocks.reduce((sum, block) => sum + block.length, 0)
  return {source: sourceSide, target: targetSide, keys, textKeys: new Set(texts.values()), model: initialLengthModel(total(sourceSide), total(targetSide)), options}
}

/**
 * Scripts whose names `nameSkeleton` carries into Latin well enough to be evidence. Greek since its
 * stops written `μπ`, `ντ`, `γκ` at a name's start are read (`Ντουάιερ`, Dwyer): on NTREX-multi
 * en-el and el-en, seeds 1-5, F1 +0.0008 on average (11 tasks better, 8 worse, seeds 4-5 mostly
 * worse), and on short files (bench:align-short) en-el 0.920 → 0.939, el-en 0.930 → 0.953, where
 * names are most of the evidence. Before the stops were read, Greek keys moved seeds 1-5 by −0.0002.
 */
const transliterated = new Set(['Latn', 'Cyrl', 'Grek'])

/** Whether one language is written in Latin and the other in Cyrillic: names then differ in letters, not in sound. */
function acrossScripts(sourceLang: string, targetLang: string): boolean {
  const [source, target] = [likelyScript(sourceLang), likelyScript(targetLang)]
  return source !== target && source !== undefined && target !== undefined && transliterated.has(source) && transliterated.has(target)
}

function readSide(document: BitextDocument, tables: FeatureTables, langs: readonly string[]): Side {
  const side: Side = {sentences: [], blocks: [], ranges: [], links: []}
  const read = readOnce(tables)
  for (const block of document.blocks) {
    const lang = block.lang === 'und' ? document.lang : block.lang
    const heading = block.kind === 'heading'
    const first = side.sentences.length
    const code = block.code ?? []
    for (const sentence of block.sentences) side.sentences.push(withKeys(read(sentence.text, {lang, heading}), codeKeys(code, sentence.text, tables.keys)))
    side.ranges.push([first, side.sentences.length])
    const own = first === side.sentences.length ? withKeys(read(block.text, {lang, heading}), codeKeys(code, block.text, tables.keys)) : undefined
    const links = linkKeys(block.links ?? [], langs, tables.keys)
    side.links.push(links)
    side.blocks.push(withKeys(own ?? joinUnits(block.text, heading, side.sentences, first, side.sentences.length), links))
  }
  return side
}

/**
 * `unitFeatures` that reads each distinct text of one language once (repeated list items, boilerplate,
 * a repeated document): the same text gives the same features, so later copies reuse the first's
 * stems and copy its keys (a unit's keys grow with the learned pairs, so each needs its own array).
 */
function readOnce(tables: FeatureTables): (text: string, unit: {lang: string; heading: boolean}) => UnitFeatures {
  const byLang = new Map<string, Map<string, UnitFeatures>>()
  return (text, unit) => {
    let seen = byLang.get(unit.lang)
    if (!seen) byLang.set(unit.lang, (seen = new Map()))
    const known = seen.get(text)
    if (known) return {text, length: known.length, keys: known.keys.slice(), stems: known.stems, heading: unit.heading}
    const features = unitFeatures(text, unit, tables)
    seen.set(text, features)
    return features
  }
}

/**
 * Link targets as evidence: the same address in its localised-free form
 * (`/tr/docs` and `/en/docs` alike, see `localisedUrl`) on both sides is a
 * strong sign of a translation, as in a list of links reordered by the other side.
 */
function linkKeys(links: readonly string[], langs: readonly string[], keys: Interner): number[] {
  if (links.length === 0) return []
  const forms = new Set(links.map((link) => localisedUrl(link, langs)).filter((form) => form !== ''))
  return [...forms].map((form) => intern(keys, `link:${form}`))
}

/**
 * Inline code spans and template tags (`Block.code`) as evidence, keyed like the code anchors read
 * from backticks (`code:npm ci`): a Markdown reader drops the backticks from the text, so without
 * these a list of short commands would give the aligner nothing to go on. A span counts in each
 * unit whose text holds it, unless the unit still has the backticks (then its anchors read it).
 */
function codeKeys(code: readonly string[], text: string, keys: Interner): number[] {
  const found: number[] = []
  for (const span of code) if (span !== '' && text.includes(span) && !text.includes(`\`${span}\``)) found.push(intern(keys, `code:${span}`))
  return found
}

/** Adds the learned pairs to every unit's evidence (blocks again from their sentences). */
export function addLearned(context: AlignContext, learned: LearnedLexicon): void {
  for (const [side, table] of [[context.source, learned.source], [context.target, learned.target]] as const) {
    addKeys(side, (unit) => unit.stems.flatMap((stem) => {
      const key = table.get(stem)
      return key === undefined ? [] : [intern(context.keys, key)]
    }))
  }
}

/**
 * Sound keys across scripts (`sound-keys.ts`): the other side's runs and words are keyed once the
 * Latin side's names are known, and so are the capitalised words that start Latin sentences; such a
 * word keeps its key only where the other side has it (`However` would match nothing).
 */
function addSoundKeys(latin: Side, other: Side, script: NameScript, keys: Interner): void {
  const initials = new Map<UnitFeatures, number[]>()
  for (const unit of [...latin.sentences, ...latin.blocks]) {
    const found = initialSoundKeys(unit.text, script).map((key) => intern(keys, key)).filter((key) => !unit.keys.includes(key))
    if (found.length > 0) initials.set(unit, found)
  }
  addKeys(other, (unit) => writtenSoundKeys(unit.text, script, keys))
  const present = new Set(other.sentences.flatMap((unit) => unit.keys))
  addKeys(latin, (unit) => (initials.get(unit) ?? []).filter((key) => present.has(key)))
}
