import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseYamlFile } from './yaml-file'

const contentDir = join(import.meta.dirname, '..', '..', '..', 'content')

describe('parseYamlFile', () => {
  it('reads every content file exactly as the YAML 1.2 parser does (dates stay strings)', async () => {
    for (const sub of ['platforms', 'shared']) {
      for (const name of await readdir(join(contentDir, sub))) {
        const text = await readFile(join(contentDir, sub, name), 'utf8')
        expect(parseYamlFile(name, text).file.data, name).toEqual(parse(text))
      }
    }
    expect(parseYamlFile('x.yaml', 'lastVerified: 2026-11-24\n').file.data).toEqual({ lastVerified: '2026-11-24' })
  })

  it('locates nested fields, and missing keys at their parent map', () => {
    const { file } = parseYamlFile('x.yaml', 'a:\n  b:\n    - c: 1\n      d: 2\n')
    expect(file.locate(['a', 'b', 0, 'd'])).toEqual({ line: 4, column: 10 })
    expect(file.locate(['a', 'b', 0, 'missing'])).toEqual({ line: 3, column: 7 })
  })

  it('rejects duplicate keys with their position', () => {
    const { issues } = parseYamlFile('x.yaml', 'a: 1\nb: 2\na: 3\n')
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ line: 3, column: 1 })
  })
})
