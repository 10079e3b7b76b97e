/**
 * @module
 * What a reader is told, reduced to the facts every frontend must agree on: the verdict, the
 * groups and their counts, the plan's order and phrases, the timeline's order and phrases. Read
 * from the API's view, and from a rendered widget (through its open shadow root).
 */
import type { CheckView } from '@deregister/core/present'
import type { Page } from 'playwright-core'

export interface ToldReader {
  verdict: string
  groups: { key: string; count: number; heading: string }[]
  questions: number
  plan: { id: string; duration: string; when: string }[]
  timeline: { id: string; when: string; title: string; claims: string[] }[]
}

export function fromView(v: CheckView): ToldReader {
  return {
    verdict: v.verdict.text,
    groups: v.groups.filter((g) => g.count > 0).map((g) => ({ key: g.key, count: g.count, heading: g.heading })),
    questions: v.questions.length,
    plan: v.plan.map((p) => ({ id: p.requirement, duration: p.duration, when: p.when })),
    timeline: v.timeline.map((e) => ({ id: e.id, when: e.text, title: e.title, claims: e.claims.map((c) => c.duration) })),
  }
}

const text = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim()

/** Reads the check view a widget rendered on `page`, once its timeline is there. */
export async function fromWidget(page: Page): Promise<ToldReader> {
  const root = page.locator('deregister-guide')
  await root.locator('[data-milestone]').first().waitFor()
  const verdict = text(await root.locator('[data-verdict]').textContent())
  const groups = await root.locator('h3[data-group]').evaluateAll((hs) =>
    hs.map((h) => ({ key: h.getAttribute('data-group') ?? '', count: Number(h.getAttribute('data-count')), heading: h.textContent ?? '' })),
  )
  const questions = await root.locator('h3[data-count]:not([data-group])').evaluateAll((hs) => Number(hs[0]?.getAttribute('data-count') ?? 0))
  const plan = await root.locator('[part=remedy]').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-requirement') ?? '',
      duration: li.querySelector('[data-duration]')?.textContent ?? '',
      when: li.querySelector('[data-when]')?.textContent ?? '',
    })),
  )
  const timeline = await root.locator('[data-milestone]').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-milestone') ?? '',
      when: li.querySelector('[data-when]')?.textContent ?? '',
      title: li.querySelector('.what')?.textContent ?? '',
      claims: [...li.querySelectorAll('[data-duration]')].map((c) => c.textContent ?? ''),
    })),
  )
  return {
    verdict,
    groups: groups.map((g) => ({ ...g, heading: text(g.heading) })),
    questions,
    plan: plan.map((p) => ({ id: p.id, duration: text(p.duration), when: text(p.when) })),
    timeline: timeline.map((e) => ({ id: e.id, when: text(e.when), title: text(e.title), claims: e.claims.map(text) })),
  }
}
