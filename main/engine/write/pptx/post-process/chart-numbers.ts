/**
 * pptxgenjs numbers charts (ppt/charts/chartN.xml, its rels, its embedded workbook) with a counter that lives as
 * long as the process: the second deck the app or `huibao serve` exports has chart5, chart6… Part names are free in
 * OPC, so that is valid, but the same Deck would not give the same bytes. Each deck's charts are renumbered from 1,
 * in the order pptxgenjs made them.
 */

const CHART_PART = /^ppt\/charts\/chart(\d+)\.xml$/;
/** A chart's number wherever a part name or a relationship target carries it. */
const NUMBERED = /(charts\/(?:_rels\/)?chart|embeddings\/Microsoft_Excel_Worksheet)(\d+)(?=\.xml|\.xlsx)/g;

/** Parts whose text names chart parts: relationships and the content types. */
export const NAMES_CHART_PARTS = /^(ppt\/(slides|charts)\/_rels\/[^/]+\.rels|\[Content_Types\]\.xml)$/;

/** Renames chart numbers in a part name or a part's text; undefined when the charts already count from 1. */
export function chartRenumbering(partNames: readonly string[]): ((text: string) => string) | undefined {
  const numbers = partNames
    .map((name) => CHART_PART.exec(name)?.[1])
    .filter((number): number is string => number !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  if (numbers.every((number, index) => number === index + 1)) return undefined;
  const renumbered = new Map(numbers.map((number, index) => [number, index + 1]));
  return (text) => text.replace(NUMBERED, (whole, stem: string, number: string) => `${stem}${renumbered.get(Number(number)) ?? number}`);
}
