import { base, portable } from '@deregister/eslint-config'

export default [...base, ...portable]
