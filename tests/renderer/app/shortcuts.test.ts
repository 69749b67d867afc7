/** The shortcut table: which key does what, and where the focus keeps its own keys. */
import { describe, expect, it } from 'vitest';
import { isMacPlatform, shortcutFor, type KeyPress } from '../../../renderer/src/app/shortcuts.js';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('shortcuts', () => {
  it('maps Ctrl on Windows/Linux and ⌘ on macOS', () => {
    expect(shortcutFor(press('o', { ctrlKey: true }), 'other', false)).toBe('open');
    expect(shortcutFor(press('O', { ctrlKey: true }), 'other', false)).toBe('open');
    expect(shortcutFor(press('o', { metaKey: true }), 'other', true)).toBe('open');
    expect(shortcutFor(press('o', { metaKey: true }), 'other', false)).toBeNull();
    expect(shortcutFor(press('e', { ctrlKey: true }), 'tree', false)).toBe('export-deck');
    expect(shortcutFor(press('E', { ctrlKey: true, shiftKey: true }), 'other', false)).toBe('export-summary');
    expect(shortcutFor(press('H', { metaKey: true, shiftKey: true }), 'other', true)).toBe('export-handout');
    expect(shortcutFor(press('h', { ctrlKey: true }), 'other', false)).toBeNull();
  });

  it('undoes and redoes outside text fields only', () => {
    expect(shortcutFor(press('z', { ctrlKey: true }), 'tree', false)).toBe('undo');
    expect(shortcutFor(press('y', { ctrlKey: true }), 'other', false)).toBe('redo');
    expect(shortcutFor(press('Z', { metaKey: true, shiftKey: true }), 'other', true)).toBe('redo');
    expect(shortcutFor(press('z', { ctrlKey: true }), 'text', false)).toBeNull();
    expect(shortcutFor(press('o', { ctrlKey: true }), 'text', false)).toBe('open');
  });

  it('changes slide with ←/→ except where arrows have their own job', () => {
    expect(shortcutFor(press('ArrowRight'), 'other', false)).toBe('next-slide');
    expect(shortcutFor(press('ArrowLeft'), 'other', false)).toBe('previous-slide');
    expect(shortcutFor(press('ArrowRight'), 'tree', false)).toBeNull();
    expect(shortcutFor(press('ArrowRight'), 'arrows', false)).toBeNull();
    expect(shortcutFor(press('ArrowRight'), 'text', false)).toBeNull();
    expect(shortcutFor(press('ArrowRight', { altKey: true }), 'other', false)).toBeNull();
  });

  it('changes slide with PageUp/PageDown also from the tree', () => {
    expect(shortcutFor(press('PageDown'), 'tree', false)).toBe('next-slide');
    expect(shortcutFor(press('PageUp'), 'other', false)).toBe('previous-slide');
    expect(shortcutFor(press('Home'), 'other', false)).toBe('first-slide');
    expect(shortcutFor(press('End'), 'tree', false)).toBeNull();
  });

  it('recognises macOS platform names', () => {
    expect(isMacPlatform('darwin')).toBe(true);
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('win32')).toBe(false);
  });
});
