import { platformRoutes } from '../../../.vitepress/lib/routes'

export default { paths: () => platformRoutes('en') }
