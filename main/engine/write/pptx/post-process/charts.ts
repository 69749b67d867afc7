/**
 * Chart repairs: pptxgenjs gives every 2-D bar chart a third <c:axId> (the 3-D series axis), which the schema
 * forbids (CT_BarChart has exactly two) and strict readers reject; and it writes no chart language.
 */
import type { Deck } from '../../../deck/model.js';

/** <c:lang> is the chart's editing language; the schema puts it right after <c:date1904>. */
export function setChartLanguage(xml: string, lang: Deck['lang']): string {
  if (xml.includes('<c:lang ')) return xml.replace(/<c:lang val="[^"]*"\/>/, `<c:lang val="${lang}"/>`);
  return xml.replace(/(<c:date1904 val="[01]"\/>)/, `$1<c:lang val="${lang}"/>`);
}

export function dropStraySeriesAxis(xml: string): string {
  if (xml.includes('<c:serAx>')) return xml;
  return xml.replace(/<c:barChart>[\s\S]*?<\/c:barChart>/g, (chart) => {
    let seen = 0;
    return chart.replace(/<c:axId val="\d+"\/>/g, (axis) => (++seen <= 2 ? axis : ''));
  });
}
