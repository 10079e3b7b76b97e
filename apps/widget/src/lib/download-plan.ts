import type { Result, WidgetContext } from './context'
import { formatRange } from './format'
import { writeCalendar } from './ics'

/** Writes the timeline as an iCalendar file in the page and hands it to the browser as a download. */
export function downloadPlan(name: string, result: Result, w: Pick<WidgetContext, 'platform' | 'locale' | 't'>): void {
  const events = result.timeline.milestones.map((m) => ({
    uid: `${w.platform}-${m.id}-${result.timeline.start}@deregister`,
    title: `${name}: ${m.title}`,
    first: m.date.earliest,
    last: m.date.latest ?? m.date.earliest,
    description: formatRange(m.date, w.locale, w.t),
  }))
  const url = URL.createObjectURL(new Blob([writeCalendar(name, events, new Date())], { type: 'text/calendar' }))
  const a = document.createElement('a')
  a.href = url
  a.download = `${w.platform}.ics`
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
