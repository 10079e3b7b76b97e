import type { Context } from 'hono'
import type { InvalidParam } from '../problem'
import { problem } from '../problem'

const LOCATION: Record<string, InvalidParam['in']> = { json: 'body', query: 'query', param: 'path', header: 'header' }

interface Issue {
  code: string
  path: PropertyKey[]
  message: string
  keys?: string[]
}

/** Zod issues as problem entries: one per invalid field, unknown keys one by one. */
export function invalidParams(issues: readonly Issue[], where?: InvalidParam['in']): InvalidParam[] {
  const at = (path: PropertyKey[]): string => path.map(String).join('.') || '(body)'
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((key) => ({ ...(where ? { in: where } : {}), path: at([...issue.path, key]), message: 'unknown field' }))
      : [{ ...(where ? { in: where } : {}), path: at(issue.path), message: issue.message }],
  )
}

/**
 * The `defaultHook` of every OpenAPIHono in the app: a failed zod validation becomes a 400
 * problem naming each invalid field, where it was, and what was expected.
 */
export function validationHook(
  result: { success: true } | { success: false; target?: string; error: { issues: readonly Issue[] } },
  c: Context,
): Response | undefined {
  if (result.success) return undefined
  return problem(c, {
    status: 400,
    title: 'Invalid request',
    invalidParams: invalidParams(result.error.issues, result.target ? LOCATION[result.target] : undefined),
  })
}
