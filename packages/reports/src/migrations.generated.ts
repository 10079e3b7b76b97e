// Generated from packages/reports/migrations/*.sql by migrations/bundle.mjs. Do not edit.
import type { Migration } from './migrate'

export const migrations: readonly Migration[] = [
  {
    "version": 1,
    "name": "reports",
    "sql": "-- Reader reports of outdated or wrong content. No IP address, user agent or cookie is stored:\n-- the only reader-supplied fields are the ones below.\nCREATE TABLE reports (\n  id TEXT PRIMARY KEY NOT NULL,\n  platform TEXT NOT NULL,\n  target TEXT NOT NULL,\n  kind TEXT NOT NULL CHECK (kind IN ('outdated', 'wrong', 'missing', 'broken-link', 'other')),\n  client TEXT,\n  message TEXT,\n  content_hash TEXT NOT NULL,\n  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),\n  created_at TEXT NOT NULL,\n  closed_at TEXT,\n  CHECK ((status = 'open') = (closed_at IS NULL))\n);\n\nCREATE INDEX reports_by_status ON reports (status, platform, created_at);\n\nCREATE INDEX reports_closed ON reports (closed_at) WHERE closed_at IS NOT NULL;\n"
  }
]
