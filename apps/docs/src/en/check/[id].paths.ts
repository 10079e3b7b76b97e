import { checkRoutes } from '../../../.vitepress/lib/routes'

export default { paths: () => checkRoutes('en') }
