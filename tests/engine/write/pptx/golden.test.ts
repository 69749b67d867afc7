import { describe, it } from 'vitest';
import { writePptx } from '../../../../main/engine/write/pptx/index.js';
import { bundledMetrics } from '../../../support/bundled-metrics.js';
import { expectGolden } from './golden.js';
import { readPackage } from './package-parts.js';
import { sampleDeck } from './sample-decks.js';

describe('writePptx golden files', () => {
  it('writes the hand-made sample deck part by part as before', async () => {
    const deck = sampleDeck(await bundledMetrics());
    expectGolden('sample-deck', await readPackage(await writePptx(deck)));
  });

  it('writes an English deck with its own faces and lang', async () => {
    const base = sampleDeck(await bundledMetrics());
    const deck = { ...base, lang: 'en-US' as const, fonts: { latin: 'Calibri', eastAsian: 'PingFang SC' }, slides: base.slides.slice(0, 1) };
    expectGolden('english-deck', await readPackage(await writePptx(deck)));
  });
});
