import type { AnswerValue } from '@deregister/core'
import type { Ref } from 'vue'
import { watch } from 'vue'
import { progressStore } from './progress'

const wipe = (o: Record<string, unknown>): void => Object.keys(o).forEach((k) => delete o[k])

/**
 * Keeps answers and ticked steps in localStorage while `on` holds, and only then: with it off
 * nothing is read or written. `clear` forgets both, on screen and in storage.
 */
export function usePersistence(platform: () => string, on: Readonly<Ref<boolean>>, answers: Record<string, AnswerValue>, ticked: Record<string, boolean>): { clear(): void } {
  const store = (): ReturnType<typeof progressStore> => progressStore(platform(), () => localStorage)
  watch(
    () => on.value && platform(),
    (id) => {
      if (!id) return
      const saved = store().load()
      if (saved) {
        Object.assign(answers, saved.answers)
        Object.assign(ticked, saved.ticked)
      }
    },
    { immediate: true },
  )
  const empty = (): boolean => !Object.keys(answers).length && !Object.keys(ticked).length
  const sync = (): void => {
    if (!on.value) return
    if (empty()) store().clear()
    else store().save({ answers, ticked })
  }
  // Answers and ticks are flat records of primitives: their JSON reads, and so tracks, all of them.
  watch(() => JSON.stringify([answers, ticked]), sync)
  return {
    clear() {
      wipe(answers)
      wipe(ticked)
      sync()
    },
  }
}
