import {decodeText} from '../src/document/decode-text.js'
import {InputError} from '../src/input-error.js'
let found = 0
for (let n = 0; n < 300000 && found < 3; n++) {
  const len = Math.floor(Math.random() * 40)
  const b = new Uint8Array(len)
  for (let i = 0; i < len; i++) b[i] = Math.random() < 0.3 ? [0xff, 0xfe, 0xef, 0xbb, 0xbf, 0, 0x3c, 0x3f][Math.floor(Math.random() * 8)]! : Math.floor(Math.random() * 256)
  try { decodeText(b) } catch (e) { if (!(e instanceof InputError)) { found++; console.log([...b].map(x => x.toString(16)).join(' '), String(e).slice(0, 200)) } }
}
console.log('found', found)
