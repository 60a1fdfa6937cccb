import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

const schemas = path.resolve(import.meta.dirname, '..', 'fixtures-report')

/** The vendored OASIS schemas (see each folder's SOURCE.md), with the catalog that keeps 1.2 offline. */
const schema = {
  '1.2': {xsd: path.join(schemas, 'xliff-1.2', 'xliff-core-1.2-strict.xsd'), catalog: path.join(schemas, 'xliff-1.2', 'catalog.xml')},
  '2.0': {xsd: path.join(schemas, 'xliff-2.0', 'xliff-core-2.0.xsd'), catalog: undefined}
}

/** Whether xmllint is installed (`.ci/run` installs it, so the schema tests skip only outside CI). */
export {canValidate as hasXmllint} from '../memory/xmllint.js'

/** Validates `xml` against the OASIS XLIFF `version` schema with xmllint, offline; `''` when valid, else its errors. */
export function xliffSchemaErrors(xml: string, version: keyof typeof schema): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'bitext-xsd-'))
  try {
    const file = path.join(folder, 'file.xlf')
    writeFileSync(file, xml)
    const {xsd, catalog} = schema[version]
    const env = catalog === undefined ? process.env : {...process.env, XML_CATALOG_FILES: catalog}
    const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', xsd, file], {env, encoding: 'utf8'})
    return run.status === 0 ? '' : run.stderr
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
