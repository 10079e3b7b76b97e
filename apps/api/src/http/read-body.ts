import type { Context } from 'hono'

/** The part of Node's IncomingMessage read here. */
interface NodeIncoming {
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown
  on(event: 'end' | 'error' | 'aborted', listener: () => void): unknown
  removeAllListeners(event: string): unknown
  readableEnded?: boolean
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

/** A body, or why there is none: longer than allowed, or cut off before its end. */
export type BodyResult = Uint8Array | 'too-large' | 'incomplete'

/** Reads a Node request stream. */
function readIncoming(incoming: NodeIncoming, max: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = []
    let size = 0
    const stop = (result: BodyResult): void => {
      // Whatever is left unread is drained or dropped by the adapter once the answer is sent.
      incoming.removeAllListeners('data')
      resolve(result)
    }
    incoming.on('data', (chunk) => {
      size += chunk.byteLength
      if (size > max) stop('too-large')
      else chunks.push(chunk)
    })
    incoming.on('end', () => stop(concat(chunks, size)))
    incoming.on('error', () => stop('incomplete'))
    incoming.on('aborted', () => stop('incomplete'))
  })
}

/** Reads a Fetch body stream. */
async function readStream(body: ReadableStream<Uint8Array>, max: number): Promise<BodyResult> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>
    try {
      chunk = await reader.read()
    } catch {
      return 'incomplete'
    }
    const { done, value } = chunk
    if (done) return concat(chunks, size)
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      return 'too-large'
    }
    chunks.push(value)
  }
}

/**
 * The request body, at most `max` bytes whatever Content-Length said (a chunked stream is
 * counted as it arrives). On Node the adapter's IncomingMessage is read directly, which
 * spares a WHATWG stream per request.
 */
export function readBody(c: Context, max: number): Promise<BodyResult> {
  const incoming = (c.env as { incoming?: NodeIncoming } | undefined)?.incoming
  if (incoming && typeof incoming.on === 'function' && !incoming.readableEnded) return readIncoming(incoming, max)
  const body = c.req.raw.body
  return body ? readStream(body, max) : Promise.resolve(new Uint8Array(0))
}
