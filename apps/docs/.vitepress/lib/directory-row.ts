/**
 * @module
 * One row of the directory page, as the page fetches it: short keys because the file holds
 * thousands of rows. Shared by the build (which writes the rows) and the page (which reads
 * and filters them).
 */
import type { Grade } from '@deregister/core'

export interface DirectoryRow {
  id: string
  /** Name in the page's language. */
  n: string
  /** Deletion URL (link-level entries); full guides link to their own page instead. */
  u?: string
  /** The grade the directory's source (JustDeleteMe) gave. */
  g?: Grade
  /** Our own grade, from the difficulty of our full guide. */
  ours?: Grade
  /** Domains. */
  d: string[]
  /** Other names (full guides). */
  a?: string[]
  /** Notes in the page's language, else English. */
  o?: string
  /** Language of the notes when it is not the page's (they are shown untranslated). */
  ol?: string
  /** Ready `mailto:` link of the email request. */
  m?: string
  /** Set on our full guides, which come first. */
  guide?: 1
}

export interface DirectoryFile {
  rows: DirectoryRow[]
}

export const GRADES: readonly Grade[] = ['easy', 'medium', 'hard', 'limited', 'impossible']
