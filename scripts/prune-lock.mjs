// Drop optional dependencies that the lock file names but does not hold (platform packages the
// registry mirror here does not serve), so that `npm ci` accepts the lock.
import {readFileSync, writeFileSync} from 'node:fs'
const file = process.argv[2] ?? 'package-lock.json'
const lock = JSON.parse(readFileSync(file, 'utf8'))
let dropped = 0
for (const [key, entry] of Object.entries(lock.packages)) {
  if (!entry.optionalDependencies) continue
  for (const name of Object.keys(entry.optionalDependencies)) {
    const nested = `${key ? key + '/' : ''}node_modules/${name}`
    if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) {
      delete entry.optionalDependencies[name]
      dropped++
    }
  }
}
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n')
console.log(`dropped ${dropped} optional dependencies the lock does not hold`)
