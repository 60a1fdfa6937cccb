import {defineConfig} from 'tsup'

export default defineConfig([
  {entry: {index: 'src/index.ts'}, format: ['esm', 'cjs'], dts: true, target: 'node20', shims: true},
  {entry: {cli: 'src/cli/bin.ts'}, format: ['esm'], target: 'node20', banner: {js: '#!/usr/bin/env node'}}
])
