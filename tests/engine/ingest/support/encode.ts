/** Encoders Node lacks, for making test files in GB18030 and UTF-16 with a BOM. */
/**
 * GB18030 bytes for the sample's characters. Node decodes GB18030 but cannot encode it, so the two-byte table is
 * built here by decoding every two-byte code once.
 */
export function encodeGb18030(value: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else if (table.has(char)) bytes.push(...table.get(char)!);
    else throw new Error(`no GBK code for ${char}`);
  }
  return new Uint8Array(bytes);
}

export function utf16(value: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + value.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    bytes[2 + i * 2] = bigEndian ? code >> 8 : code & 0xff;
    bytes[3 + i * 2] = bigEndian ? code & 0xff : code >> 8;
  }
  return bytes;
}

