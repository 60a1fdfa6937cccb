import {align} from '../src/align/align.js'
import {check} from '../src/check/check.js'
import type {Finding} from '../src/check/finding.js'
import {parseDocument} from '../src/document/parse-document.js'
import {ntrexFiles, readCorpusLines} from './check/ntrex-languages.js'
for (const lang of process.argv.slice(2)) {
  const target = readCorpusLines(ntrexFiles[lang]!)
  const source = readCorpusLines('ntrex-multi/eng.txt').slice(0, 400)
  const translated = target.slice(0, 400)
  const replaced = new Set<number>()
  for (let i = 5; i < 400; i += 10) replaced.add(i), (translated[i] = target[1500 + i] ?? '')
  for (let from = 0; from < 400; from += 10) {
    const al = align(parseDocument(source.slice(from, from + 10).join('\n'), {format: 'text', lang: 'en'}), parseDocument(translated.slice(from, from + 10).join('\n'), {format: 'text', lang}))
    for (const f of check(al) as Finding[]) {
      const p = f.targetLocation
      if (!p || f.severity === 'info') continue
      if ([...Array(p.endLine - p.line + 1).keys()].some((o) => !replaced.has(from + p.line - 1 + o))) console.log(lang, from, f.ruleId, p.line, p.endLine, f.reason.slice(0, 110))
    }
  }
}
