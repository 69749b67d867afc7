/** The Deck as the renderer receives it: image bytes become data URLs so the same value survives IPC and JSON. */
import { Buffer } from 'node:buffer';
import type { WireDeck, WireSlide, WireSlideElement } from '../contract.js';
import type { Deck, Slide, SlideElement } from '../engine/deck/model.js';

// Pack images (backgrounds, logos) are the same byte arrays in every plan: encode each once, not at every keystroke.
const dataUrls = new WeakMap<Uint8Array, string>();

function dataUrl(data: Uint8Array, mime: string): string {
  let url = dataUrls.get(data);
  if (url === undefined) {
    url = `data:${mime};base64,${Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64')}`;
    dataUrls.set(data, url);
  }
  return url;
}

export function toWireElement(element: SlideElement): WireSlideElement {
  if (element.type !== 'image') return element;
  const { data, ...rest } = element;
  return { ...rest, src: dataUrl(data, element.mime) };
}

export function toWireSlide(slide: Slide): WireSlide {
  return { ...slide, elements: slide.elements.map(toWireElement) };
}

export function toWireDeck(deck: Deck): WireDeck {
  return { ...deck, slides: deck.slides.map(toWireSlide) };
}
