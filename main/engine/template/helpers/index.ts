/**
 * Every helper a text template may call. Templates are compiled with knownHelpersOnly, so this list is also what
 * a pack is checked against when it loads: a template calling anything else fails then, naming the file and line.
 * Add a helper family by spreading it in here.
 */
import { summaryHelpers } from '../summary-helpers.js';
import { numberHelpers } from './number-helpers.js';
import { textHelpers } from './text-helpers.js';
import type { TemplateHelper } from './helper-types.js';

export type { TemplateHelper } from './helper-types.js';

export const templateHelpers: Readonly<Record<string, TemplateHelper>> = {
  ...numberHelpers,
  ...textHelpers,
  // Only text/summary.md.hbs uses these (the PDF summary), but every pack text is checked against one list.
  ...summaryHelpers,
};
