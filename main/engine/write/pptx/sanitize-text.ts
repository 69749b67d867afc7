/**
 * Text that is safe inside an XML part. pptxgenjs writes strings verbatim, and a single C0 control character
 * (common in text pasted from Word or decoded from old files) makes the slide XML unreadable: PowerPoint then
 * "repairs" the deck by dropping the slide.
 */

/**
 * C0 controls except tab/LF/CR (forbidden by XML 1.0), DEL and C1 controls (allowed but never meaningful in report
 * text: they are mis-decoded bytes), U+FFFE/U+FFFF, and lone surrogates (not encodable as UTF-8).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafeText(text: string): string {
  return text.replace(UNSAFE, '');
}

/** A run sits on one line: line breaks inside it (a planner slip) become spaces rather than hidden breaks. */
export function xmlSafeRunText(text: string): string {
  return xmlSafeText(text).replace(/\r\n|[\n\r\u2028\u2029]/g, ' ');
}
