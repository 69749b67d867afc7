/**
 * Opening a file the page itself was given: the browser's file picker (under `huibao serve`, where there is no
 * native dialog) and files dropped onto the window. Dropped rows of the outline are not files and are left alone.
 */
import { supportedExtensions } from '../../../main/engine/input/formats.js';
import { h } from '../dom/h.js';
import { openFile } from '../transport/index.js';
import type { Studio } from './studio.js';

export const ACCEPT = supportedExtensions.map((extension) => `.${extension}`).join(',');

export function openPickedFile(studio: Studio, file: File): Promise<void> {
  return studio.openFile(file.name, (jobId) => openFile(file, jobId));
}

export interface FilePicker {
  readonly input: HTMLInputElement;
  pick(): void;
}

/** A hidden file input; `pick()` shows the picker. */
export function filePicker(studio: Studio): FilePicker {
  const input = h('input', { class: 'visually-hidden', attrs: { type: 'file', accept: ACCEPT, tabindex: -1, 'aria-hidden': 'true', id: 'file-input' } });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void openPickedFile(studio, file);
  });
  return { input, pick: () => input.click() };
}

/** Drag a file over the window: an overlay says it will open; drop it to open it. */
export function enableFileDrop(studio: Studio, target: HTMLElement): void {
  let depth = 0;
  const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
  target.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth += 1;
    studio.setDropActive(true);
  });
  target.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  target.addEventListener('dragleave', (event) => {
    if (!hasFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) studio.setDropActive(false);
  });
  target.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    studio.setDropActive(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    const [file] = files;
    if (files.length !== 1 || !file) return studio.notify('error', 'notice.oneFile');
    void openPickedFile(studio, file);
  });
}
