/** Keys in the outline tree, following the WAI-ARIA tree pattern. */
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../renderer/src/outline/outline-model.js';
import { treeAction, type TreeKey } from '../../../renderer/src/outline/tree-keys.js';
import { sampleReport, selectionOf } from '../support/sample.js';

const key = (name: string, mods: Partial<TreeKey> = {}): TreeKey => ({ key: name, altKey: false, ctrlKey: false, metaKey: false, ...mods });
const rows = buildOutline(sampleReport, selectionOf(), new Set(['p1', 'p1-s1']));

describe('tree keys', () => {
  it('moves up and down through visible rows and stops at the ends', () => {
    expect(treeAction(key('ArrowDown'), rows, 'p1')).toEqual({ type: 'focus', id: 'p1-s1' });
    expect(treeAction(key('ArrowDown'), rows, 'p1-s1')).toEqual({ type: 'focus', id: 'p1-s1-m1' });
    expect(treeAction(key('ArrowUp'), rows, 'p1')).toBeNull();
    expect(treeAction(key('End'), rows, 'p1')).toEqual({ type: 'focus', id: 'p6' });
    expect(treeAction(key('Home'), rows, 'p3')).toEqual({ type: 'focus', id: 'p1' });
  });

  it('opens and closes with → and ←, then goes to child or parent', () => {
    expect(treeAction(key('ArrowRight'), rows, 'p2')).toEqual({ type: 'expand', id: 'p2', expanded: true });
    expect(treeAction(key('ArrowRight'), rows, 'p1')).toEqual({ type: 'focus', id: 'p1-s1' });
    expect(treeAction(key('ArrowLeft'), rows, 'p1')).toEqual({ type: 'expand', id: 'p1', expanded: false });
    expect(treeAction(key('ArrowLeft'), rows, 'p1-s1-m2')).toEqual({ type: 'focus', id: 'p1-s1' });
    expect(treeAction(key('ArrowRight'), rows, 'p1-s1-m2')).toBeNull();
  });

  it('ticks with Space and opens a number with Enter', () => {
    expect(treeAction(key(' '), rows, 'p3')).toEqual({ type: 'toggle', id: 'p3' });
    expect(treeAction(key('Enter'), rows, 'p1-s1-m1')).toEqual({ type: 'activate', id: 'p1-s1-m1' });
    expect(treeAction(key('Enter'), rows, 'p2')).toEqual({ type: 'expand', id: 'p2', expanded: true });
  });

  it('reorders among siblings with Alt+↑/↓, not past the ends', () => {
    expect(treeAction(key('ArrowUp', { altKey: true }), rows, 'p2')).toEqual({ type: 'move', id: 'p2', delta: -1 });
    expect(treeAction(key('ArrowUp', { altKey: true }), rows, 'p1')).toBeNull();
    expect(treeAction(key('ArrowDown', { altKey: true }), rows, 'p6')).toBeNull();
    expect(treeAction(key('ArrowDown', { altKey: true }), rows, 'p1-s1-m1')).toEqual({ type: 'move', id: 'p1-s1-m1', delta: 1 });
  });

  it('leaves Ctrl/⌘ combinations to the window', () => {
    expect(treeAction(key('z', { ctrlKey: true }), rows, 'p1')).toBeNull();
    expect(treeAction(key('ArrowDown', { metaKey: true }), rows, 'p1')).toBeNull();
  });
});
