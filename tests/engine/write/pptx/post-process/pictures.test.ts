import { beforeAll, describe, expect, it } from 'vitest';
import type { FontMetrics } from '../../../../../main/engine/layout/font-metrics.js';
import { writePptx } from '../../../../../main/engine/write/pptx/index.js';
import { bundledMetrics } from '../../../../support/bundled-metrics.js';
import { readPackage } from '../package-parts.js';
import { fieldJpeg, gradientPng, imageSlide, sampleDeck } from '../sample-decks.js';

let metrics: FontMetrics;
beforeAll(async () => {
  metrics = await bundledMetrics();
});

const mediaTargets = (rels: string): string[] => [...rels.matchAll(/Target="(\.\.\/media\/[^"]+)"/g)].map((match) => match[1] ?? '');

describe('pictures in the written deck', () => {
  it('carries the real bytes of every picture, each in a part of its own type', async () => {
    const pptx = await readPackage(await writePptx(sampleDeck(metrics, [imageSlide(metrics)])));
    const targets = mediaTargets(pptx.text('ppt/slides/_rels/slide1.xml.rels'));
    expect(targets).toHaveLength(2);
    const bytes = await Promise.all(targets.map((target) => pptx.bytes(`ppt/${target.slice(3)}`)));
    expect(bytes.map((data) => Buffer.from(data))).toEqual([Buffer.from(fieldJpeg()), Buffer.from(gradientPng(240, 160))]);
    expect(targets[0]).toMatch(/\.jpe?g$/);
    expect(targets[1]).toMatch(/\.png$/);
  });

  it('stores an image shown on several slides once, however it was read (the same bytes in other arrays)', async () => {
    const pptx = await readPackage(await writePptx(sampleDeck(metrics, [imageSlide(metrics), imageSlide(metrics), imageSlide(metrics)])));
    const perSlide = [1, 2, 3].map((n) => mediaTargets(pptx.text(`ppt/slides/_rels/slide${n}.xml.rels`)));
    expect(perSlide[1]).toEqual(perSlide[0]);
    expect(perSlide[2]).toEqual(perSlide[0]);
    expect(pptx.matching(/^ppt\/media\//)).toEqual(perSlide[0]?.map((target) => `ppt/${target.slice(3)}`).sort());
    // Every part the content types name exists, and no relationship points at a dropped copy.
    for (const override of pptx.text('[Content_Types].xml').matchAll(/PartName="\/([^"]+)"/g)) expect(pptx.names).toContain(override[1]);
  });
});
