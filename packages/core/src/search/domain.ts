/**
 * The host name in `input`, which may be a bare host (`weixin.qq.com`), a host with a path
 * or port, or a full URL (`https://mp.weixin.qq.com/s/x`). Lowercase, no trailing dot;
 * `undefined` when there is no plausible host name.
 *
 * @example hostOf('HTTPS://WX.QQ.com:443/login') // 'wx.qq.com'
 */
export function hostOf(input: string): string | undefined {
  const host = input
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^@/]*@/, '')
    .split(/[/?#:]/, 1)[0]!
    .replace(/\.+$/, '')
  return /^([a-z0-9-]+\.)+[a-z0-9-]+$/.test(host) ? host : undefined
}

/**
 * The host and each parent domain, most specific first, down to two labels:
 * `mp.weixin.qq.com` → `mp.weixin.qq.com`, `weixin.qq.com`, `qq.com`.
 */
export function domainCandidates(host: string): string[] {
  const labels = host.split('.')
  const out: string[] = []
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'))
  return out
}
