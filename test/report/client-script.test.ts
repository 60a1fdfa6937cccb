import {describe, expect, it} from 'vitest'
import {bundleClient, committedClient, staleMessage} from '../../scripts/build-client.js'
import {clientScript} from '../../src/report/html/client-script.generated.js'

describe('the bundled client of the HTML report', () => {
  it('is the bundle of src/report/html/client/ as it is now', async () => {
    expect(committedClient(), staleMessage).toBe(await bundleClient())
  })

  it('is one script that can sit inside a <script> element', () => {
    expect(clientScript).toMatch(/^"use strict";\n\(\(\) => \{\n/)
    expect(clientScript).not.toMatch(/<\/script|<!--|^\s*(?:import|export)\b/im)
  })
})
