/** The known-answer task of bench:align, built from NTREX (English original, Turkish translation). */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {random} from '../random.js'

export interface GoldBead {
  source: number[]
  target: number[]
}

export interface Task {
  /** `lines` input: one sentence per line, a blank line between paragraphs. */
  sourceLines: string
  targetLines: string
  /** Markdown: one `#` heading (the headline) per document, then paragraphs. */
  sourceMarkdown: string
  targetMarkdown: string
  sentenceGold: GoldBead[]
  blockGold: GoldBead[]
}

/** The NTREX pair, in `../shared` beside the repository (run the bench from the repository's root). */
const corpus = path.join(process.cwd(), '..', 'shared', 'corpora', 'ntrex-en-tr')

function readCorpus(): {en: string[]; tr: string[]; docs: string[][]} {
  const read = (name: string) => readFileSync(`${corpus}/${name}`, 'utf8').split(/\r?\n/).slice(0, 1997)
  return {en: read('en.txt'), tr: read('tr.txt'), docs: [read('doc-ids.tsv')]}
}

/** NTREX in ten more languages with English (`../shared/corpora/ntrex-multi`), read by ISO 639-3 file name. */
const multiCorpus = path.join(process.cwd(), '..', 'shared', 'corpora', 'ntrex-multi')

/** Lines of `source` and `target` (file names without `.txt`, for example `eng` and `deu`) as the `en`/`tr` roles of the task. */
export function readMultiCorpus(source: string, target: string): {en: string[]; tr: string[]; docs: string[][]} {
  const read = (name: string) => readFileSync(`${multiCorpus}/${name}`, 'utf8').split(/\r?\n/).slice(0, 1997)
  return {en: read(`${source}.txt`), tr: read(`${target}.txt`), docs: [read('doc-ids.tsv')]}
}

interface Paragraph {
  en: string[]
  tr: string[]
  /** Gold beads with paragraph-local indices. */
  beads: GoldBead[]
}

/** Perturbation rates per sentence (per paragraph for `dropParagraph`). */
const rates = {merge: 0.05, split: 0.05, drop: 0.035, insert: 0.035, dropParagraph: 0.03}

/** Perturbs the Turkish side of one paragraph, recording gold beads. */
function perturb(en: string[], tr: string[], next: () => number, foreign: () => string): Paragraph {
  const paragraph: Paragraph = {en, tr: [], beads: []}
  const push = (source: number[], target: string[]) => {
    const first = paragraph.tr.length
    paragraph.tr.push(...target)
    paragraph.beads.push({source, target: target.map((_, index) => first + index)})
  }
  for (let i = 0; i < en.length; i++) {
    const roll = next()
    const sentence = tr[i] ?? ''
    const comma = sentence.indexOf(', ', Math.floor(sentence.length / 4))
    if (roll < rates.merge && i + 1 < en.length) push([i, i + 1], [`${sentence} ${tr[i + 1] ?? ''}`]), i++
    else if (roll < rates.merge + rates.split && comma > 0 && comma < sentence.length * 0.75) push([i], [sentence.slice(0, comma + 1), sentence.slice(comma + 2)])
    else if (roll < rates.merge + rates.split + rates.drop) push([i], [])
    else push([i], [sentence])
    if (next() < rates.insert) push([], [foreign()])
  }
  return paragraph
}

/** Builds the task for one seed. */
export function buildTask(seed: number, corpus = readCorpus()): Task {
  const next = random(seed)
  const {en, tr, docs} = corpus
  const ids = docs[0] ?? []
  const documents: number[][] = []
  ids.forEach((id, line) => (id === ids[line - 1] ? documents.at(-1)?.push(line) : documents.push([line])))
  const foreign = () => tr[Math.floor(next() * tr.length)] ?? ''
  const out = new Builder()
  for (const lines of documents) {
    const [head = 0, ...rest] = lines
    out.heading(en[head] ?? '', tr[head] ?? '')
    for (let at = 0; at < rest.length; ) {
      const size = 1 + Math.floor(next() * 4)
      const chunk = rest.slice(at, at + size)
      at += size
      const enChunk = chunk.map((line) => en[line] ?? '')
      if (next() < rates.dropParagraph) out.paragraph({en: enChunk, tr: [], beads: enChunk.map((_, i) => ({source: [i], target: []}))})
      else out.paragraph(perturb(enChunk, chunk.map((line) => tr[line] ?? ''), next, foreign))
    }
  }
  return out.task()
}

const markdownSpecial = /^(?=[-*+#>|=_`~]|\d+[.)]\s)/

/** Accumulates both sides in both formats, with global gold indices. */
class Builder {
  private sourceLines: string[] = []
  private targetLines: string[] = []
  private sourceMarkdown: string[] = []
  private targetMarkdown: string[] = []
  private sentenceGold: GoldBead[] = []
  private blockGold: GoldBead[] = []
  private sentences = [0, 0]
  private blocks = [0, 0]

  heading(en: string, tr: string): void {
    this.paragraph({en: [en], tr: [tr], beads: [{source: [0], target: [0]}]}, '# ')
  }

  paragraph(paragraph: Paragraph, prefix = ''): void {
    const [s = 0, t = 0] = this.sentences
    for (const bead of paragraph.beads) this.sentenceGold.push({source: bead.source.map((i) => i + s), target: bead.target.map((j) => j + t)})
    this.sentences = [s + paragraph.en.length, t + paragraph.tr.length]
    const [bs = 0, bt = 0] = this.blocks
    const hasTarget = paragraph.tr.length > 0
    this.blockGold.push({source: [bs], target: hasTarget ? [bt] : []})
    this.blocks = [bs + 1, bt + (hasTarget ? 1 : 0)]
    this.sourceLines.push(paragraph.en.join('\n'))
    this.sourceMarkdown.push(prefix + escape(paragraph.en.join(' ')))
    if (!hasTarget) return
    this.targetLines.push(paragraph.tr.join('\n'))
    this.targetMarkdown.push(prefix + escape(paragraph.tr.join(' ')))
  }

  task(): Task {
    const join = (parts: string[]) => parts.join('\n\n') + '\n'
    return {
      sourceLines: join(this.sourceLines),
      targetLines: join(this.targetLines),
      sourceMarkdown: join(this.sourceMarkdown),
      targetMarkdown: join(this.targetMarkdown),
      sentenceGold: this.sentenceGold,
      blockGold: this.blockGold
    }
  }
}

function escape(text: string): string {
  return text.replace(markdownSpecial, '\\').replace(/([*_`<[\]])/g, '\\$1')
}
