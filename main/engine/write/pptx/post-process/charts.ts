/**
 * Chart repairs: pptxgenjs gives every 2-D bar chart a third <c:axId> (the 3-D series axis), which the schema
 * forbids (CT_BarChart has exactly two) and strict readers reject.
 */

export function dropStraySeriesAxis(xml: string): string {
  if (xml.includes('<c:serAx>')) return xml;
  return xml.replace(/<c:barChart>[\s\S]*?<\/c:barChart>/g, (chart) => {
    let seen = 0;
    return chart.replace(/<c:axId val="\d+"\/>/g, (axis) => (++seen <= 2 ? axis : ''));
  });
}
