/** One problem in content, located in its file: what a maintainer needs to fix it. */
export interface ContentIssue {
  file: string
  line: number
  column: number
  /** Field path inside the file, e.g. `requirements[3].remedy.duration`. */
  path: string
  message: string
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  )
}

/** `content/platforms/x.yaml:42:7 requirements[3].remedy.duration: expected …` */
export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where} ${issue.message}`
}

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`${issues.length} content problem(s):\n${issues.map(formatIssue).join('\n')}`)
    this.name = 'ContentError'
  }
}
