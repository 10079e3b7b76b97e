import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../env'

export const API_VERSION = '1.0.0'

/** The OpenAPI 3.1 document of every route registered on `app`, as JSON text. */
export function openApiDocument(app: OpenAPIHono<AppEnv>): string {
  const doc = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Deregister API',
      version: API_VERSION,
      description:
        'Structured, sourced guides for deleting accounts on consumer platforms, and an eligibility check that ' +
        'answers: can I delete my account now, what blocks me, in what order do I fix it, and on which date is it gone? ' +
        'Every text is in one language: `?lang=` or `Accept-Language` (zh-CN default, en). Errors are RFC 9457 problem documents.',
      license: { name: 'MIT' },
    },
    servers: [{ url: '/' }],
  })
  return JSON.stringify(doc)
}
