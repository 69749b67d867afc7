/**
 * What the user chooses for the open report — the undoable part of the studio, sent to the backend's
 * `updateDocument` (which autosaves it) after every change.
 */
import type { Selection } from '../../../main/engine/selection/schema.js';

export interface Choices {
  readonly templateId: string;
  readonly selection: Selection;
}

/** Structural equality: choices are small JSON values, and an edit that changes nothing must not be an undo step. */
export function sameChoices(a: Choices, b: Choices): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
