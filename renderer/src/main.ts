/**
 * The studio's entry point: pick the UI language, wire the typed api into the studio, draw the window, start.
 * Any error that escapes becomes a notice in the window — never a blank page.
 */
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/outline.css';
import './styles/preview.css';
import './styles/side-panel.css';
import { enableShortcuts } from './app/keyboard.js';
import { filePicker } from './app/file-picker.js';
import { studioLayout } from './app/layout.js';
import { createStudio } from './app/studio.js';
import { localeFrom, parseStoredLocale } from './i18n/i18n.js';
import { registerBundledFonts } from './preview/font-face.js';
import { api, onEvent } from './transport/index.js';

const LOCALE_KEY = 'huibao-locale';

function storedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_KEY);
  } catch {
    return null;
  }
}

function boot(): void {
  const chosen = parseStoredLocale(storedLocale());
  let pick: () => void = () => undefined;
  const studio = createStudio({
    api,
    onEvent,
    locale: chosen ?? localeFrom(navigator.languages.length > 0 ? navigator.languages : [navigator.language]),
    saveLocale: (locale) => {
      try {
        localStorage.setItem(LOCALE_KEY, locale);
      } catch {
        // Private windows may refuse storage: the choice then lasts for this session only.
      }
    },
    afterPaint: (callback) => requestAnimationFrame(() => callback()),
    pickFile: () => pick(),
  });
  const picker = filePicker(studio);
  pick = picker.pick;
  registerBundledFonts();
  const app = document.getElementById('app') ?? document.body;
  app.classList.remove('boot');
  app.replaceChildren(studioLayout(studio, picker));
  enableShortcuts(studio);
  window.addEventListener('error', (event) => studio.notifyError('notice.unexpected', event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => studio.notifyError('notice.unexpected', event.reason));
  void studio.start({ localeChosen: chosen !== null });
}

/** If the window cannot even be drawn, say so in both languages instead of leaving the start-up line. */
function bootFailed(error: unknown): void {
  const app = document.getElementById('app') ?? document.body;
  app.classList.add('boot');
  const message = document.createElement('p');
  message.className = 'boot-message';
  message.textContent = `汇报无法启动 · Huibao could not start: ${error instanceof Error ? error.message : String(error)}`;
  app.replaceChildren(message);
}

try {
  boot();
} catch (error) {
  bootFailed(error);
}
