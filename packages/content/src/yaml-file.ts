import { CORE_SCHEMA, load } from 'js-yaml'
import { isCollection, LineCounter, parseDocument } from 'yaml'
import type { Document } from 'yaml'
import type { ContentIssue } from './issue'
import { formatPath } from './issue'

/** A parsed YAML file that can say where any field path sits in its text. */
export interface YamlFile {
  file: string
  /** The parsed data; undefined when the text is not valid YAML. */
  data: unknown
  /** Line and column of the deepest node on `path` that exists. */
  locate(path: readonly PropertyKey[]): { line: number; column: number }
  issue(path: readonly PropertyKey[], message: string): ContentIssue
}

interface Positioned {
  doc: Document
  lineCounter: LineCounter
}

function positioned(text: string): Positioned {
  const lineCounter = new LineCounter()
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter }
}

/**
 * Parses YAML. Most files are valid, and positions are only needed to report problems, so
 * data comes from the fast js-yaml parser (YAML 1.2 core schema: dates stay strings) and the
 * position-keeping `yaml` parser runs only when a file is broken or an issue must be located.
 */
export function parseYamlFile(file: string, text: string): { file: YamlFile; issues: ContentIssue[] } {
  let data: unknown
  let full: Positioned | undefined
  try {
    data = load(text, { schema: CORE_SCHEMA, filename: file })
  } catch {
    full = positioned(text)
  }
  const get = (): Positioned => (full ??= positioned(text))
  const locate = (path: readonly PropertyKey[]): { line: number; column: number } => {
    const { doc, lineCounter } = get()
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true)
      const range = (node as { range?: [number, number, number] } | undefined)?.range
      if (node && range) {
        // For a missing key, point at the first entry of the map that should hold it.
        const at = n < path.length && isCollection(node) && node.items[0] ? (itemStart(node.items[0]) ?? range[0]) : range[0]
        const pos = lineCounter.linePos(at)
        return { line: pos.line, column: pos.col }
      }
    }
    return { line: 1, column: 1 }
  }
  const issues = full
    ? [...full.doc.errors, ...full.doc.warnings].map((e) => {
        const pos = full!.lineCounter.linePos(e.pos[0])
        return { file, line: pos.line, column: pos.col, path: '', message: `YAML: ${e.message.split('\n')[0]}` }
      })
    : []
  if (full && issues.length === 0) data = full.doc.toJS() // js-yaml was stricter than YAML 1.2
  const yamlFile: YamlFile = {
    file,
    data: issues.length ? undefined : data,
    locate,
    issue: (path, message) => ({ file, ...locate(path), path: formatPath(path), message }),
  }
  return { file: yamlFile, issues }
}

function itemStart(item: unknown): number | undefined {
  const key = (item as { key?: { range?: number[] } }).key
  return key?.range?.[0] ?? (item as { range?: number[] }).range?.[0]
}
