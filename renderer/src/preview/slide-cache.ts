/**
 * Re-planning returns the whole deck, but usually only one or two slides change. Each slide gets a key from its
 * content (a hash of its JSON), so unchanged slides keep their drawings and their place in the page.
 */
import type { WireSlide } from '../../../main/contract/wire.js';
import { drawScaledSlide, type SlideFrame } from './draw-slide.js';

/** FNV-1a, 32 bits: enough to tell a changed slide from an unchanged one within one deck. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Changes whenever anything drawn on the slide, or how it is drawn, changes. */
export function slideKey(slide: WireSlide, frame: SlideFrame, widthPx: number): string {
  return `${slide.id}#${hashText(`${Math.round(widthPx)}|${frame.size.w}x${frame.size.h}|${frame.fonts.eastAsian}|${frame.fonts.latin}|${JSON.stringify(slide)}`)}`;
}

export interface SlideCache {
  /** The drawing for a key from slideKey, drawn now if it is not kept. */
  draw(key: string, slide: WireSlide, frame: SlideFrame, widthPx: number): HTMLElement;
}

export function slideCache(limit = 120): SlideCache {
  let cache = new Map<string, HTMLElement>();
  return {
    draw(key, slide, frame, widthPx) {
      const hit = cache.get(key);
      if (hit) {
        // Most recently used goes last, so the oldest drawings are the ones dropped.
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const drawn = drawScaledSlide(slide, frame, widthPx);
      cache.set(key, drawn);
      if (cache.size > limit) cache = new Map([...cache].slice(cache.size - limit));
      return drawn;
    },
  };
}
