/** The project file model: schema, text round trip, and reconciling saved choices with a re-imported report. */
export { ProjectFileSchema, PROJECT_FORMAT, PROJECT_VERSION, type ProjectFile } from './schema.js';
export { parseProject, serializeProject } from './serialize.js';
export { reconcileSelection, reportIds, type ReconcileResult } from './reconcile.js';
export { restoreProject, type RestoredProject, type RestoreNote } from './restore.js';
