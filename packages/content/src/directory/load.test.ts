import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseDirectory, readJdmSites } from './load'

/** A repository folder with a `shared/data/jdm/sites.json` beside it when `withData`. */
async function layout(withData: boolean): Promise<string> {
  const top = await mkdtemp(join(tmpdir(), 'deregister-jdm-'))
  await mkdir(join(top, 'repo'))
  if (withData) {
    await mkdir(join(top, 'shared', 'data', 'jdm'), { recursive: true })
    await writeFile(join(top, 'shared', 'data', 'jdm', 'sites.json'), '[]')
  }
  return join(top, 'repo')
}

describe('chooseDirectory', () => {
  it('prefers DEREGISTER_JDM, and turns the directory off with "off"', async () => {
    const root = await layout(true)
    expect(chooseDirectory(root, { DEREGISTER_JDM: 'https://example.org/sites.json' }).source).toBe('https://example.org/sites.json')
    expect(chooseDirectory(root, { DEREGISTER_JDM: 'off' })).toEqual({ why: 'DEREGISTER_JDM is off: guides only' })
  })

  it('uses sites.json beside the repository when there is one, else builds guides only', async () => {
    const withData = await layout(true)
    expect(chooseDirectory(withData, {}).source).toBe(join(withData, '..', 'shared', 'data', 'jdm', 'sites.json'))
    const without = chooseDirectory(await layout(false), {})
    expect(without.source).toBeUndefined()
    expect(without.why).toMatch(/guides only/)
  })
})

describe('readJdmSites', () => {
  it('reads a path relative to the given folder', async () => {
    const root = await layout(true)
    expect(await readJdmSites('../shared/data/jdm/sites.json', root)).toEqual([])
  })

  it('fetches an http URL and names the source when it fails', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/sites.json') res.end('[{"name":"X"}]')
      else res.writeHead(404).end('nope')
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      expect(await readJdmSites(`${base}/sites.json`)).toEqual([{ name: 'X' }])
      await expect(readJdmSites(`${base}/missing.json`)).rejects.toThrow(`${base}/missing.json: HTTP 404`)
    } finally {
      server.close()
    }
  })

  it('says which file is missing or is not JSON', async () => {
    const root = await layout(false)
    await writeFile(join(root, 'broken.json'), '[1')
    await expect(readJdmSites('nowhere.json', root)).rejects.toThrow(`${join(root, 'nowhere.json')}: no such file`)
    await expect(readJdmSites('broken.json', root)).rejects.toThrow(/broken\.json: not JSON/)
  })
})
