import { findCycle } from '@deregister/core'
import type { Condition, Guide, Question, Vocabulary } from '@deregister/core/schema'
import { checkCitations } from './citations'
import type { ContentIssue } from './issue'
import { checkMenuLabels } from './menu-labels'
import { checkPunctuation } from './punctuation'
import type { LoadedContent, LoadedEntry } from './load'
import type { YamlFile } from './yaml-file'

type Path = (string | number)[]

/** Visits every value in a tree with its path. */
function walk(value: unknown, visit: (v: unknown, path: Path, key: string | number) => void, path: Path = []): void {
  if (!value || typeof value !== 'object') return
  const children: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value)
  for (const [key, child] of children) {
    const at = [...path, key]
    visit(child, at, key)
    walk(child, visit, at)
  }
}

const ID_LISTS = [
  'questions', 'requirements', 'steps', 'disagreements', 'waitingPeriods', 'losses', 'retention', 'reRegistration',
  'backups', 'alternatives', 'troubleshooting', 'specialAccounts', 'consequences', 'sources',
] as const

function checkConditions(guide: Guide, yaml: YamlFile, issues: ContentIssue[]): void {
  const questions = new Map<string, Question>(guide.questions.map((q) => [q.id, q]))
  const checkOne = (c: Condition, path: Path): void => {
    if ('all' in c) return c.all.forEach((x, i) => checkOne(x, [...path, 'all', i]))
    if ('any' in c) return c.any.forEach((x, i) => checkOne(x, [...path, 'any', i]))
    if ('not' in c) return checkOne(c.not, [...path, 'not'])
    const q = questions.get(c.answer)
    if (!q) return void issues.push(yaml.issue([...path, 'answer'], `no question "${c.answer}" (known: ${[...questions.keys()].join(', ') || 'none'})`))
    const values = [c.eq, c.ne, ...(c.in ?? [])].filter((v) => v !== undefined)
    const numeric = ['gt', 'gte', 'lt', 'lte'].some((op) => c[op as keyof typeof c] !== undefined)
    if (q.type === 'boolean' && (numeric || values.some((v) => typeof v !== 'boolean')))
      issues.push(yaml.issue(path, `question "${q.id}" is boolean: compare with eq/ne true or false`))
    if (q.type === 'number' && values.some((v) => typeof v !== 'number'))
      issues.push(yaml.issue(path, `question "${q.id}" is a number: compare with numbers`))
    if (q.type === 'choice') {
      const options = q.options.map((o) => o.value)
      if (numeric) issues.push(yaml.issue(path, `question "${q.id}" is a choice: use eq, ne or in`))
      for (const v of values)
        if (!options.includes(v as string)) issues.push(yaml.issue(path, `"${String(v)}" is not an option of "${q.id}" (${options.join(', ')})`))
    }
  }
  walk(guide, (v, path, key) => {
    if (key === 'when' && v && typeof v === 'object') checkOne(v as Condition, path)
  })
}

function checkGuide(guide: Guide, yaml: YamlFile, vocab: Vocabulary, issues: ContentIssue[]): void {
  for (const list of ID_LISTS) {
    const seen = new Map<string, number>()
    ;(guide[list] as { id: string }[]).forEach(({ id }, i) => {
      if (seen.has(id)) issues.push(yaml.issue([list, i, 'id'], `duplicate id "${id}" (first at ${list}[${seen.get(id)}])`))
      else seen.set(id, i)
    })
  }
  const refs = (ids: Iterable<string>): Set<string> => new Set(ids)
  const sources = refs([...guide.sources, ...vocab.sources].map((s) => s.id))
  const requirements = refs(guide.requirements.map((r) => r.id))
  const methods = refs(vocab.verificationMethods.map((m) => m.id))
  const expect = (ok: boolean, path: Path, message: string): void => void (ok || issues.push(yaml.issue(path, message)))

  walk(guide, (v, path, key) => {
    if (path.length > 1 && key === 'sources' && Array.isArray(v))
      v.forEach((id, i) => expect(sources.has(id), [...path, i], `unknown source "${id}"`))
    if (key === 'source' && typeof v === 'string') expect(sources.has(v), path, `unknown source "${v}"`)
  })
  guide.requirements.forEach((r, i) =>
    r.remedy.after.forEach((dep, j) =>
      expect(requirements.has(dep) && dep !== r.id, ['requirements', i, 'remedy', 'after', j], `"${dep}" is not another requirement of this platform`),
    ),
  )
  const cycle = findCycle(guide.requirements.map((r) => ({ id: r.id, after: r.remedy.after })))
  if (cycle) {
    const i = guide.requirements.findIndex((r) => r.id === cycle[0])
    issues.push(yaml.issue(['requirements', i, 'remedy', 'after'], `remedies depend on each other in a cycle: ${cycle.join(' → ')}`))
  }
  guide.verification.forEach((v, i) => expect(methods.has(v.method), ['verification', i, 'method'], `unknown verification method "${v.method}"`))
  guide.steps.forEach((s, i) =>
    s.verification?.forEach((m, j) => expect(methods.has(m), ['steps', i, 'verification', j], `unknown verification method "${m}"`)),
  )
  const categories = refs(vocab.dataCategories.map((c) => c.id))
  guide.losses.forEach((l, i) => expect(!l.category || categories.has(l.category), ['losses', i, 'category'], `unknown data category "${l.category}"`))
  const laws = refs(vocab.laws.map((l) => l.id))
  const channels = refs(vocab.complaintChannels.map((c) => c.id))
  guide.legal.basis.forEach((id, i) => expect(laws.has(id), ['legal', 'basis', i], `unknown law "${id}"`))
  guide.legal.complaint.forEach((id, i) => expect(channels.has(id), ['legal', 'complaint', i], `unknown complaint channel "${id}"`))
  guide.troubleshooting.forEach((t, i) =>
    expect(!t.requirement || requirements.has(t.requirement), ['troubleshooting', i, 'requirement'], `unknown requirement "${t.requirement}"`),
  )
  const clients = refs(guide.clients.map((c) => c.client))
  walk(guide, (v, path, key) => {
    if (key === 'clients' && path.length > 1 && Array.isArray(v))
      v.forEach((c, i) => expect(clients.has(c), [...path, i], `"${c}" is not one of this platform's clients (${[...clients].join(', ')})`))
  })
  checkConditions(guide, yaml, issues)
  issues.push(...checkCitations(guide, yaml))
}

/**
 * Checks what a schema cannot: unique ids, resolving references, no dependency cycles, every
 * claim cited, full-width punctuation in Chinese text.
 */
export function crossCheck(content: LoadedContent): ContentIssue[] {
  const issues: ContentIssue[] = []
  const byId = new Map<string, LoadedEntry>()
  for (const loaded of content.entries) {
    const { entry, yaml } = loaded
    const first = byId.get(entry.id)
    if (first) issues.push(yaml.issue(['id'], `duplicate platform id "${entry.id}" (also in ${first.yaml.file})`))
    else byId.set(entry.id, loaded)
    if (entry.depth === 'guide') checkGuide(entry, yaml, content.vocabulary, issues)
    issues.push(...checkPunctuation(yaml))
  }
  for (const yaml of content.vocabularyFiles) issues.push(...checkPunctuation(yaml))
  issues.push(...checkMenuLabels(content.entries))
  for (const list of ['sources', 'verificationMethods', 'dataCategories', 'laws', 'complaintChannels'] as const) {
    const seen = new Set<string>()
    for (const yaml of content.vocabularyFiles) {
      const items = (yaml.data as Record<string, { id: string }[]> | undefined)?.[list] ?? []
      items.forEach((item, i) => {
        if (seen.has(item.id)) issues.push(yaml.issue([list, i, 'id'], `duplicate ${list} id "${item.id}"`))
        seen.add(item.id)
      })
    }
  }
  return issues
}
