import DefaultTheme from 'vitepress/theme'
import type { Theme } from 'vitepress'
import { toRaw } from 'vue'
import { miniSearchOptions } from '../lib/tokenize'
import CheckPage from './components/CheckPage.vue'
import ComparePage from './components/ComparePage.vue'
import HomePlatforms from './components/HomePlatforms.vue'
import LawList from './components/LawList.vue'
import ComplaintList from './components/ComplaintList.vue'
import PlatformPage from './components/PlatformPage.vue'
import ReportHelp from './components/ReportHelp.vue'
import SchemaReference from './components/SchemaReference.vue'
import WidgetFacts from './components/WidgetFacts.vue'
import WidgetSnippet from './components/WidgetSnippet.vue'
import './custom.css'

interface SearchTheme {
  search?: { options?: { miniSearch?: Record<string, unknown> } }
}

export default {
  extends: DefaultTheme,
  enhanceApp({ app, siteData }) {
    // Site data reaches the browser as JSON, which drops the tokenizer functions of the
    // search settings; put the same functions back before the search box reads them.
    const search = (toRaw(siteData.value).themeConfig as SearchTheme).search
    if (search?.options) search.options.miniSearch = { ...search.options.miniSearch, ...miniSearchOptions }
    for (const [name, component] of Object.entries({
      CheckPage,
      ComparePage,
      HomePlatforms,
      LawList,
      ComplaintList,
      PlatformPage,
      ReportHelp,
      SchemaReference,
      WidgetFacts,
      WidgetSnippet,
    }))
      app.component(name, component)
  },
} satisfies Theme
