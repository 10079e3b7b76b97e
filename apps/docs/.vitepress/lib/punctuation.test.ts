/**
 * Chinese interface text uses full-width punctuation, as content does (`pnpm content:check`
 * applies the same rule to content/): every Chinese string the site's own tables hold, and
 * the prose of every Chinese Markdown page outside code.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { halfWidthMarks } from '@deregister/content'
import { directoryStrings } from './directory-strings'
import { strings } from './i18n'
import { LABELS } from './nav'
import { reportStrings } from './report-strings'
import { searchTranslations } from './locale-theme'

// Phrases are functions of counts, names or lists; the first argument shape they accept is used.
const SAMPLES: unknown[][] = [[2, 5, 9], [['甲', '乙']], ['甲']]
function callWithSamples(f: (...a: unknown[]) => unknown): unknown {
  for (const args of SAMPLES) {
    try {
      return f(...args)
    } catch {
      // not this shape
    }
  }
  throw new Error(`no sample arguments fit ${f.toString().slice(0, 60)}`)
}

/** Every string in a table, functions called with sample arguments. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value === 'function')
    return texts(callWithSamples(value as (...a: unknown[]) => unknown), `${path}()`)
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`))
  return []
}

// A lone mark ("colon: ':'") joins Chinese phrases on the page, so it counts as Chinese text.
const LONE_MARK = /^[,;:?()]$/
const offending = (pairs: [string, string][]): string[] =>
  pairs
    .filter(([, text]) => halfWidthMarks(text).length || LONE_MARK.test(text))
    .map(([path, text]) => `${path}: ${text}`)

describe('Chinese interface strings', () => {
  it.each([
    ['i18n', strings('zh-CN')],
    ['directory', directoryStrings('zh-CN')],
    ['report form', reportStrings('zh-CN')],
    ['navigation', LABELS['zh-CN']],
    ['search box', searchTranslations],
  ])('%s uses full-width punctuation', (_, table) => {
    expect(offending(texts(table))).toEqual([])
  })

  it('flags a half-width comma between Chinese words (the check can fail)', () => {
    expect(offending([['x', '已收到,谢谢']])).toEqual(['x: 已收到,谢谢'])
  })
})

describe('Chinese Markdown pages', () => {
  const src = fileURLToPath(new URL('../../src/', import.meta.url))
  const pages = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.md') && !f.startsWith('en/'),
  )

  it.each(pages)('%s uses full-width punctuation outside code', (file) => {
    const prose = readFileSync(`${src}${file}`, 'utf8')
      .replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/^[\w-]+:/gm, ''))
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`\n]*`/g, '')
      .replace(/<[^>\n]*>/g, '')
      .replace(/\]\([^)\s]*\)/g, ']')
    const lines = prose.split('\n').map((line, i): [string, string] => [`${file}:${i + 1}`, line])
    expect(offending(lines)).toEqual([])
  })
})
