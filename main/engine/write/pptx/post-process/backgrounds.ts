/** A solid slide background needs <a:effectLst/> after its fill (schema-required; pptxgenjs #1442 omits it). */

const BACKGROUND_PROPERTIES = /<p:bgPr>([\s\S]*?)<\/p:bgPr>/g;

export function completeBackgrounds(xml: string): string {
  return xml.replace(BACKGROUND_PROPERTIES, (properties, inner: string) => {
    if (/<a:effect(?:Lst|Dag)\b/.test(inner)) return properties;
    const ext = inner.search(/<a:extLst\b/);
    return ext < 0 ? `<p:bgPr>${inner}<a:effectLst/></p:bgPr>` : `<p:bgPr>${inner.slice(0, ext)}<a:effectLst/>${inner.slice(ext)}</p:bgPr>`;
  });
}
