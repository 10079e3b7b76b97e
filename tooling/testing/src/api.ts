/**
 * @module
 * The API as `pnpm start` runs it: `apps/api`'s built Node entry, on 127.0.0.1 and a free port,
 * with reports in a SQLite file of its own and the maintainer endpoints on.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export interface StartApiOptions {
  /** Extra environment for the server (e.g. rate limits). */
  env?: Record<string, string>
}

export interface RunningApi {
  url: string
  /** The maintainer token the server was started with. */
  token: string
  /** Reads one stored report back through the maintainer endpoint. */
  report(id: string): Promise<{ status: number; body: unknown }>
  stop(): Promise<void>
}

// The API refuses a maintainer token under 32 characters.
const TOKEN = 'test-maintainer-token-0123456789abcdef-0123'
const API_DIR = dirname(createRequire(import.meta.url).resolve('@deregister/api/package.json'))

/** Starts the API and resolves once it prints where it listens (within 60 s). */
export async function startApi(options: StartApiOptions = {}): Promise<RunningApi> {
  const tmp = await mkdtemp(join(tmpdir(), 'deregister-api-'))
  const child = spawn(process.execPath, ['dist/node.js'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DEREGISTER_DB: join(tmp, 'reports.db'),
      DEREGISTER_MAINTAINER_TOKEN: TOKEN,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`the API did not start within 60 s:\n${output}`)),
      60_000,
    )
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output)
      if (!match) return
      clearTimeout(timer)
      resolve(match[0])
    })
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the API exited (${code}) before listening:\n${output}`))
    })
  })
  return {
    url,
    token: TOKEN,
    async report(id) {
      const res = await fetch(`${url}/v1/reports/${encodeURIComponent(id)}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      })
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
