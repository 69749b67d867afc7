/**
 * The studio's keyboard shortcuts, as one pure table from a key press (and where the focus is) to a command:
 * Ctrl/⌘+O open, Ctrl/⌘+E export the deck (Shift+E the PDF summary, Shift+H the handout, as in the desktop app's
 * menu), Ctrl/⌘+Z / Ctrl+Y / ⌘+Shift+Z undo and redo the choices, ←/→ and
 * PageUp/PageDown (Home/End) change slide. Inside a text field the field keeps its own keys (its own undo, its caret); inside
 * the outline tree ←/→ open and close rows instead.
 */

export type ShortcutCommand = 'open' | 'export-deck' | 'export-summary' | 'export-handout' | 'undo' | 'redo' | 'previous-slide' | 'next-slide' | 'first-slide' | 'last-slide';

/** `text`: a text field; `tree`: the outline; `arrows`: a control that uses the arrow keys itself (radio group, select). */
export type FocusArea = 'text' | 'tree' | 'arrows' | 'other';

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

export function shortcutFor(press: KeyPress, area: FocusArea, isMac: boolean): ShortcutCommand | null {
  const primary = isMac ? press.metaKey : press.ctrlKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (primary && !press.altKey) {
    if (key === 'o' && !press.shiftKey) return 'open';
    if (key === 'e') return press.shiftKey ? 'export-summary' : 'export-deck';
    if (key === 'h' && press.shiftKey) return 'export-handout';
    if (area === 'text') return null;
    if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !press.shiftKey) return 'redo';
    return null;
  }
  if (press.ctrlKey || press.metaKey || press.altKey || area === 'text') return null;
  if (key === 'PageUp') return 'previous-slide';
  if (key === 'PageDown') return 'next-slide';
  if (area !== 'other' || press.shiftKey) return null;
  if (key === 'ArrowLeft') return 'previous-slide';
  if (key === 'ArrowRight') return 'next-slide';
  if (key === 'Home') return 'first-slide';
  if (key === 'End') return 'last-slide';
  return null;
}

export const isMacPlatform = (platform: string): boolean => /^(darwin|mac)/i.test(platform);
