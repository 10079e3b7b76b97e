import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatIssue } from './issue'
import { checkContent } from './pipeline'
import { halfWidthMarks } from './punctuation'

const valid = join(import.meta.dirname, '..', 'fixtures', 'valid', 'content')

async function checkEdited(edit: (yaml: string) => string): Promise<string[]> {
  const dir = join(await mkdtemp(join(tmpdir(), 'deregister-trust-')), 'content')
  await cp(valid, dir, { recursive: true })
  const file = join(dir, 'platforms', 'coinbox.yaml')
  await writeFile(file, edit(await readFile(file, 'utf8')))
  return (await checkContent(dir)).issues.map(formatIssue)
}

describe('full-width punctuation in Chinese text', () => {
  it('finds half-width marks next to Chinese and leaves Latin text alone', () => {
    expect(halfWidthMarks('赎回(含未到期),再提现:好吗?').map((m) => m.mark)).toEqual([
      '(',
      ')',
      ',',
      ':',
      '?',
    ])
    expect(halfWidthMarks('版本 8.0.34, IMAP/POP3 (iOS) 12:30')).toEqual([])
    expect(halfWidthMarks('理财(43%)\u3001')).toHaveLength(2)
    // A full-width bracket closed by a half-width one, beside digits only.
    expect(halfWidthMarks('申诉受理中心\uff0812300)').map((m) => m.suggestion)).toEqual(['\uff09'])
    expect(halfWidthMarks('版本 (8.0.34)')).toEqual([])
    // Straight quotes around Chinese become curly ones, opening then closing.
    expect(halfWidthMarks('点"确认注销"按钮').map((m) => m.suggestion)).toEqual([
      '\u201c',
      '\u201d',
    ])
    expect(halfWidthMarks('say "hello" twice')).toEqual([])
  })

  it('reports a half-width comma in a zh-CN field with file and line', async () => {
    const issues = await checkEdited((y) =>
      y.replace('{ zh-CN: 赎回, en: Redeem }', "{ zh-CN: '先赎回,再提现', en: Redeem }"),
    )
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatch(
      /^content\/platforms\/coinbox\.yaml:55:\d+ requirements\[0\]\.remedy\.steps\[0\]\.zh-CN: Chinese text uses full-width punctuation: "," → "\uff0c"/,
    )
  })

  it('leaves half-width punctuation in English fields alone', async () => {
    expect(
      await checkEdited((y) => y.replace('en: Redeem }', "en: 'Redeem, then withdraw' }")),
    ).toEqual([])
  })
})

describe('citations', () => {
  it('requires every requirement to name its sources', async () => {
    const issues = await checkEdited((y) =>
      y.replace(
        '      duration: { min: 3, max: 3, unit: workdays }\n    sources: [fixture-article]\n',
        '      duration: { min: 3, max: 3, unit: workdays }\n',
      ),
    )
    expect(issues.join('\n')).toMatch(
      /coinbox\.yaml:50:\d+ requirements\[0\]: requirements\[0\] must name its sources/,
    )
  })

  it('requires at least three sources, one with a url, each with a date or "undated"', async () => {
    const issues = await checkEdited((y) =>
      y
        .replace(/ {2}- \{ id: fixture-help.*\n/, '')
        .replace(', date: 2026-02-01, kind: press', ', kind: press')
        .replace(/\[fixture-article, fixture-help\]/, '[fixture-article]'),
    )
    const text = issues.join('\n')
    expect(text).toMatch(/sources: a full guide cites at least 3 sources \(has 2\)/)
    expect(text).toMatch(/sources: at least one source needs a url/)
    expect(text).toMatch(/sources\[1\]: source "fixture-press" needs a date/)
  })

  it('rejects "unknown" as a publisher', async () => {
    const issues = await checkEdited((y) => y.replace('publisher: Test,', 'publisher: unknown,'))
    expect(issues.join('\n')).toMatch(/sources\[0\]\.publisher: leave publisher out/)
  })

  it('reports a listed source nothing cites', async () => {
    const issues = await checkEdited((y) =>
      y.replace('[fixture-article, fixture-press]', '[fixture-article]'),
    )
    expect(issues.join('\n')).toMatch(
      /sources\[2\]\.id: source "fixture-press" is listed but nothing cites it/,
    )
  })
})

describe('menu labels', () => {
  it('spells one Chinese label one way in English', async () => {
    const issues = await checkEdited((y) =>
      y.replace(
        '[{ zh-CN: 我, en: Me }, { zh-CN: 注销, en: Delete }]\nsteps',
        '[{ zh-CN: 我, en: Me }, { zh-CN: 注销, en: Delete account }]\nsteps',
      ),
    )
    expect(issues.join('\n')).toMatch(
      /clients\[1\]\.menuPath\[1\]\.en: menu label "注销" is "Delete"/,
    )
  })
})
