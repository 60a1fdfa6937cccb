import {readDocument} from '/work/main/src/document/read-document.js'
import {createContext} from '/work/main/src/align/align-context.js'
import {resolveOptions} from '/work/main/src/align/options.js'
import {createBeadScorer} from '/work/main/src/align/score-bead.js'
const [dir, ...pairs] = process.argv.slice(2)
const s = await readDocument(dir + '/tr.' + (process.env.EXT ?? 'md')); const t = await readDocument(dir + '/en.' + (process.env.EXT ?? 'md'))
const ctx = createContext(s, t, resolveOptions({}, s.lang, t.lang))
const sc = createBeadScorer(ctx.source.blocks, ctx.target.blocks, {model: ctx.model, keyCount: ctx.keys.size, scorer: undefined, level: 'block'})
for (const p of pairs) { const [i,k,j,l] = p.split(',').map(Number); console.log(p, sc.cost(i,k,j,l).toFixed(2), sc.score(i,k,j,l).toFixed(2), JSON.stringify(s.blocks[i]?.text.slice(0,30)), JSON.stringify(t.blocks[j]?.text.slice(0,30))) }
console.log('skip', sc.cost(0,1,0,0))
