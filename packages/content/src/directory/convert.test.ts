import { describe, expect, it } from 'vitest'
import { convertSite } from './convert'
import type { ImportNote } from './report'
import { createNotes } from './report'

function convert(site: unknown): { draft: ReturnType<typeof convertSite>; notes: ImportNote[] } {
  const { note, notes } = createNotes()
  return { draft: convertSite(site, 7, note), notes }
}
const reasons = (notes: ImportNote[]): string[] => notes.map((n) => n.reason)

describe('convertSite', () => {
  it('keeps notes in every language: notes as English, notes_<lang> under its tag', () => {
    const { draft, notes } = convert({
      name: 'Example', url: 'https://example.com/delete', difficulty: 'easy', domains: ['example.com'],
      notes: 'Settings ⮕ Delete', notes_de: 'Einstellungen ⮕ Löschen', 'notes_pt-BR': 'Configurações ⮕ Excluir',
    })
    expect(notes).toEqual([])
    expect(draft!.entry.notes).toEqual({ en: 'Settings ⮕ Delete', de: 'Einstellungen ⮕ Löschen', 'pt-BR': 'Configurações ⮕ Excluir' })
  })

  it('keeps per-language URLs and drops one that is not a URL, saying so', () => {
    const { draft, notes } = convert({
      name: 'Example', url: 'https://example.com/delete', difficulty: 'easy', domains: [],
      url_fr: 'https://example.fr/supprimer', 'url_zh-CN': '这不是链接',
    })
    expect(draft!.entry.urls).toEqual({ fr: 'https://example.fr/supprimer' })
    expect(notes[0]).toMatchObject({ reason: 'invalid-localized-url', action: 'dropped', index: 7, name: 'Example' })
  })

  it('keeps the grade as the source gave it, attributed to the source', () => {
    const { draft } = convert({ name: 'X', url: 'https://x.com', difficulty: 'impossible', domains: [] })
    expect(draft!.entry).toMatchObject({ grade: 'impossible', gradeSource: 'jdm', sources: [{ id: 'jdm', kind: 'directory' }] })
  })

  it('builds the email request with a ready mailto link', () => {
    const { draft, notes } = convert({
      name: 'X', url: 'https://x.com', difficulty: 'hard', domains: [],
      email: ' privacy@x.com ', email_subject: 'Delete my account', email_body: 'Username: XXX',
    })
    expect(draft!.entry.email).toEqual({
      address: 'privacy@x.com', subject: 'Delete my account', body: 'Username: XXX',
      mailto: 'mailto:privacy@x.com?subject=Delete%20my%20account&body=Username%3A%20XXX',
    })
    expect(reasons(notes)).toEqual(['email-normalized'])
  })

  it('repairs domains it can read, drops the rest, and says which', () => {
    const { draft, notes } = convert({
      name: 'X', url: 'https://x.com', difficulty: 'easy', domains: ['X.com', 'help.x.com/', 'x,net', 'x.com', 'Help.X.com'],
    })
    expect(draft!.entry.domains).toEqual(['x.com', 'help.x.com'])
    expect(reasons(notes)).toEqual(['domain-normalized', 'domain-normalized', 'invalid-domain', 'duplicate-domain', 'duplicate-domain'])
  })

  it('skips a service without a usable URL or name, with the reason', () => {
    expect(reasons(convert({ name: 'X', difficulty: 'easy', domains: [] }).notes)).toEqual(['missing-url'])
    expect(reasons(convert({ name: 'X', url: 'x.com/delete', difficulty: 'easy' }).notes)).toEqual(['invalid-url'])
    expect(reasons(convert({ name: 'X', url: 'javascript:alert(1)', difficulty: 'easy' }).notes)).toEqual(['invalid-url'])
    expect(reasons(convert({ url: 'https://x.com' }).notes)).toEqual(['missing-name'])
    expect(reasons(convert('x').notes)).toEqual(['invalid-entry'])
    expect(convert({ name: 'X', url: 'x.com' }).draft).toBeUndefined()
  })

  it('keeps a service with an unknown grade or unknown fields, noting what it left out', () => {
    const { draft, notes } = convert({ name: 'X', url: 'https://x.com', difficulty: 'tricky', meta: 'popular', domains: [] })
    expect(draft!.entry.grade).toBeUndefined()
    expect(reasons(notes)).toEqual(['invalid-grade', 'ignored-field'])
  })

  it('takes the id from the first domain when the name has no Latin letters, and aliases from the name', () => {
    const { draft, notes } = convert({ name: 'Foo/Фу (Foo Mail)', url: 'https://foo.example', difficulty: 'easy', domains: ['foo.example'] })
    expect(draft).toMatchObject({ slug: 'foo-foo-mail', entry: { aliases: ['Foo', 'Фу', 'Foo Mail'] } })
    const cyrillic = convert({ name: 'Пример', url: 'https://primer.example.org', difficulty: 'easy', domains: ['primer.example.org'] })
    expect(cyrillic.draft!.slug).toBe('primer-example-org')
    expect(reasons(cyrillic.notes)).toEqual(['slug-fallback'])
    expect(notes).toEqual([])
  })
})
