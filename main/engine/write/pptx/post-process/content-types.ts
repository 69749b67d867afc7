/**
 * [Content_Types].xml repairs: pptxgenjs declares slideMaster2..N for every slide although it writes one master
 * (#1444), and declares jpg as "image/jpg", which is not a registered type. Both make PowerPoint repair the deck.
 */

export function fixContentTypes(xml: string, partExists: (path: string) => boolean): string {
  return xml
    .replace(/<Override\s+PartName="\/([^"]+)"[^>]*\/>\s*/g, (override, path: string) => (partExists(path) ? override : ''))
    .replace(/ContentType="image\/jpg"/g, 'ContentType="image/jpeg"');
}
