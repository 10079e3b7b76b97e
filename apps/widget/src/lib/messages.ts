import type { Locale } from '@deregister/core'

/**
 * Interface texts, one row per key: [zh-CN, en]. Content texts come from the catalog; every phrase
 * of a reader's view (verdicts, counts, headings of the check, durations, dates, client names)
 * comes from core's present layer and has no row here.
 */
const MESSAGES = {
  loading: ['正在加载…', 'Loading…'],
  failed: ['无法加载该平台的指南。', 'Could not load the guide for this platform.'],
  retry: ['重试', 'Try again'],
  views: ['视图', 'View'],
  guide: ['注销步骤', 'Guide'],
  check: ['能否注销', 'Can I delete?'],
  lose: ['会失去什么', 'What you lose'],
  client: ['设备', 'Device'],
  menuPath: ['注销入口', 'Where to find it'],
  steps: ['步骤', 'Steps'],
  verification: ['需要准备的验证', 'Verification to prepare'],
  optional: ['（可选）', ' (optional)'],
  waiting: ['提交之后', 'After you submit'],
  retention: ['平台保留的', 'What they keep'],
  reRegistration: ['重新注册', 'Registering again'],
  backups: ['先备份', 'Back up first'],
  alternatives: ['不注销的选择', 'Alternatives'],
  troubleshooting: ['常见问题', 'Troubleshooting'],
  special: ['特殊账号', 'Special accounts'],
  commitment: ['平台承诺', 'What the platform promises'],
  complaint: ['如果平台拖延', 'If the platform stalls'],
  legal: ['法律依据与投诉', 'Your rights and complaints'],
  sources: ['来源', 'Sources'],
  verified: ['来源最后查阅', 'Sources last reviewed'],
  officialEntry: ['从哪里注销', 'Where to delete'],
  disputed: ['来源说法不一', 'Sources disagree'],
  difficulty: ['难度', 'Difficulty'],
  colon: ['：', ': '],
  paren: ['（{u}）', ' ({u})'],
  easy: ['容易', 'easy'],
  medium: ['中等', 'medium'],
  hard: ['困难', 'hard'],
  limited: ['受限', 'limited'],
  impossible: ['无法注销', 'impossible'],
  yes: ['是', 'Yes'],
  no: ['否', 'No'],
  ics: ['下载日历（.ics）', 'Download calendar (.ics)'],
  report: ['报告此处有误', 'Report a problem with this'],
  kind: ['问题类型', 'Problem'],
  outdated: ['已过时', 'Outdated'],
  wrong: ['有错误', 'Wrong'],
  missing: ['缺少内容', 'Something missing'],
  'broken-link': ['链接失效', 'Broken link'],
  other: ['其他', 'Other'],
  message: ['说明（可选，不要填写个人信息）', 'Details (optional, no personal data)'],
  send: ['发送', 'Send'],
  cancel: ['取消', 'Cancel'],
  target: ['报告的条目', 'Reporting'],
  sending: ['正在发送…', 'Sending…'],
  sent: ['已收到，谢谢。报告编号：{id}', 'Received, thank you. Report number: {id}'],
  sendFailed: ['发送失败：{why}', 'Could not send: {why}'],
  offline: [
    '无法连接报告服务，请稍后再试。',
    'The report service could not be reached; please try again later.',
  ],
  clear: ['清除本机保存的进度', 'Clear saved progress'],
  saved: ['你的回答只保存在本设备上。', 'Your answers are saved on this device only.'],
  local: [
    '你的回答只在本页面内计算，不会发送。',
    'Your answers are evaluated in this page and never sent.',
  ],
  link: ['简要条目', 'Link-level entry'],
  linkNote: ['这是目录中的简要条目，没有完整指南。', 'A directory entry, not a full guide.'],
  open: ['打开注销页面', 'Open the deletion page'],
  grade: ['{s} 给出的难度', 'Grade given by {s}'],
  email: ['发送注销请求邮件', 'Email a deletion request'],
  domains: ['域名', 'Domains'],
} as const satisfies Record<string, readonly [string, string]>

export type MessageKey = keyof typeof MESSAGES
/** Every key, for tests that check each text. */
export const MESSAGE_KEYS = Object.keys(MESSAGES) as MessageKey[]
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

/** A lookup for one language; `{name}` placeholders are filled from `vars`. */
export function translator(locale: Locale): Translate {
  const i = locale === 'en' ? 1 : 0
  return (key, vars) =>
    MESSAGES[key][i].replace(/\{(\w+)\}/g, (_, k: string) => String(vars?.[k] ?? ''))
}
