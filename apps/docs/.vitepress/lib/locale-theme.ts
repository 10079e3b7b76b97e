/**
 * @module
 * Default-theme labels of each language (the theme's own strings are English).
 */
import type { DefaultTheme } from 'vitepress'

export function localeTheme(locale: 'zh-CN' | 'en'): DefaultTheme.Config {
  if (locale === 'en') return { outline: { level: [2, 3], label: 'On this page' } }
  return {
    outline: { level: [2, 3], label: '本页内容' },
    docFooter: { prev: '上一页', next: '下一页' },
    darkModeSwitchLabel: '外观',
    lightModeSwitchTitle: '切换到浅色模式',
    darkModeSwitchTitle: '切换到深色模式',
    sidebarMenuLabel: '菜单',
    returnToTopLabel: '回到顶部',
    langMenuLabel: '切换语言',
    notFound: { title: '页面不存在', quote: '这个页面不存在或已经移走。', linkText: '回到首页' },
  }
}

export const searchTranslations = {
  root: {
    translations: {
      button: { buttonText: '搜索', buttonAriaLabel: '搜索' },
      modal: {
        displayDetails: '显示详细列表',
        resetButtonTitle: '清除查询',
        backButtonTitle: '关闭搜索',
        noResultsText: '没有结果',
        footer: { selectText: '选择', navigateText: '切换', closeText: '关闭' },
      },
    },
  },
}
