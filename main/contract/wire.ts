/**
 * Shapes that cross the process boundary as plain JSON (IPC structured clone and HTTP alike): the Deck with its
 * images as data URLs, and errors as `{ message, file?, hint? }` — never a stack, never an Error instance.
 */
import type { Deck, ImageElement, Slide, SlideElement } from '../engine/deck/model.js';

/** An image as the renderer draws it: the bytes become a `data:` URL, which the CSP allows for img-src. */
export type WireImageElement = Omit<ImageElement, 'data'> & { readonly src: string };
export type WireSlideElement = Exclude<SlideElement, ImageElement> | WireImageElement;
export type WireSlide = Omit<Slide, 'elements'> & { readonly elements: readonly WireSlideElement[] };
export type WireDeck = Omit<Deck, 'slides'> & { readonly slides: readonly WireSlide[] };

export interface WireProblem {
  readonly where?: string;
  readonly message: string;
}

/**
 * `input`: the user's file or choice is wrong and they can act on it (message, file, hint say how).
 * `internal`: a bug in Huibao; the message is shown with a request to report it, the stack stays in the log.
 */
export interface WireError {
  readonly kind: 'input' | 'internal';
  readonly message: string;
  readonly file?: string;
  readonly hint?: string;
  readonly problems?: readonly WireProblem[];
}

/** Every handler answer is wrapped, so an error arrives intact instead of as Electron's "Error invoking remote method". */
export type Reply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: WireError };
