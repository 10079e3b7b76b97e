import { expect } from 'vitest'

/** Asserts an RFC 9457 problem response with `status`, and returns its document. */
export async function expectProblem(res: Response, status: number): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  const body = (await res.json()) as Record<string, unknown>
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), instance: expect.any(String) })
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at /) // no stack traces
  return body
}
