/**
 * Text that remembers, for every character, where it came from in the decoded source. Clean-up joins lines and drops
 * clutter; numbers found afterwards still point back into the source (`sourceText.slice(start, end)` contains `raw`).
 *
 * Most text is one unbroken piece of the source; it is stored as a start offset alone, and only text made of pieces
 * (joined lines, dropped characters) keeps an offset per character. That keeps a 50 KB import light on memory.
 */

/** Offset used for characters we inserted ourselves (a space joining two English lines, a table cell separator). */
export const SYNTHETIC = -1;

export class MappedText {
  private constructor(
    readonly text: string,
    /** offsets[i] is the source offset of text[i] (or SYNTHETIC); null when text[i] sits at base + i. */
    private readonly offsets: Int32Array | null,
    private readonly base: number,
  ) {}

  static fromSource(source: string, start = 0, end = source.length): MappedText {
    return new MappedText(source.slice(start, end), null, start);
  }

  static synthetic(text: string): MappedText {
    return new MappedText(text, new Int32Array(text.length).fill(SYNTHETIC), 0);
  }

  static concat(parts: readonly MappedText[]): MappedText {
    const nonEmpty = parts.filter((part) => part.length > 0);
    if (nonEmpty.length === 1) return nonEmpty[0]!;
    const total = nonEmpty.reduce((n, part) => n + part.length, 0);
    const offsets = new Int32Array(total);
    let at = 0;
    for (const part of nonEmpty) {
      part.copyOffsets(offsets, at);
      at += part.length;
    }
    return new MappedText(nonEmpty.map((part) => part.text).join(''), offsets, 0);
  }

  get length(): number {
    return this.text.length;
  }

  /** Source offset of the character at `index`, or SYNTHETIC. */
  offsetAt(index: number): number {
    if (index < 0 || index >= this.text.length) return SYNTHETIC;
    return this.offsets ? this.offsets[index]! : this.base + index;
  }

  slice(start: number, end = this.length): MappedText {
    const from = clamp(start, 0, this.length);
    const to = clamp(end, from, this.length);
    if (from === 0 && to === this.length) return this;
    return new MappedText(this.text.slice(from, to), this.offsets ? this.offsets.subarray(from, to) : null, this.base + from);
  }

  trim(): MappedText {
    let start = 0;
    let end = this.length;
    while (start < end && isTrimmable(this.text.charCodeAt(start))) start++;
    while (end > start && isTrimmable(this.text.charCodeAt(end - 1))) end--;
    return this.slice(start, end);
  }

  /** Replace characters one for one (normalization that keeps every offset). */
  mapChars(map: (char: string) => string): MappedText {
    let changed = false;
    let out = '';
    for (const char of this.text) {
      const next = map(char);
      if (next.length !== char.length) throw new Error('mapChars must keep lengths');
      if (next !== char) changed = true;
      out += next;
    }
    return changed ? new MappedText(out, this.offsets, this.base) : this;
  }

  /** Drop the characters `keep` rejects (zero-width marks, control characters), keeping the others' offsets. */
  filter(keep: (code: number, index: number) => boolean): MappedText {
    const kept: number[] = [];
    for (let i = 0; i < this.length; i++) if (keep(this.text.charCodeAt(i), i)) kept.push(i);
    if (kept.length === this.length) return this;
    const offsets = new Int32Array(kept.length);
    let out = '';
    kept.forEach((i, at) => {
      out += this.text[i];
      offsets[at] = this.offsetAt(i);
    });
    return new MappedText(out, offsets, 0);
  }

  /**
   * The source span of text[start, end) when those characters sit side by side in the source, else undefined
   * (they straddle a joined line break or include inserted characters).
   */
  contiguousSpan(start: number, end: number): { start: number; end: number } | undefined {
    if (end <= start || start < 0 || end > this.length) return undefined;
    const first = this.offsetAt(start);
    if (first === SYNTHETIC) return undefined;
    if (this.offsets) for (let i = start + 1; i < end; i++) if (this.offsets[i] !== first + (i - start)) return undefined;
    return { start: first, end: first + (end - start) };
  }

  /** The first real source offset at or after `index` (for line numbers in explanations). */
  firstSourceOffset(index = 0): number | undefined {
    for (let i = index; i < this.length; i++) {
      const offset = this.offsetAt(i);
      if (offset !== SYNTHETIC) return offset;
    }
    return undefined;
  }

  private copyOffsets(target: Int32Array, at: number): void {
    if (this.offsets) target.set(this.offsets, at);
    else for (let i = 0; i < this.length; i++) target[at + i] = this.base + i;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Spaces of every width, as found in Chinese web text (ideographic space, no-break space). */
export function isTrimmable(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0b || code === 0x0c || code === 0x0d || code === 0x0a || (code >= 0x2000 && code <= 0x200b) || code === 0xfeff;
}
