/** The bundled font's metrics, made once per process from the generated table (no font file is read). */
import { bundledFontAdvances } from './bundled-font-advances.js';
import { createFontMetrics, type FontMetrics } from './font-metrics.js';

let metrics: FontMetrics | undefined;

export function bundledFontMetrics(): FontMetrics {
  metrics ??= createFontMetrics(bundledFontAdvances);
  return metrics;
}
