/**
 * @module
 * Interface strings of the report form on platform pages, in both languages. The kinds are
 * the API's report kinds (`POST /v1/platforms/{id}/reports`).
 */
export const REPORT_KINDS = ['outdated', 'wrong', 'missing', 'broken-link', 'other'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]

const zh = {
  open: '报告此步骤有误',
  kindLabel: '哪里不对',
  kind: { outdated: '已经过时', wrong: '内容错误', missing: '缺少内容', 'broken-link': '链接失效', other: '其他' } satisfies Record<ReportKind, string>,
  messageLabel: '补充说明（可选）',
  messageHint: (max: number): string => `最多 ${max} 个字符。请不要填写手机号等个人信息。`,
  target: '报告的条目',
  send: '发送报告',
  sending: '正在发送……',
  sent: (id: string): string => `已收到，谢谢。报告编号：${id}`,
  failed: (why: string): string => `发送失败：${why}`,
  offline: '无法连接报告服务，请稍后再试。',
}

export type ReportStrings = typeof zh

const en: ReportStrings = {
  open: 'Report a problem with this step',
  kindLabel: 'What is wrong',
  kind: { outdated: 'Out of date', wrong: 'Wrong', missing: 'Something is missing', 'broken-link': 'Broken link', other: 'Other' },
  messageLabel: 'Details (optional)',
  messageHint: (max: number): string => `At most ${max} characters. Please leave out phone numbers and other personal details.`,
  target: 'Reporting',
  send: 'Send report',
  sending: 'Sending…',
  sent: (id: string): string => `Received, thank you. Report number: ${id}`,
  failed: (why: string): string => `Could not send: ${why}`,
  offline: 'The report service could not be reached; please try again later.',
}

export function reportStrings(locale: string): ReportStrings {
  return locale === 'en' ? en : zh
}
