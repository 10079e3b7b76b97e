/**
 * @module
 * The API as `pnpm start` runs it (the built Node entry), on 127.0.0.1 and a free port, with
 * reports in a temporary SQLite file.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface ApiProcess {
  url: string
  stop(): Promise<void>
}

export async function startApi(): Promise<ApiProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'deregister-e2e-'))
  const child = spawn('pnpm', ['--silent', '--filter', '@deregister/api', 'start'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DEREGISTER_DB: join(dir, 'reports.db') },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  })
  const url = await new Promise<string>((resolve, reject) => {
    let seen = ''
    const timer = setTimeout(() => reject(new Error(`the API did not start within 60 s:\n${seen}`)), 60_000)
    child.stdout.on('data', (d: Buffer) => {
      seen += d.toString()
      const m = /https?:\/\/127\.0\.0\.1:\d+/.exec(seen)
      if (m) (clearTimeout(timer), resolve(m[0]))
    })
    child.once('exit', (code) => reject(new Error(`the API exited with ${code}:\n${seen}`)))
  })
  return {
    url,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => (rmSync(dir, { recursive: true, force: true }), done()))
        process.kill(-child.pid!, 'SIGTERM')
      }),
  }
}
