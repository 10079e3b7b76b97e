/**
 * @module
 * Interface strings of the directory page, in both languages.
 */
import type { Grade } from '@deregister/core'

// Languages JustDeleteMe writes notes in that a page may fall back to; other tags show as is.
const LANGUAGE_NAMES: Record<'zh-CN' | 'en', Record<string, string>> = {
  'zh-CN': { en: '英文', zh: '中文' },
  en: { en: 'English', zh: 'Chinese' },
}

const zh = {
  searchPlaceholder: '搜索服务：名称或域名',
  allGrades: '所有难度',
  grade: {
    easy: '容易',
    medium: '中等',
    hard: '困难',
    limited: '受限',
    impossible: '无法注销',
  } satisfies Record<Grade, string>,
  gradeLabel: '按来源给出的难度筛选',
  gradeNote: '难度是 JustDeleteMe 给出的评级，不是我们的评估。',
  fullGuide: '完整指南',
  ourGrade: '我们的评估：',
  theirGrade: 'JustDeleteMe 的评级：',
  domains: '域名：',
  notesIn: (lang: string): string => `未翻译，原文为${LANGUAGE_NAMES['zh-CN'][lang] ?? lang}`,
  readGuide: '阅读完整指南',
  deleteLink: '注销页面',
  emailRequest: '邮件申请',
  loading: '正在加载目录……',
  loadFailed: '目录加载失败。',
  noMatch: '没有匹配的服务。',
  shown: (from: number, to: number, total: number): string => `第 ${from}–${to} 条，共 ${total} 条`,
  previous: '上一页',
  next: '下一页',
  empty: '本次构建没有包含服务目录（内容构建时没有配置目录），这里只列出我们的完整指南。',
  data: '数据',
  licence: '许可声明',
}

export type DirectoryStrings = typeof zh

const en: DirectoryStrings = {
  searchPlaceholder: 'Search services: name or domain',
  allGrades: 'All grades',
  grade: {
    easy: 'Easy',
    medium: 'Medium',
    hard: 'Hard',
    limited: 'Limited',
    impossible: 'Impossible',
  },
  gradeLabel: "Filter by the source's grade",
  gradeNote: "Grades are JustDeleteMe's own, not our assessment.",
  fullGuide: 'Full guide',
  ourGrade: 'Our assessment: ',
  theirGrade: "JustDeleteMe's grade: ",
  domains: 'Domains: ',
  notesIn: (lang: string): string => `Not translated; in ${LANGUAGE_NAMES.en[lang] ?? lang}`,
  readGuide: 'Read the full guide',
  deleteLink: 'Deletion page',
  emailRequest: 'Email request',
  loading: 'Loading the directory…',
  loadFailed: 'The directory could not be loaded.',
  noMatch: 'No service matches.',
  shown: (from: number, to: number, total: number): string => `${from}–${to} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  empty:
    'This build has no service directory (none was configured when the content was built); only our full guides are listed.',
  data: 'Data',
  licence: 'Licence notice',
}

export function directoryStrings(locale: string): DirectoryStrings {
  return locale === 'en' ? en : zh
}
