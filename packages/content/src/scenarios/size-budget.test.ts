import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { loadCompiledGuide } from './load-guide'

// The widget fetches one compiled guide per page view; the build later merges directory links
// (about 150 bytes gzip for WeChat), so the guide alone must leave that room. Several sources
// per guide, a citation on every item and cross-source disagreements cost about 3 KB over the
// first single-article guides.
const BUDGET = 16 * 1024
const DIRECTORY_ROOM = 256

describe('compiled guide size', () => {
  it.each(['wechat', 'xiaohongshu', 'xiaomi-account', 'netease'])('%s stays within 16 KB gzip', async (id) => {
    const json = JSON.stringify(await loadCompiledGuide(id))
    expect(gzipSync(json).length).toBeLessThanOrEqual(BUDGET - DIRECTORY_ROOM)
  })
})
