import { describe, expect, it } from 'vitest';
import { chartRenumbering, NAMES_CHART_PARTS } from '../../../../../main/engine/write/pptx/post-process/chart-numbers.js';

describe('chartRenumbering', () => {
  it('leaves a deck whose charts count from 1 alone', () => {
    expect(chartRenumbering(['ppt/slides/slide1.xml', 'ppt/charts/chart1.xml', 'ppt/charts/chart2.xml'])).toBeUndefined();
    expect(chartRenumbering(['ppt/slides/slide1.xml'])).toBeUndefined();
  });

  it("renumbers a later deck's charts from 1 in their order, in part names and in relationship targets", () => {
    const renumber = chartRenumbering(['ppt/charts/chart10.xml', 'ppt/charts/chart9.xml', 'ppt/charts/_rels/chart9.xml.rels', 'ppt/embeddings/Microsoft_Excel_Worksheet9.xlsx']);
    if (!renumber) throw new Error('expected a renumbering');
    expect(renumber('ppt/charts/chart9.xml')).toBe('ppt/charts/chart1.xml');
    expect(renumber('ppt/charts/chart10.xml')).toBe('ppt/charts/chart2.xml');
    expect(renumber('ppt/charts/_rels/chart10.xml.rels')).toBe('ppt/charts/_rels/chart2.xml.rels');
    expect(renumber('ppt/embeddings/Microsoft_Excel_Worksheet9.xlsx')).toBe('ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx');
    expect(renumber('<Relationship Id="rId1" Target="/ppt/charts/chart10.xml"/><Override PartName="/ppt/charts/chart9.xml"/>')).toBe(
      '<Relationship Id="rId1" Target="/ppt/charts/chart2.xml"/><Override PartName="/ppt/charts/chart1.xml"/>',
    );
    expect(renumber('<Relationship Target="../embeddings/Microsoft_Excel_Worksheet10.xlsx"/>')).toBe('<Relationship Target="../embeddings/Microsoft_Excel_Worksheet2.xlsx"/>');
    // Slides and images keep their numbers.
    expect(renumber('ppt/slides/slide9.xml ../media/image-9-1.png')).toBe('ppt/slides/slide9.xml ../media/image-9-1.png');
  });

  it('edits the relationships and the content types, nothing else', () => {
    for (const part of ['ppt/slides/_rels/slide3.xml.rels', 'ppt/charts/_rels/chart5.xml.rels', '[Content_Types].xml']) expect(NAMES_CHART_PARTS.test(part), part).toBe(true);
    for (const part of ['ppt/slides/slide3.xml', 'ppt/charts/chart5.xml', 'ppt/_rels/presentation.xml.rels']) expect(NAMES_CHART_PARTS.test(part), part).toBe(false);
  });
});
