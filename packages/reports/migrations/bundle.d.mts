export declare function readMigrations(): { version: number; name: string; sql: string }[]
export declare function renderModule(): string
