/** A pillar's key numbers as a GFM Markdown table, the block the summary template writes with `{{kpiTable pillar}}`. */
import { escapeMarkdownInline } from './markdown-escape.js';
import type { KpiRow } from './kpi-rows.js';

export const KPI_TABLE_HEADER = ['指标', '数值', '变化', '出处'] as const;

/** Empty string when there is nothing to show, so a pillar without numbers gets no empty table. */
export function kpiTableMarkdown(rows: readonly KpiRow[]): string {
  if (rows.length === 0) return '';
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const body = rows.map((row) => line([row.label, row.value, row.change, row.source].map(escapeMarkdownInline)));
  // Blank lines around the table keep it a block of its own wherever the template puts the helper.
  return ['', line(KPI_TABLE_HEADER), '| :--- | ---: | :--- | :--- |', ...body, ''].join('\n');
}
