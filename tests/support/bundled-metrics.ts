/** Font metrics of the bundled Noto Sans SC, loaded once per test file, for tests that lay text out. */
import { bundledFontMetrics } from '../../main/engine/layout/bundled-metrics.js';
import type { FontMetrics } from '../../main/engine/layout/font-metrics.js';

/** Still a promise: the tests were written when metrics came from reading the font files. */
export function bundledMetrics(): Promise<FontMetrics> {
  return Promise.resolve(bundledFontMetrics());
}
