import { isCollection, LineCounter, parseDocument } from 'yaml'
import type { Document } from 'yaml'
import type { ContentIssue } from './issue'
import { formatPath } from './issue'

/** A parsed YAML file that can say where any field path sits in its text. */
export interface YamlFile {
  file: string
  data: unknown
  doc: Document
  /** Line and column of the deepest node on `path` that exists. */
  locate(path: readonly PropertyKey[]): { line: number; column: number }
  issue(path: readonly PropertyKey[], message: string): ContentIssue
}

export function parseYamlFile(file: string, text: string): { file: YamlFile; issues: ContentIssue[] } {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const locate = (path: readonly PropertyKey[]): { line: number; column: number } => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true)
      const range = (node as { range?: [number, number, number] } | undefined)?.range
      if (node && range) {
        // For a missing key, point at the first entry of the map that should hold it.
        const at = n < path.length && isCollection(node) && node.items[0] ? itemStart(node.items[0]) ?? range[0] : range[0]
        const pos = lineCounter.linePos(at)
        return { line: pos.line, column: pos.col }
      }
    }
    return { line: 1, column: 1 }
  }
  const yamlFile: YamlFile = {
    file,
    data: doc.errors.length ? undefined : doc.toJS(),
    doc,
    locate,
    issue: (path, message) => ({ file, ...locate(path), path: formatPath(path), message }),
  }
  const issues = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 }
    return { file, line: pos.line, column: pos.col, path: '', message: `YAML: ${e.message.split('\n')[0]}` }
  })
  return { file: yamlFile, issues }
}

function itemStart(item: unknown): number | undefined {
  const key = (item as { key?: { range?: number[] } }).key
  return key?.range?.[0] ?? (item as { range?: number[] }).range?.[0]
}
