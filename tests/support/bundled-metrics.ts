/** Font metrics of the bundled Noto Sans SC, loaded once per test file, for tests that lay text out. */
import { createFontMetrics, type FontMetrics } from '../../main/engine/layout/font-metrics.js';
import { loadBundledFonts } from '../../main/node/fonts.js';

let metrics: Promise<FontMetrics> | undefined;

export function bundledMetrics(): Promise<FontMetrics> {
  metrics ??= loadBundledFonts().then(createFontMetrics);
  return metrics;
}
