import {defineConfig} from 'tsup'

export default defineConfig([
  // The TMX import's worker thread is an entry of its own: `importTmxFile` starts it from the file next to the bundle.
  {entry: {index: 'src/index.ts', 'tmx-import-worker': 'src/memory/tmx-import-worker.ts'}, format: ['esm'], dts: {entry: {index: 'src/index.ts'}}, target: 'node20', shims: true},
  {entry: {cli: 'src/cli/bin.ts'}, format: ['esm'], target: 'node20', banner: {js: '#!/usr/bin/env node'}}
])
