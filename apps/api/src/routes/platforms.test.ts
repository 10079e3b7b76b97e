import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { testCatalog } from '../testing/catalog'
import { expectProblem } from '../testing/problem'

let app: ReturnType<typeof createApp>
beforeAll(async () => {
  app = createApp({ catalog: await testCatalog() })
})
const ids = async (res: Response): Promise<string[]> =>
  ((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id)

describe('GET /v1/platforms', () => {
  it('lists guides before links, localized to zh-CN by default', async () => {
    const res = await app.request('/v1/platforms')
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      total: number
      items: { id: string; name: string; depth: string }[]
    }
    expect(body.total).toBe(3)
    expect(body.items[0]).toMatchObject({ id: 'coinbox', name: '钱盒', depth: 'guide' })
    expect(body.items.slice(1).every((i) => i.depth === 'link')).toBe(true)
    expect(res.headers.get('Content-Language')).toBe('zh-CN')
  })

  it('finds a platform by its name or alias in either language', async () => {
    for (const q of ['钱盒', 'Coinbox', 'coinbox', 'cb', 'COIN'])
      expect(await ids(await app.request(`/v1/platforms?q=${encodeURIComponent(q)}`))).toContain(
        'coinbox',
      )
    expect(await ids(await app.request('/v1/platforms?q=exmail'))).toEqual(['example-mail'])
  })

  it('filters by category and depth', async () => {
    expect(await ids(await app.request('/v1/platforms?category=mail'))).toEqual(['example-mail'])
    expect(await ids(await app.request('/v1/platforms?depth=link'))).toEqual([
      'example-mail',
      'photo-share',
    ])
    expect(await ids(await app.request('/v1/platforms?category=none-such'))).toEqual([])
  })

  it('finds entries by a host, a subdomain of a listed domain, or a URL', async () => {
    expect(await ids(await app.request('/v1/platforms?domain=mail.example.org'))).toEqual([
      'example-mail',
    ])
    expect(await ids(await app.request('/v1/platforms?domain=login.mail.example.org'))).toEqual([
      'example-mail',
    ])
    expect(
      await ids(
        await app.request(
          `/v1/platforms?domain=${encodeURIComponent('https://photos.example.net/x?y=1')}`,
        ),
      ),
    ).toEqual(['photo-share'])
    expect(await ids(await app.request('/v1/platforms?domain=example.com'))).toEqual([])
  })

  it('pages with limit and offset and reports the total', async () => {
    const body = (await (await app.request('/v1/platforms?limit=1&offset=1')).json()) as {
      total: number
      items: unknown[]
    }
    expect(body).toMatchObject({ total: 3, offset: 1, limit: 1 })
    expect(body.items).toHaveLength(1)
  })

  it('rejects an out-of-range limit naming the parameter', async () => {
    const doc = await expectProblem(await app.request('/v1/platforms?limit=0'), 400)
    expect(doc['invalid-params']).toEqual([expect.objectContaining({ in: 'query', path: 'limit' })])
  })
})

describe('GET /v1/platforms/{id}', () => {
  it('returns the guide in the language of Accept-Language and varies by it', async () => {
    const res = await app.request('/v1/platforms/coinbox', {
      headers: { 'Accept-Language': 'en-GB,en;q=0.9,zh;q=0.5' },
    })
    const guide = (await res.json()) as { name: string; steps: { id: string }[] }
    expect(guide.name).toBe('Coinbox')
    expect(res.headers.get('Content-Language')).toBe('en')
    expect(res.headers.get('Vary')).toContain('Accept-Language')
  })

  it('lets ?lang override Accept-Language and rejects unknown languages', async () => {
    const res = await app.request('/v1/platforms/coinbox?lang=zh-CN', {
      headers: { 'Accept-Language': 'en' },
    })
    expect(((await res.json()) as { name: string }).name).toBe('钱盒')
    const doc = await expectProblem(await app.request('/v1/platforms/coinbox?lang=fr'), 400)
    expect(doc['invalid-params']).toEqual([expect.objectContaining({ in: 'query', path: 'lang' })])
  })

  it('keeps every language with ?lang=all, as the catalog compiled it, and only on the entry', async () => {
    const res = await app.request('/v1/platforms/coinbox?lang=all&client=ios', {
      headers: { 'Accept-Language': 'en' },
    })
    expect(res.status).toBe(200)
    const guide = (await res.json()) as { name: Record<string, string>; steps: { id: string }[] }
    expect(guide.name).toEqual({ 'zh-CN': '钱盒', en: 'Coinbox' })
    expect(guide.steps.map((s) => s.id)).toEqual(['open', 'email-link'])
    expect(res.headers.get('Content-Language')).toBe('zh-CN, en')
    const etag = res.headers.get('ETag')!
    expect(etag).not.toBe(
      (await app.request('/v1/platforms/coinbox?lang=en&client=ios')).headers.get('ETag'),
    )
    expect(
      (
        await app.request('/v1/platforms/coinbox?lang=all&client=ios', {
          headers: { 'If-None-Match': etag },
        })
      ).status,
    ).toBe(304)
    for (const path of ['/v1/platforms?lang=all', '/v1/platforms/coinbox/questions?lang=all']) {
      const doc = await expectProblem(await app.request(path), 400)
      expect(doc['invalid-params']).toEqual([
        expect.objectContaining({ in: 'query', path: 'lang' }),
      ])
    }
  })

  it('narrows steps and menu paths to one client', async () => {
    const steps = async (q: string): Promise<string[]> =>
      (
        (await (await app.request(`/v1/platforms/coinbox${q}`)).json()) as {
          steps: { id: string }[]
        }
      ).steps.map((s) => s.id)
    expect(await steps('')).toEqual(['open', 'email-link', 'sms-code'])
    expect(await steps('?client=ios')).toEqual(['open', 'email-link'])
    expect(await steps('?client=android')).toEqual(['open', 'sms-code'])
    const ios = (await (await app.request('/v1/platforms/coinbox?client=ios')).json()) as {
      clients: { client: string }[]
    }
    expect(ios.clients.map((c) => c.client)).toEqual(['ios'])
  })

  it('answers 400 for a client the guide does not cover', async () => {
    const doc = await expectProblem(await app.request('/v1/platforms/coinbox?client=desktop'), 400)
    expect(doc['invalid-params']).toEqual([
      { in: 'query', path: 'client', message: 'expected one of ios, android' },
    ])
  })

  it('serves a link-level entry as such, with its deletion URL and source grade', async () => {
    const res = await app.request('/v1/platforms/example-mail?client=ios')
    expect(await res.json()).toMatchObject({
      depth: 'link',
      url: 'https://mail.example.org/account/delete',
      grade: 'hard',
    })
  })

  it('answers an unknown id with 404 and the closest ids', async () => {
    const doc = await expectProblem(await app.request('/v1/platforms/coinbx'), 404)
    expect(doc.suggestions).toEqual(['coinbox'])
    const byName = await expectProblem(
      await app.request(`/v1/platforms/${encodeURIComponent('钱盒')}`),
      404,
    )
    expect(byName.suggestions).toEqual(['coinbox'])
  })

  it('sends a strong ETag from the content hash and 304 for If-None-Match', async () => {
    const catalog = await testCatalog()
    const first = await app.request('/v1/platforms/coinbox?lang=en')
    const etag = first.headers.get('ETag')!
    expect(etag).toMatch(/^"[^"]+"$/)
    expect(etag).toContain(catalog.entries.coinbox!.hash)
    expect(first.headers.get('Cache-Control')).toMatch(/public.*s-maxage=/)
    const again = await app.request('/v1/platforms/coinbox?lang=en', {
      headers: { 'If-None-Match': `"other", W/${etag}` },
    })
    expect(again.status).toBe(304)
    expect(again.headers.get('ETag')).toBe(etag)
    expect(await again.text()).toBe('')
    const zh = await app.request('/v1/platforms/coinbox?lang=zh-CN', {
      headers: { 'If-None-Match': etag },
    })
    expect(zh.status).toBe(200)
  })
})

describe('GET /v1/platforms/{id}/questions', () => {
  it('returns the questionnaire with choice options, localized', async () => {
    const res = await app.request('/v1/platforms/coinbox/questions?lang=en')
    const body = (await res.json()) as {
      platform: string
      questions: { id: string; type: string; options?: { label: string }[] }[]
    }
    expect(body.platform).toBe('coinbox')
    expect(body.questions.map((q) => q.id)).toEqual(['balance', 'savings', 'cards', 'plan'])
    expect(body.questions[3]!.options!.map((o) => o.label)).toEqual(['None', 'Gold'])
    expect(res.headers.get('ETag')).toBeTruthy()
  })

  it('has none for a link-level entry', async () => {
    const doc = await expectProblem(await app.request('/v1/platforms/photo-share/questions'), 404)
    expect(doc.detail).toContain('link-level')
  })
})
