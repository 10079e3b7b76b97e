import type { ContentIssue } from './issue'
import type { YamlFile } from './yaml-file'

/** Han characters and the full-width punctuation that sits among them. */
const CHINESE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60\u201c\u201d]/
const HALF_WIDTH = /[,;:?()"]/g
// Written as escapes so no editor or formatter can fold them back to ASCII.
const FULL_WIDTH: Record<string, string> = {
  ',': '\uff0c',
  ';': '\uff1b',
  ':': '\uff1a',
  '?': '\uff1f',
  '(': '\uff08',
  ')': '\uff09',
}

export interface HalfWidthMark {
  index: number
  mark: string
  suggestion: string
}

/**
 * Half-width `, ; : ? ( )` and straight quotes written next to a Chinese character (or full-width punctuation),
 * where Chinese text uses the full-width form. Marks between Latin words or digits
 * ("8.0.34", "IMAP/POP3", "12:00") are left alone.
 */
export function halfWidthMarks(text: string): HalfWidthMark[] {
  const marks: HalfWidthMark[] = []
  for (const m of text.matchAll(HALF_WIDTH)) {
    const i = m.index
    const near = `${text[i - 1] ?? ''}${text[i + 1] ?? ''}`
    if (!CHINESE.test(near)) continue
    // Straight quotes alternate: an even number before this one makes it an opening quote.
    const quote = (text.slice(0, i).match(/"/g)?.length ?? 0) % 2 === 0 ? '\u201c' : '\u201d'
    marks.push({ index: i, mark: m[0], suggestion: m[0] === '"' ? quote : FULL_WIDTH[m[0]]! })
  }
  // A bracket pair has one width: "（12300)" closes a full-width bracket with a half-width one,
  // which the neighbours alone do not show (a digit, then the end of the text).
  const opened: string[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '(' || c === '\uff08') opened.push(c)
    else if (
      (c === ')' || c === '\uff09') &&
      opened.pop() === '\uff08' &&
      c === ')' &&
      !marks.some((m) => m.index === i)
    )
      marks.push({ index: i, mark: c, suggestion: FULL_WIDTH[c]! })
  }
  return marks.sort((a, b) => a.index - b.index)
}

type Path = (string | number)[]

/** Every zh-CN text of a YAML document, with its path. */
function* zhTexts(value: unknown, path: Path = []): Generator<[string, Path]> {
  if (!value || typeof value !== 'object') return
  for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const at = [...path, key]
    if (key === 'zh-CN' && typeof child === 'string') yield [child, at]
    else yield* zhTexts(child, at)
  }
}

/** Reports half-width punctuation beside Chinese in the zh-CN texts of one file, with file:line. */
export function checkPunctuation(yaml: YamlFile): ContentIssue[] {
  const issues: ContentIssue[] = []
  for (const [text, path] of zhTexts(yaml.data)) {
    const marks = halfWidthMarks(text)
    if (!marks.length) continue
    const shown = marks.map(
      (m) =>
        `"${m.mark}" → "${m.suggestion}" at «${text.slice(Math.max(0, m.index - 4), m.index + 5)}»`,
    )
    issues.push(yaml.issue(path, `Chinese text uses full-width punctuation: ${shown.join('; ')}`))
  }
  return issues
}
