import type { Ref } from 'vue'
import { onScopeDispose, ref, watch } from 'vue'

/**
 * Runs `fn` in its own task once the next frame has been painted, so the work before it shows
 * first. A hidden page paints no frames: a timer runs it there. Returns a cancel function.
 */
export function afterPaint(fn: () => void): () => void {
  let done = false
  const run = (): void => {
    if (done) return
    done = true
    clearTimeout(timer)
    fn()
  }
  const timer = setTimeout(run, 100)
  requestAnimationFrame(() => setTimeout(run))
  return () => {
    done = true
    clearTimeout(timer)
  }
}

/**
 * A counter that climbs from 0 to `last`, one step per painted frame, restarting whenever
 * `restart` changes: a long view renders part by part, each part in a task of its own.
 */
export function useStages(last: Readonly<Ref<number>>, restart: () => unknown): Ref<number> {
  const stage = ref(0)
  let cancel = (): void => {}
  const step = (): void => {
    if (stage.value < last.value) cancel = afterPaint(() => (stage.value++, step()))
  }
  watch(
    restart,
    () => {
      cancel()
      stage.value = 0
      step()
    },
    { immediate: true },
  )
  // The component's effect scope ends when it unmounts; onScopeDispose needs no lifecycle hooks.
  onScopeDispose(() => cancel())
  return stage
}
