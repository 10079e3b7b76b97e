import ical from 'ical-generator'
import type { Evaluation, Locale } from '@deregister/core'
import type { localize } from '@deregister/core'

type LocalizedEvaluation = ReturnType<typeof localize<Evaluation>>

const TITLE: Record<Locale, (name: string) => string> = {
  'zh-CN': (name) => `${name} 注销计划`,
  en: (name) => `${name} deletion plan`,
}
const RANGE: Record<Locale, (latest: string) => string> = {
  'zh-CN': (latest) => `最晚可能到 ${latest}。`,
  en: (latest) => `Could be as late as ${latest}.`,
}
const APPROXIMATE: Record<Locale, string> = { 'zh-CN': '日期为估算。', en: 'The date is an estimate.' }

const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`)

/**
 * The plan's dated milestones as an iCalendar file: one all-day event per milestone on its
 * earliest date, noting the latest date when a range is known. UIDs are stable, so importing
 * an updated plan replaces the old events.
 */
export function planCalendar(result: LocalizedEvaluation, name: string, lang: Locale, stamp: Date): string {
  const cal = ical({ name: TITLE[lang](name), prodId: { company: 'Deregister', product: 'deregister-api', language: lang.toUpperCase() } })
  for (const m of result.timeline.milestones) {
    const notes = [
      m.date.latest && m.date.latest !== m.date.earliest ? RANGE[lang](m.date.latest) : '',
      m.date.approximate ? APPROXIMATE[lang] : '',
    ].filter(Boolean)
    cal.createEvent({
      id: `${result.platform}-${m.id}@deregister`,
      start: toDate(m.date.earliest),
      allDay: true,
      summary: `${name}: ${m.title}`,
      ...(notes.length ? { description: notes.join(' ') } : {}),
      stamp,
    })
  }
  return cal.toString()
}
