import type * as z from 'zod'
import type { ContentIssue } from './issue'
import type { YamlFile } from './yaml-file'

type Issue = z.core.$ZodIssue

/**
 * Flattens zod issues into located content issues. For a union, zod reports every branch;
 * the branch with the fewest problems is the one the author meant, so only it is shown.
 */
function flatten(issue: Issue, prefix: PropertyKey[] = []): { path: PropertyKey[]; message: string }[] {
  const path = [...prefix, ...issue.path]
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]!
    if (best.length > 0) return best.flatMap((i) => flatten(i, path))
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => ({ path: [...path, k], message: `unknown field "${k}" (check spelling; see the schema)` }))
  }
  return [{ path, message: issue.message }]
}

/** Validates a parsed YAML file against a schema; issues carry file:line:column. */
export function validateFile<S extends z.ZodType>(
  yaml: YamlFile,
  schema: S,
): { value?: z.output<S>; issues: ContentIssue[] } {
  const result = schema.safeParse(yaml.data)
  if (result.success) return { value: result.data, issues: [] }
  const issues = result.error.issues.flatMap((i) => flatten(i)).map((i) => yaml.issue(i.path, i.message))
  return { issues }
}
