/** The Node entry refuses to start on a configuration that would leave it open or wrong. */
import { expect, it } from 'vitest'
import { startServer } from './reports-server'
import { tempDir } from './reports-support'

it('refuses to start with a maintainer token shorter than 32 characters', async () => {
  const temp = tempDir()
  try {
    await expect(startServer({ DEREGISTER_DB: temp.db, DEREGISTER_MAINTAINER_TOKEN: 'short-token' })).rejects.toThrow(
      /DEREGISTER_MAINTAINER_TOKEN must be at least 32 characters/,
    )
  } finally {
    temp.remove()
  }
})
