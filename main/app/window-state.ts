/**
 * Remembering where the window was: bounds and maximized state in user-data `window-state.json`, restored only
 * where they still fit a connected display (a monitor unplugged since must not leave the window off-screen).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../cli/node-ports.js';

const WindowStateSchema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const windowStateFile = (userDataDir: string): string => path.join(userDataDir, 'window-state.json');

export async function loadWindowState(userDataDir: string): Promise<WindowState | null> {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(await fs.readFile(windowStateFile(userDataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveWindowState(userDataDir: string, state: WindowState): Promise<void> {
  return writeFileAtomic(windowStateFile(userDataDir), JSON.stringify(state, null, 2) + '\n');
}

/** The saved bounds if at least a 100×50 piece of the title area lies on some display's work area; else none. */
export function visibleBounds(saved: Rect, workAreas: readonly Rect[]): Rect | null {
  const grip = { x: saved.x, y: saved.y, width: saved.width, height: 50 };
  const fits = workAreas.some((area) => overlap(grip.x, grip.width, area.x, area.width) >= 100 && overlap(grip.y, grip.height, area.y, area.height) >= 50);
  return fits ? saved : null;
}

function overlap(a: number, aSize: number, b: number, bSize: number): number {
  return Math.max(0, Math.min(a + aSize, b + bSize) - Math.max(a, b));
}
