import { describe, expect, it } from 'vitest'
import { guides } from './catalog'
import { SIDEBAR_PLATFORM_LIMIT, platformItems, platformNeighbours } from './nav'

describe('platform navigation', () => {
  it('lists every guide in the sidebar while they are few, by name', () => {
    const items = platformItems('en')
    expect(guides().length).toBeLessThanOrEqual(SIDEBAR_PLATFORM_LIMIT)
    expect(items.map((i) => i.link)).toEqual(
      [...guides()]
        .sort((a, b) => a.name.en.localeCompare(b.name.en, 'en'))
        .map((g) => `/en/platforms/${g.id}`),
    )
  })

  it('steps through the platforms by name, then to the comparison', () => {
    const links = platformItems('zh-CN').map((i) => i.link ?? '')
    const ids = links.map((l) => l.split('/').at(-1)!)
    expect(platformNeighbours('zh-CN', ids[0]!).prev).toBe(false)
    expect(platformNeighbours('zh-CN', ids[0]!).next.link).toBe(links[1])
    expect(platformNeighbours('zh-CN', ids.at(-1)!).prev).toMatchObject({ link: links.at(-2) })
    expect(platformNeighbours('zh-CN', ids.at(-1)!).next.link).toBe('/compare')
  })
})
