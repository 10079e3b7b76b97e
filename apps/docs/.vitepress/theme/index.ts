import DefaultTheme from 'vitepress/theme'
import type { Theme } from 'vitepress'
import { defineAsyncComponent, nextTick, onMounted, toRaw, watch } from 'vue'
import { useRoute } from 'vitepress'
import { miniSearchOptions } from '../lib/search-query'
import LawList from './components/LawList.vue'
import ComplaintList from './components/ComplaintList.vue'
import PlatformPage from './components/PlatformPage.vue'
import ReportHelp from './components/ReportHelp.vue'
import WidgetFacts from './components/WidgetFacts.vue'
import './custom.css'

// Components that carry a data loader's rows for every platform (or the whole schema) load
// with the pages that use them, not in the theme chunk every page downloads.
const CheckPage = defineAsyncComponent(() => import('./components/CheckPage.vue'))
const ComparePage = defineAsyncComponent(() => import('./components/ComparePage.vue'))
const HomePlatforms = defineAsyncComponent(() => import('./components/HomePlatforms.vue'))
const SchemaReference = defineAsyncComponent(() => import('./components/SchemaReference.vue'))
const WidgetSnippet = defineAsyncComponent(() => import('./components/WidgetSnippet.vue'))

interface SearchTheme {
  search?: { options?: { miniSearch?: Record<string, unknown> } }
}

export default {
  extends: DefaultTheme,
  setup() {
    // The default home layout has no main landmark (doc pages have one): its hero, features
    // and platform list are the page's main content.
    const route = useRoute()
    const mark = (): void => void nextTick(() => document.querySelector('.VPHome')?.setAttribute('role', 'main'))
    onMounted(() => {
      mark()
      watch(() => route.path, mark)
    })
  },
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
