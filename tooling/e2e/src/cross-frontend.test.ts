/**
 * The API, the widget and the docs' check page tell a reader the same thing: for every guide,
 * several answer sets and both languages, the verdict, the group counts, the plan and the
 * timeline (order, every date and duration phrase) read from each frontend are identical.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Client, CompiledGuide } from '@deregister/core'
import { clientIds, pickClient, preferredClients } from '@deregister/core/present'
import type { CheckView } from '@deregister/core/present'
import * as catalog from '@deregister/content/catalog'
import { launchChromium, startApi } from '@deregister/testing'
import type { RunningApi } from '@deregister/testing'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerSets } from './answer-sets'
import { fromView, fromWidget } from './read-view'
import { serveFolder } from './static-site'
import type { Site } from './static-site'

const require = createRequire(import.meta.url)
const widgetDist = dirname(require.resolve('@deregister/widget'))
const docsDist = join(
  dirname(require.resolve('@deregister/docs/package.json')),
  '.vitepress',
  'dist',
)
const guides = Object.values(catalog.entries).filter((e): e is CompiledGuide => e.depth === 'guide')
const LOCALES = ['zh-CN', 'en'] as const

// A help-center page embedding the widget the documented way, data beside the script.
const embed = (lang: string) => `<!doctype html><html lang="${lang}"><body>
<script type="module" src="/deregister.js"></script>
<deregister-guide platform="" view="check" persist lang="${lang}"></deregister-guide>
<script type="module">const el = document.querySelector('deregister-guide'); el.setAttribute('platform', new URLSearchParams(location.search).get('platform'))</script>
</body></html>`

let api: RunningApi
let widgetSite: Site
let docsSite: Site
let browser: Browser
let userAgent = ''

beforeAll(async () => {
  ;[api, widgetSite, docsSite] = await Promise.all([
    startApi(),
    serveFolder(widgetDist, { '/zh-CN.html': embed('zh-CN'), '/en.html': embed('en') }),
    serveFolder(docsDist),
  ])
  browser = await launchChromium()
  const probe = await browser.newPage()
  userAgent = await probe.evaluate(() => navigator.userAgent)
  await probe.close()
})
afterAll(async () => {
  await browser?.close()
  await Promise.all([api?.stop(), widgetSite?.close(), docsSite?.close()])
})

/** A fresh page whose storage holds the reader's answers, as `persist` saved them. */
async function pageWithAnswers(platform: string, answers: object): Promise<Page> {
  const page = await browser.newPage()
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [`deregister:${platform}`, JSON.stringify({ answers, ticked: {} })],
  )
  return page
}

async function apiView(
  guide: CompiledGuide,
  answers: object,
  client: Client | undefined,
  lang: string,
): Promise<CheckView> {
  const res = await fetch(`${api.url}/v1/platforms/${guide.id}/eligibility?lang=${lang}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers, ...(client ? { client } : {}) }),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { view: CheckView }).view
}

describe.each(guides.map((g) => [g.id, g] as const))('%s', (_, guide) => {
  it.each(answerSets(guide).map((s) => [s.name, s] as const))(
    'tells the same story everywhere: %s',
    async (_name, set) => {
      // The client the widget picks on this browser, asked of the API too.
      const client = pickClient(clientIds(guide), undefined, preferredClients(userAgent))
      for (const lang of LOCALES) {
        const expected = fromView(await apiView(guide, set.answers, client, lang))
        const widget = await pageWithAnswers(guide.id, set.answers)
        await widget.goto(`${widgetSite.url}/${lang}.html?platform=${guide.id}`)
        expect(await fromWidget(widget), `widget, ${lang}`).toEqual(expected)
        await widget.close()
        const docs = await pageWithAnswers(guide.id, set.answers)
        await docs.goto(
          `${docsSite.url}${lang === 'en' ? '/en' : ''}/check.html?platform=${guide.id}`,
        )
        expect(await fromWidget(docs), `docs check page, ${lang}`).toEqual(expected)
        await docs.close()
      }
    },
  )
})
