/**
 * What the handlers ask of the engine besides jobs: template packs and planning for the live preview. Planning
 * runs on the handler thread because the preview must update within 100 ms and a worker round trip of the whole
 * report would cost more than it saves; the packs and font metrics are loaded once and cached.
 */
import type { LocalizedText } from '../contract.js';
import type { Deck, Slide } from '../engine/deck/model.js';
import type { Report } from '../engine/report/schema.js';
import type { Selection } from '../engine/selection/schema.js';

export interface TemplateSummary {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly size: { readonly w: number; readonly h: number };
  /** Absent for built-in packs; user packs (the editor's) can be edited and deleted. */
  readonly source?: 'built-in' | 'user';
  /** Changes whenever a user pack is saved, so cached thumbnails of the old look are not shown. */
  readonly version?: string;
}

export interface PlanInput {
  readonly report: Report;
  readonly sourceText?: string;
  readonly templateId: string;
  readonly selection: Selection;
}

export interface EngineServices {
  listTemplates(): Promise<readonly TemplateSummary[]>;
  /** The pack used when the user has not chosen one (or their choice no longer exists). */
  defaultTemplateId(): Promise<string>;
  plan(input: PlanInput): Promise<{ readonly deck: Deck; readonly warnings: readonly string[] }>;
  /** The pack's title slide planned from `report`, for the template picker. */
  thumbnail(templateId: string, report: Report): Promise<Slide | null>;
}
