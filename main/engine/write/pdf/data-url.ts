/**
 * Image bytes as a data URL, the one way images reach pdfmake: it never resolves a path or a URL for us (its local
 * and URL access are refused in render-pdf.ts). pdfmake runs only under Node, so Node's Buffer does the base64.
 */
export function dataUrl(mime: 'image/png' | 'image/jpeg', data: Uint8Array): string {
  return `data:${mime};base64,${Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64')}`;
}
