/**
 * Restoring a saved project onto the report just opened: reconcile the choices with the report's ids and say what
 * happened (restored, items dropped, report changed since the save), as codes the UI words in its own language.
 */
import type { Report } from '../report/schema.js';
import type { Selection } from '../selection/schema.js';
import { reconcileSelection } from './reconcile.js';
import type { ProjectFile } from './schema.js';

export type RestoreNote =
  | { readonly code: 'restored'; readonly savedAt: string }
  | { readonly code: 'dropped-unknown'; readonly count: number }
  | { readonly code: 'report-changed' };

export interface RestoredProject {
  readonly templateId: string;
  readonly selection: Selection;
  readonly notes: readonly RestoreNote[];
}

export function restoreProject(project: ProjectFile, report: Report, reportSha256: string): RestoredProject {
  const { selection, dropped } = reconcileSelection(project.selection, report);
  const notes: RestoreNote[] = [{ code: 'restored', savedAt: project.savedAt }];
  if (project.report.sha256 !== reportSha256) notes.push({ code: 'report-changed' });
  if (dropped > 0) notes.push({ code: 'dropped-unknown', count: dropped });
  return { templateId: project.templateId, selection, notes };
}
