/**
 * Whether two byte arrays hold the same bytes. The writers store a picture once however many slides show it, and a
 * pack reads the same file into separate arrays (another pack's title and closing backgrounds): compare contents.
 */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
