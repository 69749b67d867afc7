/**
 * Page furniture (running headers, footers) must stay on one line: pdfmake drops a header that outgrows its margin,
 * and a footer's title would run into the page number. Long text is cut with "…".
 */
export function oneLine(text: string, maxChars: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= maxChars ? chars.join('') : `${chars.slice(0, maxChars - 1).join('')}…`;
}
