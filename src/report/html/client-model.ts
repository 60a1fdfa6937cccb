/**
 * Client-side code of the HTML report, part 1: pure functions from the report JSON to what
 * the page shows (which row carries which finding, which characters to mark). No DOM here,
 * so the unit tests run this same source in a `node:vm` context.
 */
export const clientModel = String.raw`
function rowsOfFindings(beads, findings) {
  var where = {source: {}, target: {}}
  beads.forEach(function (bead, row) {
    bead.source.forEach(function (block) { where.source[block] = row })
    bead.target.forEach(function (block) { where.target[block] = row })
  })
  var rows = beads.map(function () { return [] })
  var loose = []
  findings.forEach(function (finding, id) {
    var placed = []
    ;['source', 'target'].forEach(function (side) {
      var row = finding[side] ? where[side][finding[side].block] : undefined
      if (row === undefined || placed.indexOf(row) !== -1) return
      placed.push(row)
      rows[row].push(id)
    })
    if (placed.length === 0) loose.push(id)
  })
  return {rows: rows, loose: loose}
}

// Only evidence keys named after a side ("source", "sourceNumbers", …) are marked in that side's
// text, and a glossary "term" in the source: other evidence ("kind", "words", "detected", …)
// describes the finding, not the text.
function evidenceTerms(evidence, side) {
  var terms = []
  Object.keys(evidence || {}).forEach(function (key) {
    if (key.toLowerCase().indexOf(side) === 0 || (key === 'term' && side === 'source')) collectTerms(evidence[key], terms)
  })
  return terms
}

function collectTerms(value, terms) {
  if (typeof value === 'string' || typeof value === 'number') terms.push(value)
  else if (Array.isArray(value)) value.forEach(function (item) { collectTerms(item, terms) })
  else if (value && typeof value === 'object') {
    var surface = value.text !== undefined ? value.text : value.raw
    if (typeof surface === 'string') terms.push(surface)
    else Object.keys(value).forEach(function (key) { collectTerms(value[key], terms) })
  }
}

function markRanges(text, terms, lang) {
  var ranges = []
  terms.forEach(function (term) {
    if (typeof term === 'number') numberRanges(text, term, ranges)
    else termRanges(text, term.trim(), lang, ranges)
  })
  return dropOverlaps(ranges)
}

var wordChar = /[\p{L}\p{N}]/u

function termRanges(text, term, lang, ranges) {
  if (term.length < 2 && !/\d/.test(term)) return
  var lower = text.toLocaleLowerCase(lang)
  var caseless = lower.length === text.length
  var hay = caseless ? lower : text
  var needle = caseless ? term.toLocaleLowerCase(lang) : term
  // Turkish adds suffixes to common nouns without an apostrophe ("program" → "programı").
  var suffixes = /^tr\b/.test(lang || '') && /\p{Ll}$/u.test(term)
  for (var at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    var end = at + needle.length
    var startsWord = at === 0 || !wordChar.test(hay[at - 1]) || !wordChar.test(needle[0])
    var endsWord = suffixes || end === hay.length || !wordChar.test(hay[end]) || !wordChar.test(needle[needle.length - 1])
    if (startsWord && endsWord) ranges.push([at, end])
  }
}

function numberRanges(text, value, ranges) {
  var token = /\d(?:[\d.,]*\d)?/g
  for (var match = token.exec(text); match; match = token.exec(text)) {
    if (numberReadings(match[0]).indexOf(value) !== -1) ranges.push([match.index, match.index + match[0].length])
  }
}

function numberReadings(token) {
  var readings = [Number(token.replace(/[.,]/g, ''))]
  var last = Math.max(token.lastIndexOf('.'), token.lastIndexOf(','))
  if (last !== -1) readings.push(Number(token.slice(0, last).replace(/[.,]/g, '') + '.' + token.slice(last + 1)))
  return readings
}

function dropOverlaps(ranges) {
  ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1] })
  var kept = []
  ranges.forEach(function (range) {
    var previous = kept[kept.length - 1]
    if (!previous || range[0] >= previous[1]) kept.push(range)
  })
  return kept
}
`
