import type { Answers } from '@deregister/core'

/** What `persist` keeps of a reader's progress on one platform. */
export interface Progress {
  answers: Answers
  ticked: Record<string, boolean>
}

export interface ProgressStore {
  load(): Progress | undefined
  save(progress: Progress): void
  clear(): void
}

/** localStorage, under one key per platform; a browser that refuses storage just keeps nothing. */
export function progressStore(platform: string, storage: () => Storage): ProgressStore {
  const key = `deregister:${platform}`
  const attempt = <T>(f: () => T): T | undefined => {
    try {
      return f()
    } catch {
      return undefined
    }
  }
  return {
    load: () => attempt(() => JSON.parse(storage().getItem(key) ?? 'null') ?? undefined),
    save: (p) => attempt(() => storage().setItem(key, JSON.stringify(p))),
    clear: () => attempt(() => storage().removeItem(key)),
  }
}
