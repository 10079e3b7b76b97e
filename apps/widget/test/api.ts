/**
 * The real Deregister API for browser tests: `apps/api`'s Node entry on a free loopback port,
 * with reports in a SQLite file of its own, as a help center's backend would run it.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export interface RunningApi {
  url: string
  /** Reads one stored report back through the maintainer endpoint. */
  report(id: string): Promise<{ status: number; body: unknown }>
  stop(): Promise<void>
}

// The maintainer endpoints are on only with a token, and the API refuses one under 32 characters.
const TOKEN = 'widget-test-maintainer-token-0123456789abcdef'
const API_DIR = dirname(createRequire(import.meta.url).resolve('@deregister/api/package.json'))

/** Starts the API from its source (no stale build) and resolves once it prints where it listens. */
export async function startApi(): Promise<RunningApi> {
  const tmp = await mkdtemp(join(tmpdir(), 'deregister-widget-api-'))
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
    cwd: API_DIR,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DEREGISTER_DB: join(tmp, 'reports.db'), DEREGISTER_MAINTAINER_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const read = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output)
      if (match) resolve(match[0])
    }
    child.stdout.on('data', read)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before listening:\n${output}`)))
  })
  return {
    url,
    async report(id) {
      const res = await fetch(`${url}/v1/reports/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${TOKEN}` } })
      return { status: res.status, body: await res.json() }
    },
    async stop() {
      // SIGTERM lets the API close its SQLite file; a connection a browser keeps open could hold
      // the graceful close, so it is killed outright if it has not exited soon after.
      if (child.exitCode === null) child.kill('SIGTERM')
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(force)
      await rm(tmp, { recursive: true, force: true })
    },
  }
}
