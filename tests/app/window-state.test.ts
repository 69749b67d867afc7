// Window size and position are remembered, and never restored off-screen.
import { writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../handlers/support/harness.js';

vi.mock('electron', () => ({}));
const { loadWindowState, saveWindowState, visibleBounds, windowStateFile } = await import('../../main/app/window-state.js');
const { reportFromArgv } = await import('../../main/app/file-args.js');

describe('window state', () => {
  it('round-trips through the user-data folder and ignores a damaged file', async () => {
    const dir = tempDir();
    expect(await loadWindowState(dir)).toBeNull();
    const state = { bounds: { x: 40, y: 30, width: 1280, height: 800 }, maximized: true };
    await saveWindowState(dir, state);
    expect(await loadWindowState(dir)).toEqual(state);
    writeFileSync(windowStateFile(dir), '{"bounds":');
    expect(await loadWindowState(dir)).toBeNull();
  });

  it('keeps bounds whose title bar is on a display, drops ones left on an unplugged monitor', () => {
    const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
    expect(visibleBounds({ x: 100, y: 100, width: 1200, height: 800 }, [laptop])).toEqual({ x: 100, y: 100, width: 1200, height: 800 });
    expect(visibleBounds({ x: 2200, y: 100, width: 1200, height: 800 }, [laptop])).toBeNull();
    expect(visibleBounds({ x: 1870, y: 100, width: 1200, height: 800 }, [laptop])).toBeNull(); // only 50 px showing
    expect(visibleBounds({ x: 2200, y: 100, width: 1200, height: 800 }, [laptop, { x: 1920, y: 0, width: 2560, height: 1400 }])).not.toBeNull();
  });
});

describe('report from the command line', () => {
  it('finds the first report argument, resolving it against the working folder', () => {
    expect(reportFromArgv(['/opt/Huibao/huibao', '--no-sandbox', 'docs/周报.docx'], '/home/u')).toBe('/home/u/docs/周报.docx');
    expect(reportFromArgv(['electron', '.', '/tmp/q3.txt'], '/repo')).toBe('/tmp/q3.txt');
    expect(reportFromArgv(['huibao', '/tmp/q3.docx.huibao.json'], '/')).toBe('/tmp/q3.docx');
    expect(reportFromArgv(['huibao', '--flag=x.txt', 'notes.exe'], '/')).toBeNull();
  });
});
