/** Contrast warnings name the part of the deck in words, whatever manifest field the handlers report. */
import { describe, expect, it } from 'vitest';
import { contrastPlace } from '../../../renderer/src/template-editor/contrast-place.js';
import { messages } from '../../../renderer/src/i18n/messages.js';

describe('contrastPlace', () => {
  it('names the part of the deck for each field family', () => {
    expect(contrastPlace('slides.title.meta.style')).toBe('editor.place.title');
    expect(contrastPlace('slides.content.footer.style')).toBe('editor.place.content');
    expect(contrastPlace('slides.overview.card.number')).toBe('editor.place.overview');
    expect(contrastPlace('slides.dashboard.strip.style')).toBe('editor.place.dashboard');
    expect(contrastPlace('kpi.change (neutral)')).toBe('editor.place.kpi');
    expect(contrastPlace('bullets.detail')).toBe('editor.place.bullets');
    expect(contrastPlace('chart.textColor')).toBe('editor.place.chart');
    expect(contrastPlace('slides.closing.headline.style')).toBe('editor.place.closing');
  });

  it('leaves fields it does not know unnamed, and every name it gives exists in both languages', () => {
    expect(contrastPlace('something.new')).toBeUndefined();
    for (const where of ['slides.title.x', 'kpi.value', 'chart.textColor']) {
      const key = contrastPlace(where);
      expect(key && messages.zh[key].length).toBeGreaterThan(0);
      expect(key && messages.en[key].length).toBeGreaterThan(0);
    }
  });
});
