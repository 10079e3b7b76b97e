import type { Source } from '@deregister/core/schema'

/** The source every imported entry cites, and the id merged guide links refer to. */
export const JDM_SOURCE: Source = {
  id: 'jdm',
  title: 'JustDeleteMe',
  publisher: 'jdm-contrib',
  url: 'https://github.com/jdm-contrib/jdm',
  date: 'undated',
  kind: 'directory',
}

/** Category of imported services: the directory does not classify them. */
export const DIRECTORY_CATEGORY = 'uncategorized'
