/**
 * Real server processes and a plain HTTP client for the report tests: spawn, wait for the
 * listening line, SIGKILL, and POST with keep-alive connections.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { request, Agent } from 'node:http'
import { fileURLToPath } from 'node:url'

const API_DIR = fileURLToPath(new URL('..', import.meta.url))
/** The Node entry `pnpm start` runs. */
export const SERVER_ENTRY = 'src/node.ts'

export interface RunningServer {
  url: string
  child: ChildProcess
  /** SIGKILL, resolved once the process is gone. */
  kill: () => Promise<void>
}

/** Spawns the server on a free loopback port and resolves with its URL once it listens. */
export function startServer(env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
    cwd: API_DIR,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const kill = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await exited
  }
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output)
      if (match) {
        child.stdout?.off('data', onData)
        child.stdout?.resume()
        resolve({ url: `http://127.0.0.1:${match[1]}`, child, kill })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)))
  })
}

export interface PostResult {
  status: number
  body: string
}

/** One POST over the given keep-alive agent; rejects on any connection error. */
export function postJson(agent: Agent, url: string, body: unknown): Promise<PostResult> {
  const payload = JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}

/** A platform id the server serves: reports may target "general" on every entry. */
export async function anyPlatform(url: string): Promise<string> {
  const list = (await (await fetch(`${url}/v1/platforms?limit=1`)).json()) as { items: { id: string }[] }
  const id = list.items[0]?.id
  if (!id) throw new Error(`${url} serves no platforms`)
  return id
}

export const keepAlive = (sockets: number): Agent => new Agent({ keepAlive: true, maxSockets: sockets })
