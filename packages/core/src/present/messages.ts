/**
 * @module
 * The words the views put around content, in both languages, one row per phrase. Content
 * (titles, steps, statements) comes from the guide; only the connecting words live here.
 * Counted phrases take the count, so English gets its plural right ("1 thing", "2 things").
 */
import type { Locale } from '../schema/localized'

type Phrase = (n: number) => string
const plural =
  (one: string, many: string): Phrase =>
  (n) =>
    (n === 1 ? one : many).replace('{n}', String(n))

export interface Words {
  ready: string
  readyButRecommended: Phrase
  blocked: Phrase
  incomplete: Phrase
  group: Record<'must' | 'recommended' | 'info', { title: string; heading: Phrase; tag: string }>
  headings: Record<
    | 'questions'
    | 'plan'
    | 'steps'
    | 'timeline'
    | 'verification'
    | 'specialAccounts'
    | 'losses'
    | 'consequences',
    string
  >
  submission: string
  completion: string
  waitEnds: (title: string) => string
  revokeUntil: (date: string) => string
  revokeWhileOpen: (earliest: string, latest: string) => string
  revokeOpenEnded: (earliest: string) => string
  howToRevoke: (how: string) => string
  revocable: string
  notRevocable: string
  subject: Record<'username' | 'phone' | 'email' | 'real-name' | 'account', string>
  revocableUnknown: string
  disputedRevocable: (short: string, long: string) => string
  disputedWait: (long: string) => string
  complainTo: (channels: string) => string
  estimated: string
  possibleLoss: string
  failureShare: (source: string, of: string | undefined, share: string) => string
  alternatives: (method: string, others: string) => string
  noAlternative: (method: string) => string
  specialAccount: (prerequisite: string, channel: string) => string
  list: (items: readonly string[]) => string
}

const zh: Words = {
  ready: '现在就可以注销。',
  readyButRecommended: (n) => `现在就可以注销；另有 ${n} 项建议先处理。`,
  blocked: (n) => `还不能注销：有 ${n} 项必须先处理。`,
  incomplete: (n) => `还需回答 ${n} 个问题才能判断。`,
  group: {
    must: { title: '必须先处理', heading: (n) => `必须先处理（${n} 项）`, tag: '必须' },
    recommended: { title: '建议先处理', heading: (n) => `建议先处理（${n} 项）`, tag: '建议' },
    info: { title: '提示', heading: (n) => `提示（${n} 项）`, tag: '提示' },
  },
  headings: {
    questions: '请先回答',
    plan: '按顺序处理',
    steps: '注销步骤',
    timeline: '时间线',
    verification: '验证方式',
    specialAccounts: '你管理的特殊账号',
    losses: '会失去的',
    consequences: '其他影响',
  },
  submission: '提交注销申请',
  completion: '账号注销完成',
  waitEnds: (title) => `${title}结束`,
  revokeUntil: (date) => `最晚在${date}前撤销。`,
  revokeWhileOpen: (earliest, latest) =>
    `此期间结束前都可以撤销；它最早可能在${earliest}结束，最晚${latest}。`,
  revokeOpenEnded: (earliest) =>
    `此期间结束前都可以撤销；它最早可能在${earliest}结束，最晚何时结束无法确定。`,
  howToRevoke: (how) => `撤销方法：${how}`,
  revocable: '此期间可以撤销。',
  notRevocable: '此期间不能撤销。',
  subject: {
    username: '用户名',
    phone: '手机号',
    email: '邮箱',
    'real-name': '实名信息',
    account: '账号',
  },
  revocableUnknown: '来源没有说明此期间能否撤销。',
  disputedRevocable: (short, long) =>
    `来源说法不一。撤销截止日按较短的 ${short} 计算，以免错过；结束日期按较长的 ${long} 计算。`,
  disputedWait: (long) => `来源说法不一。日期按较长的 ${long} 计算，宁晚勿早。`,
  complainTo: (channels) => `超过承诺期限仍未完成，可以投诉：${channels}。`,
  estimated: '标“约”的日期是估算：来源给出的时长不精确，或日期超出了已公布的节假日安排。',
  possibleLoss: '取决于你尚未回答的问题。',
  failureShare: (source, of, share) =>
    `据《${source}》，${of ?? '注销失败的案例'}中 ${share} 与此有关。`,
  alternatives: (method, others) => `无法使用${method}时，可以改用：${others}。`,
  noAlternative: (method) => `无法使用${method}时，来源没有给出其他验证方式，请联系客服。`,
  specialAccount: (prerequisite, channel) => `先${prerequisite}，再到${channel}单独注销。`,
  list: (items) => items.join('、'),
}

const en: Words = {
  ready: 'You can delete your account now.',
  readyButRecommended: plural(
    'You can delete your account now; 1 more thing is recommended first.',
    'You can delete your account now; {n} more things are recommended first.',
  ),
  blocked: plural(
    'Not yet: 1 thing must be cleared first.',
    'Not yet: {n} things must be cleared first.',
  ),
  incomplete: plural(
    'Answer 1 more question to get a verdict.',
    'Answer {n} more questions to get a verdict.',
  ),
  group: {
    must: {
      title: 'Must be cleared first',
      heading: (n) => `Must be cleared first (${n})`,
      tag: 'required',
    },
    recommended: {
      title: 'Recommended first',
      heading: (n) => `Recommended first (${n})`,
      tag: 'recommended',
    },
    info: { title: 'Good to know', heading: (n) => `Good to know (${n})`, tag: 'note' },
  },
  headings: {
    questions: 'Still to answer',
    plan: 'Clear these, in order',
    steps: 'Deletion steps',
    timeline: 'Timeline',
    verification: 'Verification',
    specialAccounts: 'Special accounts you manage',
    losses: 'What is lost',
    consequences: 'What else changes',
  },
  submission: 'Submit the deletion request',
  completion: 'Account deleted',
  waitEnds: (title) => `${title} ends`,
  revokeUntil: (date) => `Withdraw by ${date} at the latest.`,
  revokeWhileOpen: (earliest, latest) =>
    `You can withdraw until this period ends, which may be as early as ${earliest} and at the latest ${latest}.`,
  revokeOpenEnded: (earliest) =>
    `You can withdraw until this period ends, which may be as early as ${earliest}; how late it ends is not known.`,
  howToRevoke: (how) => `How to withdraw: ${how}`,
  revocable: 'The request can be withdrawn during this period.',
  notRevocable: 'The request cannot be withdrawn during this period.',
  subject: {
    username: 'Username',
    phone: 'Phone number',
    email: 'Email address',
    'real-name': 'Real-name identity',
    account: 'Account',
  },
  revocableUnknown:
    'The sources do not say whether the request can be withdrawn during this period.',
  disputedRevocable: (short, long) =>
    `Sources disagree. The last day to withdraw uses the shorter ${short}, so you do not miss it; the end date uses the longer ${long}.`,
  disputedWait: (long) =>
    `Sources disagree. The dates use the longer ${long}, to err on the late side.`,
  complainTo: (channels) => `If it takes longer than promised, you can complain to: ${channels}.`,
  estimated:
    'Dates marked "about" are estimates: the sources give loose durations, or the date lies past the published holiday calendar.',
  possibleLoss: 'Depends on questions you have not answered yet.',
  failureShare: (source, of, share) =>
    `According to “${source}”， ${share} of ${of ?? 'failed deletions'} come down to this.`,
  alternatives: (method, others) =>
    `If you cannot use ${method}, use one of these instead: ${others}.`,
  noAlternative: (method) =>
    `If you cannot use ${method}, the sources name no other method: contact customer service.`,
  specialAccount: (prerequisite, channel) =>
    `First: ${prerequisite}. Then delete it separately in ${channel}.`,
  list: (items) => items.join(', '),
}

export function words(locale: Locale): Words {
  return locale === 'zh-CN' ? zh : en
}
