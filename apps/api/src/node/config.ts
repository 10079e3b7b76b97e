import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import type { ClientAddress } from '../middleware/rate-limit'

/**
 * The connection's address, or with `trustedHeader` (set only behind a proxy you run) the
 * right-most address in that header: the one your proxy appended, which a client cannot forge.
 */
export function nodeClientAddress(trustedHeader?: string): ClientAddress {
  if (trustedHeader) {
    return (c: Context) => c.req.header(trustedHeader)?.split(',').at(-1)?.trim() || getConnInfo(c).remote.address
  }
  return (c: Context) => getConnInfo(c).remote.address
}
