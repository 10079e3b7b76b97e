// An invented platform for engine tests: a wallet, savings to redeem first, bound cards,
// a membership lost on deletion, and a disputed cooling-off period (15 vs 14 days).
import { GuideSchema } from '../schema/platform'
import type { Guide } from '../schema/platform'

export const coinbox: Guide = GuideSchema.parse({
  id: 'coinbox',
  depth: 'guide',
  name: {
    'zh-CN': '钱盒',
    en: 'Coinbox',
  },
  aliases: ['钱盒', 'coinbox', 'cb'],
  vendor: {
    'zh-CN': '钱盒公司',
    en: 'Coinbox Inc.',
  },
  category: 'payments',
  domains: ['coinbox.example.com'],
  summary: {
    'zh-CN': '一个测试平台',
    en: 'A test platform',
  },
  lastVerified: '2026-11-01',
  sources: [
    {
      id: 'fixture-article',
      title: '钱盒注销教程',
      publisher: 'Test',
      date: '2026-01-01',
    },
  ],
  clients: [
    {
      client: 'ios',
      menuPath: [
        {
          'zh-CN': '我',
          en: 'Me',
        },
        {
          'zh-CN': '注销',
          en: 'Delete',
        },
      ],
    },
    {
      client: 'android',
      menuPath: [
        {
          'zh-CN': '我',
          en: 'Me',
        },
        {
          'zh-CN': '注销',
          en: 'Delete',
        },
      ],
    },
  ],
  steps: [
    {
      id: 'open',
      text: {
        'zh-CN': '打开注销页',
        en: 'Open the deletion page',
      },
    },
    {
      id: 'email-link',
      text: {
        'zh-CN': '点击邮件链接',
        en: 'Click the email link',
      },
      clients: ['ios'],
    },
    {
      id: 'sms-code',
      text: {
        'zh-CN': '输入短信验证码',
        en: 'Enter the SMS code',
      },
      clients: ['android'],
      verification: ['sms'],
    },
  ],
  questions: [
    {
      id: 'balance',
      type: 'number',
      text: {
        'zh-CN': '余额多少？',
        en: 'What is your balance?',
      },
    },
    {
      id: 'savings',
      type: 'boolean',
      text: {
        'zh-CN': '有未到期理财吗？',
        en: 'Any unmatured savings?',
      },
    },
    {
      id: 'cards',
      type: 'boolean',
      text: {
        'zh-CN': '绑定了银行卡吗？',
        en: 'Any bound cards?',
      },
    },
    {
      id: 'plan',
      type: 'choice',
      text: {
        'zh-CN': '会员类型',
        en: 'Membership',
      },
      options: [
        {
          value: 'none',
          label: {
            'zh-CN': '无',
            en: 'None',
          },
        },
        {
          value: 'gold',
          label: {
            'zh-CN': '黄金',
            en: 'Gold',
          },
        },
      ],
    },
  ],
  requirements: [
    {
      id: 'redeem-savings',
      title: {
        'zh-CN': '赎回理财',
        en: 'Redeem savings',
      },
      when: {
        answer: 'savings',
        eq: true,
      },
      severity: 'blocker',
      remedy: {
        steps: [
          {
            'zh-CN': '赎回',
            en: 'Redeem',
          },
        ],
        duration: {
          min: 3,
          max: 3,
          unit: 'workdays',
        },
      },
    },
    {
      id: 'withdraw-balance',
      title: {
        'zh-CN': '提现余额',
        en: 'Withdraw the balance',
      },
      when: {
        answer: 'balance',
        gt: 0,
      },
      severity: 'blocker',
      remedy: {
        steps: [
          {
            'zh-CN': '提现',
            en: 'Withdraw',
          },
        ],
        duration: {
          min: 0,
          max: 30,
          unit: 'minutes',
        },
        after: ['redeem-savings'],
      },
    },
    {
      id: 'unbind-cards',
      title: {
        'zh-CN': '解绑银行卡',
        en: 'Unbind cards',
      },
      when: {
        answer: 'cards',
        eq: true,
      },
      severity: 'blocker',
      remedy: {
        steps: [
          {
            'zh-CN': '解绑',
            en: 'Unbind',
          },
        ],
        duration: {
          min: 5,
          max: 10,
          unit: 'minutes',
        },
        after: ['withdraw-balance'],
      },
    },
    {
      id: 'gold-lost',
      title: {
        'zh-CN': '会员作废',
        en: 'Membership is forfeited',
      },
      when: {
        answer: 'plan',
        eq: 'gold',
      },
      severity: 'warning',
      remedy: {
        steps: [
          {
            'zh-CN': '用完权益',
            en: 'Use the benefits',
          },
        ],
        duration: {
          min: 0,
          unit: 'days',
          approximate: true,
        },
      },
    },
  ],
  verification: [
    {
      method: 'sms',
      clients: ['android'],
    },
  ],
  waitingPeriods: [
    {
      id: 'cooling-off',
      kind: 'cooling-off',
      title: {
        'zh-CN': '冷静期',
        en: 'Cooling-off',
      },
      revocable: true,
      duration: {
        disputed: [
          {
            value: {
              min: 15,
              max: 15,
              unit: 'days',
            },
            source: 'fixture-article',
            statement: {
              'zh-CN': '15 天内可撤销',
              en: 'Revocable within 15 days',
            },
          },
          {
            value: {
              min: 14,
              max: 14,
              unit: 'days',
            },
            source: 'fixture-article',
            statement: {
              'zh-CN': '14 天内可恢复',
              en: 'Recoverable within 14 days',
            },
          },
        ],
      },
    },
  ],
  losses: [
    {
      id: 'history',
      kind: 'data',
      title: {
        'zh-CN': '全部记录',
        en: 'All history',
      },
    },
    {
      id: 'gold',
      kind: 'virtual-asset',
      title: {
        'zh-CN': '黄金会员',
        en: 'Gold membership',
      },
      when: {
        answer: 'plan',
        eq: 'gold',
      },
    },
  ],
  legal: {
    basis: ['right-to-delete'],
  },
})
