import { base } from '@deregister/eslint-config'

export default base
