-- Reader reports of outdated or wrong content. No IP address, user agent or cookie is stored:
-- the only reader-supplied fields are the ones below.
CREATE TABLE reports (
  id TEXT PRIMARY KEY NOT NULL,
  platform TEXT NOT NULL,
  target TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('outdated', 'wrong', 'missing', 'broken-link', 'other')),
  client TEXT,
  message TEXT,
  content_hash TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
  created_at TEXT NOT NULL,
  closed_at TEXT,
  CHECK ((status = 'open') = (closed_at IS NULL))
);

CREATE INDEX reports_by_status ON reports (status, platform, created_at);

CREATE INDEX reports_closed ON reports (closed_at) WHERE closed_at IS NOT NULL;
