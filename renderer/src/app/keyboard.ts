/** The window-wide shortcuts (app/shortcuts.ts decides; this runs them). */
import type { Studio } from './studio.js';
import { focusArea } from './focus-area.js';
import { isMacPlatform, shortcutFor } from './shortcuts.js';

export function enableShortcuts(studio: Studio): void {
  window.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    if (document.querySelector('dialog[open]')) return;
    const info = studio.store.get().info;
    const command = shortcutFor(event, focusArea(event.target), isMacPlatform(info?.platform ?? navigator.platform));
    if (!command) return;
    event.preventDefault();
    const count = studio.store.get().preview.deck?.slides.length ?? 0;
    switch (command) {
      case 'open':
        return studio.requestOpen();
      case 'export-deck':
        return void studio.exportFile('pptx');
      case 'export-summary':
        return void studio.exportFile('summary-pdf');
      case 'export-handout':
        return void studio.exportFile('handout-pdf');
      case 'undo':
        return studio.undo();
      case 'redo':
        return studio.redo();
      case 'previous-slide':
        return studio.moveSlide(-1);
      case 'next-slide':
        return studio.moveSlide(1);
      case 'first-slide':
        return studio.setSlide(0);
      case 'last-slide':
        return studio.setSlide(count - 1);
    }
  });
}
