import { readFileSync } from 'node:fs'
import type { CatalogIndex, CompiledLink } from '@deregister/core'
import { describe, expect, inject, it } from 'vitest'
import { demoUrl, rendered, sharedPage } from './browser'

const dist = new URL('../dist/platforms/', import.meta.url)
const index = JSON.parse(readFileSync(new URL('../../../packages/content/dist/catalog/index.json', import.meta.url), 'utf8')) as CatalogIndex
const links = index.entries
  .filter((e) => e.depth === 'link')
  .map((e) => JSON.parse(readFileSync(new URL(`${e.id}.json`, dist), 'utf8')) as CompiledLink)
// A directory entry with as much as an entry can carry: grade, notes and an email template.
const link = links.find((l) => l.grade && l.email && l.notes.en) ?? links[0]
const shared = sharedPage()

describe.skipIf(!link)('a link-level entry', () => {
  it('shows the name, deletion link, the source grade, notes, email template and domains, labelled as a link', async () => {
    const l = link!
    await shared.page.goto(demoUrl(inject('pageUrl'), { platform: l.id, lang: 'en' }))
    await rendered(shared.page)
    const w = shared.page.locator('deregister-guide')
    expect(await w.locator('h2').textContent()).toBe(l.name)
    expect(await w.getByText('A directory entry, not a full guide.').count()).toBe(1)
    expect(await w.getByRole('link', { name: 'Open the deletion page' }).getAttribute('href')).toBe(l.url)
    const text = (await w.locator('article').textContent()) ?? ''
    if (l.grade) expect(text).toContain(`Grade given by ${l.sources.find((s) => s.id === (l.gradeSource ?? l.sources[0]!.id))!.title}`)
    if (l.notes.en) expect(text).toContain(l.notes.en)
    if (l.email) expect(await w.getByRole('link', { name: 'Email a deletion request' }).getAttribute('href')).toBe(l.email.mailto)
    for (const d of l.domains) expect(text).toContain(d)
  })
})
