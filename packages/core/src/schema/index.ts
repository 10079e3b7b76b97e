/**
 * @module
 * The zod schemas of Deregister's content model and of the engine's input and output.
 * Import from `@deregister/core/schema`; the engine entry does not pull zod in.
 */
export * from './localized'
export * from './source'
export * from './duration'
export * from './condition'
export * from './question'
export * from './requirement'
export * from './flow'
export * from './aftermath'
export * from './guidance'
export * from './vocabulary'
export * from './platform'
export * from './compiled'
export * from './result'
export * from './view'
