/**
 * The centre of the studio: the current slide large, a strip of all slides below it, and the slide's speaker notes.
 * It draws only what the store holds — the last deck that planned — so a failed re-plan leaves the previous preview
 * on screen with a message and a retry button, and the spinner appears only when an update is slow.
 */
import type { WireDeck, WireSlide } from '../../../main/contract/wire.js';
import { h } from '../dom/h.js';
import { icon } from '../dom/icons.js';
import { renderInto } from '../dom/render-into.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { liveAttr, liveText } from '../app/live-text.js';
import type { Studio } from '../app/studio.js';
import { sameItems } from '../state/store.js';
import { updateKeyedList, type KeyedItem } from '../dom/keyed-list.js';
import { slideCache, slideKey } from './slide-cache.js';
import { slideTitle } from './slide-title.js';

const THUMB_WIDTH = 152;

export function previewView(studio: Studio): HTMLElement {
  const { store } = studio;
  const drawLarge = slideCache(8);
  const drawThumb = slideCache();
  const counter = h('span', { class: 'stage-counter', attrs: { 'aria-live': 'polite' } });
  const previous = h('button', { class: 'icon-button', attrs: { type: 'button' }, on: { click: () => studio.moveSlide(-1) } }, icon('left'));
  const next = h('button', { class: 'icon-button', attrs: { type: 'button' }, on: { click: () => studio.moveSlide(1) } }, icon('right'));
  liveAttr(store, previous, 'aria-label', 'preview.previous');
  liveAttr(store, next, 'aria-label', 'preview.next');
  const busy = h('span', { class: 'stage-busy', attrs: { role: 'status' } });
  const problem = h('div', { class: 'stage-problem', attrs: { role: 'alert' } });
  const view = h('div', { class: 'stage-view', attrs: { role: 'group', 'aria-roledescription': 'slide' } });
  const strip = h('ol', { class: 'strip' });
  liveAttr(store, strip, 'aria-label', 'preview.strip');
  const notes = h('div', { class: 'stage-notes-text' });
  const warnings = h('div', { class: 'stage-warnings' });

  const root = h(
    'section',
    { class: 'stage', attrs: { 'aria-labelledby': 'stage-title' } },
    h('header', { class: 'stage-bar' }, h('h2', { class: 'visually-hidden', attrs: { id: 'stage-title' } }, liveText(store, 'preview.label')), previous, counter, next, busy),
    problem,
    view,
    h('div', { class: 'strip-scroll' }, strip),
    h('section', { class: 'stage-notes', attrs: { 'aria-labelledby': 'notes-title' } }, h('h3', { attrs: { id: 'notes-title' } }, liveText(store, 'preview.notes')), notes, warnings),
  );

  let viewport = { w: 0, h: 0 };
  new ResizeObserver(([entry]) => {
    if (!entry) return;
    const { width, height } = entry.contentRect;
    if (Math.abs(width - viewport.w) < 1 && Math.abs(height - viewport.h) < 1) return;
    viewport = { w: width, h: height };
    drawCurrent();
  }).observe(view);

  function drawCurrent(): void {
    const { deck, slideIndex } = store.get().preview;
    const slide = deck?.slides[slideIndex];
    view.dataset['slideCount'] = String(deck?.slides.length ?? 0);
    view.dataset['templateId'] = deck?.templateId ?? '';
    if (!deck || !slide) {
      view.removeAttribute('aria-label');
      return renderInto(view, deck ? h('p', { class: 'stage-empty', text: t('preview.noSlides') }) : null);
    }
    const width = Math.max(160, Math.floor(Math.min(viewport.w, (viewport.h * deck.size.w) / deck.size.h)));
    view.setAttribute('aria-label', `${t('preview.slideOf', { index: slideIndex + 1, count: deck.slides.length })}: ${slideTitle(slide) || t(kindKey(slide))}`);
    view.dataset['slideId'] = slide.id;
    const key = slideKey(slide, deck, width);
    // The same drawing already on screen stays untouched (no re-layout of its text).
    if (view.firstElementChild instanceof HTMLElement && view.firstElementChild.dataset['key'] === key) return;
    const drawing = drawLarge.draw(key, slide, deck, width);
    drawing.dataset['key'] = key;
    renderInto(view, drawing);
  }

  store.watch((s) => [s.preview.deck, s.preview.slideIndex, s.locale] as const, drawCurrent, sameItems);

  let shownIndex = -1;
  store.watch(
    (s) => [s.preview.deck, s.preview.slideIndex, s.locale] as const,
    () => {
      const { deck, slideIndex } = store.get().preview;
      const count = deck?.slides.length ?? 0;
      const slide = deck?.slides[slideIndex];
      counter.textContent = count > 0 && slide ? `${t('preview.slideOf', { index: slideIndex + 1, count })} · ${t(kindKey(slide))}` : '';
      previous.disabled = slideIndex <= 0;
      next.disabled = slideIndex >= count - 1;
      // A keyboard user on the strip stays on it: the focus follows the current slide.
      const hadFocus = strip.contains(document.activeElement);
      updateKeyedList(strip, deck ? deck.slides.map((s, i) => thumbItem(deck, s, i, i === slideIndex)) : []);
      const current = strip.querySelector<HTMLElement>('[aria-current="true"]');
      if (hadFocus) current?.focus({ preventScroll: true });
      if (slideIndex !== shownIndex && current) {
        shownIndex = slideIndex;
        // After the frame is laid out anyway: asking for it now would force an extra layout of every drawing.
        requestAnimationFrame(() => current.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
      }
      notes.textContent = slide?.notes.trim() ? slide.notes : t('preview.noNotes');
      notes.classList.toggle('is-empty', !slide?.notes.trim());
    },
    sameItems,
  );

  strip.addEventListener('click', (event) => {
    const index = (event.target as HTMLElement).closest<HTMLElement>('.thumb')?.dataset['index'];
    if (index !== undefined) studio.setSlide(Number(index));
  });

  store.watch(
    (s) => [s.preview.warnings, s.locale] as const,
    ([list]) => {
      renderInto(
        warnings,
        list.length > 0 ? h('details', {}, h('summary', { text: t('preview.warnings', { count: list.length }) }), h('ul', {}, list.map((warning) => h('li', { text: warning })))) : null,
      );
    },
    sameItems,
  );

  store.watch(
    (s) => [s.preview.status, s.preview.error, s.locale] as const,
    ([status, error]) => {
      root.dataset['state'] = error ? 'error' : status;
      renderInto(busy, status === 'slow' ? [h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }), t('preview.updating')] : null);
      renderInto(
        problem,
        error
          ? [
              icon('alert'),
              h('span', { class: 'stage-problem-text' }, h('strong', { text: t('preview.failed') }), ' ', error),
              h('button', { class: 'button small', text: t('preview.retry'), attrs: { type: 'button', 'data-focus-key': 'preview-retry' }, on: { click: () => studio.retryPreview() } }),
            ]
          : null,
      );
      problem.hidden = !error;
    },
    sameItems,
  );

  // Read by the end-to-end run, which logs how long each change took to reach the screen.
  store.watch(
    (s) => s.preview.timed,
    () => {
      const { latencyMs, backendMs, timed } = store.get().preview;
      if (latencyMs !== null) root.dataset['latencyMs'] = String(latencyMs);
      if (backendMs !== null) root.dataset['backendMs'] = String(backendMs);
      root.dataset['timed'] = String(timed);
    },
  );

  function thumbItem(deck: WireDeck, slide: WireSlide, index: number, current: boolean): KeyedItem {
    const key = slideKey(slide, deck, THUMB_WIDTH);
    return {
      key,
      create: () =>
        h(
          'li',
          {},
          h(
            'button',
            { class: 'thumb', attrs: { type: 'button', 'data-slide-id': slide.id } },
            h('span', { class: 'thumb-number', attrs: { 'aria-hidden': 'true' } }),
            drawThumb.draw(key, slide, deck, THUMB_WIDTH),
          ),
        ),
      update: (item) => {
        const button = item.firstElementChild as HTMLButtonElement;
        const label = t('preview.thumb', { index: index + 1, title: slideTitle(slide) || t(kindKey(slide)) });
        button.dataset['index'] = String(index);
        button.setAttribute('aria-label', label);
        button.title = label;
        button.tabIndex = current ? 0 : -1;
        button.classList.toggle('is-current', current);
        if (current) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
        (button.firstElementChild as HTMLElement).textContent = String(index + 1);
      },
    };
  }
  return root;
}

function kindKey(slide: WireSlide): MessageKey {
  return `preview.kind.${slide.kind}`;
}
