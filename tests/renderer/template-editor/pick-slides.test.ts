/** Which slides the template editor previews: one of each kind the pack styles, the closing slide always kept. */
import { describe, expect, it } from 'vitest';
import type { WireSlide } from '../../../main/contract.js';
import { previewSlides } from '../../../renderer/src/template-editor/pick-slides.js';

const slide = (kind: WireSlide['kind'], id: string = kind): WireSlide => ({ kind, id, background: 'FFFFFF', elements: [], notes: '' }) as unknown as WireSlide;

describe('previewSlides', () => {
  it('takes the first slide of each kind in a fixed order', () => {
    const deck = [slide('title'), slide('overview'), slide('pillar', 'p1'), slide('pillar', 'p2'), slide('closing')];
    expect(previewSlides(deck).map((s) => s.id)).toEqual(['title', 'p1', 'overview', 'closing']);
  });

  it('keeps the closing slide when the cap would cut it', () => {
    const deck = [slide('title'), slide('overview'), slide('pillar'), slide('section'), slide('dashboard'), slide('closing')];
    const picked = previewSlides(deck).map((s) => s.kind);
    expect(picked).toHaveLength(4);
    expect(picked[0]).toBe('title');
    expect(picked.at(-1)).toBe('closing');
  });

  it('falls back to the first slides when no kind it knows is there, and copes with an empty deck', () => {
    const deck = [slide('outlook', 'o1'), slide('outlook', 'o2')];
    expect(previewSlides(deck).map((s) => s.id)).toEqual(['o1', 'o2']);
    expect(previewSlides([])).toEqual([]);
  });
});
