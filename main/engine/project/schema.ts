/**
 * The `.huibao.json` project file: the user's choices for one report (selection, template, preset, metric edits),
 * autosaved as they work. It names the report by path and by a hash of its bytes, so a re-imported or edited
 * report is recognised and the choices are reconciled with it instead of silently applied to other content.
 */
import { z } from 'zod';
import { SelectionSchema } from '../selection/schema.js';

export const PROJECT_FORMAT = 'huibao-project';
export const PROJECT_VERSION = 1;

export const ProjectFileSchema = z
  .object({
    format: z.literal(PROJECT_FORMAT),
    version: z.literal(PROJECT_VERSION),
    report: z
      .object({
        /** Absolute path when the report was opened from disk; null for a browser upload. */
        path: z.string().min(1).nullable(),
        name: z.string().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest'),
      })
      .strict(),
    templateId: z.string().min(1),
    selection: SelectionSchema,
    savedAt: z.iso.datetime(),
  })
  .strict();

export type ProjectFile = z.infer<typeof ProjectFileSchema>;
