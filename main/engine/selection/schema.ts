/**
 * What the user chose to put in the deck: which pillars, sections and metrics, in which order, which numbers are
 * pinned as tiles, and edits to metric labels and values. Stored in the `.huibao.json` project file and sent over IPC,
 * so it is a zod schema. Everything refers to report ids; unknown ids are ignored (the report may have been re-imported).
 */
import { z } from 'zod';

export const PresetSchema = z.enum(['brief', 'full', 'onepage']).describe('brief: a slide per pillar; full: adds a slide per section; onepage: one dashboard slide');

export const MetricEditSchema = z
  .object({
    label: z.string().min(1).max(60).optional(),
    value: z.number().finite().optional(),
    unit: z.string().max(20).optional(),
  })
  .strict();

export const SelectionSchema = z
  .object({
    preset: PresetSchema.default('brief'),
    /** Pillar ids in the order the user wants; pillars not named keep report order after these. */
    pillarOrder: z.array(z.string()).default([]),
    /**
     * Section ids in the wanted order; each pillar shows the named ones in this order, then its others in report
     * order. Optional (older project files lack it).
     */
    sectionOrder: z.array(z.string()).optional(),
    /** Metric ids in the wanted order within their section (bullets, charts, notes); the others follow in report order. */
    metricOrder: z.array(z.string()).optional(),
    /** Ids of pillars, sections or metrics left out. */
    excluded: z.array(z.string()).default([]),
    /** Metric ids shown as KPI tiles before the pillar's own key metrics, in this order. */
    pinned: z.array(z.string()).default([]),
    metricEdits: z.record(z.string(), MetricEditSchema).default({}),
  })
  .strict();

export type Preset = z.infer<typeof PresetSchema>;
export type MetricEdit = z.infer<typeof MetricEditSchema>;
export type Selection = z.infer<typeof SelectionSchema>;

export const defaultSelection = (): Selection => SelectionSchema.parse({});
