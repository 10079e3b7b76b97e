import { describe, expect, it } from 'vitest'
import { coinbox } from '../testing/coinbox'
import { clientIds, clientOptions, narrowToClient, pickClient, preferredClients } from './clients'

const manyPaths = { clients: [...coinbox.clients, ...coinbox.clients.filter((c) => c.client === 'web'), ...coinbox.clients.filter((c) => c.client === 'web')] }

describe('clients', () => {
  it('lists each client once even when it has several menu paths', () => {
    expect(clientIds(manyPaths)).toEqual([...new Set(coinbox.clients.map((c) => c.client))])
    expect(clientOptions(manyPaths, 'zh-CN').map((o) => o.label)).toEqual(
      [...new Set(coinbox.clients.map((c) => c.client))].map((c) => ({ ios: 'iOS', android: 'Android', web: '网页', desktop: '电脑端' })[c]),
    )
  })
  it('narrows steps to a client and leaves the guide alone without one', () => {
    const ios = narrowToClient(coinbox, 'ios')
    expect(ios.steps.every((s) => !s.clients || s.clients.includes('ios'))).toBe(true)
    expect(ios.clients.every((c) => c.client === 'ios')).toBe(true)
    expect(narrowToClient(coinbox, undefined)).toBe(coinbox)
  })
  it('picks the asked client, else the device guess, else the first', () => {
    expect(pickClient(['ios', 'android'], 'android', ['ios'])).toBe('android')
    expect(pickClient(['ios', 'android'], 'web', preferredClients('Mozilla/5.0 (Linux; Android 14)'))).toBe('android')
    expect(pickClient(['ios'], undefined, ['web', 'desktop'])).toBe('ios')
  })
})
