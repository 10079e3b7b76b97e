import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatIssue } from './issue'
import { jsonSchemas } from './json-schema'
import { checkContent } from './pipeline'

const valid = join(import.meta.dirname, '..', 'fixtures', 'valid', 'content')

/** Copies the valid fixture, rewrites one platform file with `edit`, and checks it. */
async function checkEdited(edit: (yaml: string) => string): Promise<string[]> {
  const dir = join(await mkdtemp(join(tmpdir(), 'deregister-content-')), 'content')
  await cp(valid, dir, { recursive: true })
  const file = join(dir, 'platforms', 'coinbox.yaml')
  await writeFile(file, edit(await readFile(file, 'utf8')))
  return (await checkContent(dir)).issues.map(formatIssue)
}

describe('checkContent', () => {
  it('compiles a valid platform with derived difficulty, glossary and hash', async () => {
    const r = await checkContent(valid)
    expect(r.issues).toEqual([])
    const [entry] = r.catalog!.entries
    expect(entry).toMatchObject({ id: 'coinbox', depth: 'guide', difficulty: { level: 'easy' } })
    expect(entry!.depth === 'guide' && entry!.glossary.verificationMethods.map((m) => m.id)).toEqual(['sms'])
    expect(r.catalog!.index.entries[0]).toMatchObject({ id: 'coinbox', name: { en: 'Coinbox' } })
  })

  it('names file, line, column and field for a wrong duration', async () => {
    const issues = await checkEdited((y) => y.replace('duration: { min: 3, max: 3, unit: workdays }', 'duration: { min: 3, max: 3, unit: weeks }'))
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatch(/^content\/platforms\/coinbox\.yaml:56:41 requirements\[0\]\.remedy\.duration\.unit: .*"workdays"/)
  })

  it('reports an unknown field by its name', async () => {
    const issues = await checkEdited((y) => y.replace('    severity: blocker\n', '    severity: blocker\n    severty: warning\n'))
    expect(issues[0]).toMatch(/coinbox\.yaml:54:14 requirements\[0\]\.severty: unknown field "severty"/)
  })

  it('reports a missing translation where the text is', async () => {
    const issues = await checkEdited((y) => y.replace('title: { zh-CN: 赎回理财, en: Redeem savings }', 'title: { zh-CN: 赎回理财 }'))
    expect(issues[0]).toMatch(/coinbox\.yaml:51:14 requirements\[0\]\.title\.en: .*expected string/)
  })

  it('rejects a dependency cycle among remedies', async () => {
    const issues = await checkEdited((y) => y.replace("      duration: { min: 3, max: 3, unit: workdays }\n", "      duration: { min: 3, max: 3, unit: workdays }\n      after: [unbind-cards]\n"))
    expect(issues.join('\n')).toMatch(/requirements\[0\]\.remedy\.after: remedies depend on each other in a cycle: redeem-savings → unbind-cards → withdraw-balance → redeem-savings/)
  })

  it('rejects references that do not resolve', async () => {
    const issues = await checkEdited((y) =>
      y
        .replace('when: { answer: savings, eq: true }', 'when: { answer: savngs, eq: true }')
        .replace('after: [redeem-savings]', 'after: [redeem]')
        .replace('verification: [sms]', 'verification: [carrier-pigeon]')
        .replace('when: { answer: plan, eq: gold }', 'when: { answer: plan, eq: platinum }')
        .replace('source: fixture-article', 'source: nowhere'),
    )
    const text = issues.join('\n')
    expect(text).toMatch(/requirements\[0\]\.when\.answer: no question "savngs"/)
    expect(text).toMatch(/requirements\[1\]\.remedy\.after\[0\]: "redeem" is not another requirement/)
    expect(text).toMatch(/steps\[2\]\.verification\[0\]: unknown verification method "carrier-pigeon"/)
    expect(text).toMatch(/requirements\[3\]\.when: "platinum" is not an option of "plan"/)
    expect(text).toMatch(/waitingPeriods\[0\]\.duration\.disputed\[0\]\.source: unknown source "nowhere"/)
  })

  it('rejects duplicate ids and a file name that does not match the id', async () => {
    const issues = await checkEdited((y) => y.replace('id: sms-code', 'id: open').replace('id: coinbox', 'id: coin-box'))
    const text = issues.join('\n')
    expect(text).toMatch(/coinbox\.yaml:4:5 id: must match the file name "coinbox"/)
    expect(text).toMatch(/steps\[2\]\.id: duplicate id "open" \(first at steps\[0\]\)/)
  })

  it('asks for the editor schema line at the top of every file', async () => {
    const issues = await checkEdited((y) => y.split('\n').slice(1).join('\n'))
    expect(issues[0]).toBe(
      'content/platforms/coinbox.yaml:1:1 first line must be "# yaml-language-server: $schema=../schema/platform.schema.json" (editor validation)',
    )
  })

  it('keeps the committed editor JSON Schemas in step with the zod schemas', async () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = await readFile(join(import.meta.dirname, '..', '..', '..', 'content', 'schema', name), 'utf8')
      expect(JSON.parse(committed), `content/schema/${name} is stale: run pnpm build`).toEqual(schema)
    }
  })

  it('reports YAML syntax errors with their position', async () => {
    const issues = await checkEdited((y) => y.replace('aliases: [钱盒, coinbox, cb]', 'aliases: [钱盒, coinbox, cb'))
    expect(issues[0]).toMatch(/^content\/platforms\/coinbox\.yaml:\d+:\d+ YAML: /)
  })
})
