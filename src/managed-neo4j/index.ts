// The managed local Neo4j, used when NEO4J_URI is unset: the public entry that callers import. It installs
// the pinned community server once, runs it under a keeper process, and finds it again when it already runs.
export { ensureManagedNeo4j, managedNeo4jStatus, removeManagedInstance, stopManagedNeo4j } from './lifecycle.js';
export { managedInstancePaths } from './paths.js';
export { ManagedNeo4jError } from './errors.js';
export { NEO4J_VERSION } from './config.js';
export type { ManagedNeo4j, ManagedNeo4jOptions, ManagedNeo4jStatus, ManagedNeo4jTarget } from './types.js';
export { backupManagedNeo4j, restoreManagedNeo4j, type BackupOptions } from './backup.js';
