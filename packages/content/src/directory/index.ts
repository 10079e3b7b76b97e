/**
 * @module
 * Imports the JustDeleteMe directory as link-level entries beside our guides.
 */
export { importJdm } from './import-jdm'
export type { DirectoryImport } from './import-jdm'
export { compileWithDirectory } from './with-directory'
export { readJdmSites, chooseDirectory } from './load'
export type { DirectoryChoice } from './load'
export { formatReport, REASONS } from './report'
export type { ImportAction, ImportNote, ImportReason, ImportReport } from './report'
export { mailtoLink } from './mailto'
export { slugify } from './slug'
export { JDM_SOURCE } from './jdm-source'
