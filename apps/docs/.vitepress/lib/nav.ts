/**
 * @module
 * Navigation and sidebar of each language. The sidebar lists the full guides (link-level
 * entries have no page; the directory lists them) while they are few enough to scan, and its
 * order is the order of the pages' previous / next links: the platforms, then the pages that
 * compare and list them, the general guides, the developer pages and the privacy pages.
 * Platform pages take their previous / next from `platformNeighbours`, so that order holds
 * whether or not the sidebar lists them.
 */
import type { DefaultTheme } from 'vitepress'
import type { Locale } from '@deregister/core'
import { guides } from './catalog'
import { prefix } from './i18n'

interface Labels {
  platforms: string
  allPlatforms: (n: number) => string
  check: string
  browse: string
  compare: string
  directory: string
  guides: string
  preparing: string
  rights: string
  stalls: string
  developers: string
  api: string
  embed: string
  contributing: string
  schema: string
  privacy: string
  report: string
}

export const LABELS: Record<'zh-CN' | 'en', Labels> = {
  'zh-CN': {
    platforms: '平台',
    allPlatforms: (n) => `全部 ${n} 个平台`,
    check: '检查我的账号',
    browse: '对比与目录',
    compare: '平台对比',
    directory: '服务目录',
    guides: '通用指南',
    preparing: '注销前的准备',
    rights: '你的权利',
    stalls: '平台拖延怎么办',
    developers: '开发者',
    api: 'API',
    embed: '嵌入小组件',
    contributing: '贡献一个平台',
    schema: '数据结构参考',
    privacy: '隐私',
    report: '报告过时的步骤',
  },
  en: {
    platforms: 'Platforms',
    allPlatforms: (n) => `All ${n} platforms`,
    check: 'Check my account',
    browse: 'Compare and browse',
    compare: 'Compare platforms',
    directory: 'Service directory',
    guides: 'Guides',
    preparing: 'Preparing to delete',
    rights: 'Your rights',
    stalls: 'When a platform stalls',
    developers: 'Developers',
    api: 'API',
    embed: 'Embedding the widget',
    contributing: 'Contributing a platform',
    schema: 'Schema reference',
    privacy: 'Privacy',
    report: 'Reporting an outdated step',
  },
}

export function nav(locale: 'zh-CN' | 'en'): DefaultTheme.NavItem[] {
  const l = LABELS[locale]
  const p = prefix(locale)
  return [
    { text: l.check, link: `${p}/check` },
    { text: l.compare, link: `${p}/compare` },
    { text: l.directory, link: `${p}/directory` },
    { text: l.guides, link: `${p}/guides/preparing` },
    { text: l.developers, link: `${p}/developers/api` },
    { text: l.privacy, link: `${p}/privacy` },
  ]
}

/**
 * Up to this many guides the sidebar lists each one. Past it, a list on every page would grow
 * every page with the catalog (and the site with its square) and no longer help anyone find a
 * platform: the sidebar links to the home page's searchable list instead.
 */
export const SIDEBAR_PLATFORM_LIMIT = 30

type Link = { text: string; link: string }
const byName = new Map<Locale, Link[]>()

/** Every full guide's page, by name in the language. */
function platformLinks(locale: Locale): Link[] {
  let links = byName.get(locale)
  if (!links) {
    const p = prefix(locale)
    links = guides()
      .map((g) => ({ text: g.name[locale], link: `${p}/platforms/${g.id}` }))
      .sort((a, b) => a.text.localeCompare(b.text, locale))
    byName.set(locale, links)
  }
  return links
}

/** The sidebar's platform entries: one per guide, or one link to them all past the limit. */
export function platformItems(locale: Locale): DefaultTheme.SidebarItem[] {
  const links = platformLinks(locale)
  if (links.length <= SIDEBAR_PLATFORM_LIMIT) return links
  return [{ text: LABELS[locale].allPlatforms(links.length), link: `${prefix(locale)}/` }]
}

/** A platform page's previous and next pages: its neighbours by name, and the comparison after the last. */
export function platformNeighbours(locale: Locale, id: string): { prev: Link | false; next: Link } {
  const links = platformLinks(locale)
  const at = links.findIndex((l) => l.link.endsWith(`/platforms/${id}`))
  const after = links[at + 1] ?? { text: LABELS[locale].compare, link: `${prefix(locale)}/compare` }
  return { prev: links[at - 1] ?? false, next: after }
}

export function sidebar(locale: 'zh-CN' | 'en'): DefaultTheme.SidebarItem[] {
  const l = LABELS[locale]
  const p = prefix(locale)
  return [
    { text: l.platforms, items: platformItems(locale) },
    {
      text: l.browse,
      items: [
        { text: l.compare, link: `${p}/compare` },
        { text: l.directory, link: `${p}/directory` },
        { text: l.check, link: `${p}/check` },
      ],
    },
    {
      text: l.guides,
      items: [
        { text: l.preparing, link: `${p}/guides/preparing` },
        { text: l.rights, link: `${p}/guides/rights` },
        { text: l.stalls, link: `${p}/guides/stalls` },
      ],
    },
    {
      text: l.developers,
      items: [
        { text: l.api, link: `${p}/developers/api` },
        { text: l.embed, link: `${p}/developers/embed` },
        { text: l.contributing, link: `${p}/developers/contributing` },
        { text: l.schema, link: `${p}/developers/schema` },
      ],
    },
    {
      text: l.privacy,
      items: [
        { text: l.privacy, link: `${p}/privacy` },
        { text: l.report, link: `${p}/report` },
      ],
    },
  ]
}
