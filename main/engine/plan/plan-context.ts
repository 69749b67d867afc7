/** What every slide planner is handed: the pack and its resolved colours, the font metrics, the shared template data. */
import type { Deck } from '../deck/model.js';
import type { FontMetrics } from '../layout/font-metrics.js';
import type { Selection } from '../selection/schema.js';
import type { TemplateData } from '../template/data.js';
import type { TemplateManifest } from '../template/manifest-schema.js';
import type { TemplatePack } from '../template/pack.js';
import type { ColorResolver } from './colors.js';
import type { LineBreaker } from './text/line-breaker.js';

export interface PlanContext {
  readonly pack: TemplatePack;
  readonly manifest: TemplateManifest;
  readonly metrics: FontMetrics;
  /** Memoised line breaking over `metrics` (fitting tries the same texts at many sizes). */
  readonly breaker: LineBreaker;
  readonly color: ColorResolver;
  /** Report-wide template data (no slide context); slide planners add pillar, slide, numbers… */
  readonly data: TemplateData;
  readonly selection: Selection;
  readonly size: Deck['size'];
  /** Something the user should know (a text shortened, a pillar without numbers); never an error. */
  readonly warn: (message: string) => void;
}
