/**
 * @module
 * Reads `content/`, validates it with file:line errors, and compiles the typed catalog.
 */
export { loadContent } from './load'
export type { LoadedContent, LoadedEntry } from './load'
export { crossCheck } from './cross-check'
export { compileCatalog, compileEntry, summarize, hashOf } from './compile'
export type { Catalog } from './compile'
export { checkContent, writeCatalog, writeJsonSchemas, defaultContentDir } from './pipeline'
export type { CheckResult } from './pipeline'
export { formatIssue, ContentError } from './issue'
export type { ContentIssue } from './issue'
export { parseYamlFile } from './yaml-file'
export { halfWidthMarks } from './punctuation'
export type { HalfWidthMark } from './punctuation'
export { jsonSchemas } from './json-schema'
export {
  importJdm,
  compileWithDirectory,
  readJdmSites,
  chooseDirectory,
  formatReport,
  mailtoLink,
  slugify,
  JDM_SOURCE,
  REASONS,
} from './directory/index'
export type {
  DirectoryImport,
  DirectoryChoice,
  ImportAction,
  ImportNote,
  ImportReason,
  ImportReport,
} from './directory/index'
