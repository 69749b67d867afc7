import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../../main/engine/template-library/color-math.js';
import { isLargeText, packContrastWarnings } from '../../../main/engine/template-library/contrast-warnings.js';
import { applyPackEdit } from '../../../main/engine/template-library/pack-edit.js';
import { readManifest } from '../../../main/engine/template-library/manifest-json.js';
import { builtInFiles } from './support/packs.js';

describe('contrast ratio (WCAG 2.x)', () => {
  it('matches the definition at its ends and at known values', () => {
    expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('FFFFFF', '000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('1F4E99', '1F4E99')).toBe(1);
    expect(relativeLuminance('FFFFFF')).toBeCloseTo(1, 6);
    // #777777 on white is the classic "just fails AA" grey: 4.48:1. #767676 is the darkest that passes: 4.54:1.
    expect(contrastRatio('777777', 'FFFFFF')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('counts text as large from 18 pt, or 14 pt bold, at the smallest size it may shrink to', () => {
    expect(isLargeText({ size: 40, minSize: 26, bold: false })).toBe(true);
    expect(isLargeText({ size: 40, minSize: 12, bold: false })).toBe(false);
    expect(isLargeText({ size: 16, bold: true })).toBe(true);
    expect(isLargeText({ size: 16, bold: false })).toBe(false);
  });
});

describe('pack contrast warnings', () => {
  it('flag text that becomes unreadable, naming the field, the colours and the ratio', async () => {
    const files = await builtInFiles('gov-blue');
    const before = packContrastWarnings(readManifest(files, 'gov-blue'));
    expect(before.some((w) => w.where.startsWith('slides.content.title'))).toBe(false);
    const pale = applyPackEdit(files, { kind: 'color', name: 'primaryDark', value: 'DDE6F3' }, 'gov-blue');
    const after = packContrastWarnings(readManifest(pale, 'gov-blue'));
    const heading = after.find((w) => w.where === 'slides.content.title.style');
    expect(heading).toMatchObject({ foreground: 'DDE6F3', background: 'FFFFFF', required: 3 });
    expect(heading?.ratio).toBeLessThan(3);
    expect(heading?.message).toMatch(/^text DDE6F3 on content slides FFFFFF has contrast 1\.\d\d:1, below WCAG AA 3:1$/);
  });

  it('say so when the slide has a background image too', async () => {
    const files = await builtInFiles('gov-blue');
    const dark = applyPackEdit(files, { kind: 'color', name: 'onPrimary', value: '1F4E99' }, 'gov-blue');
    const warning = packContrastWarnings(readManifest(dark, 'gov-blue')).find((w) => w.where === 'slides.title.title.style');
    expect(warning?.message).toMatch(/background image, check it by eye/);
  });

  it('check the growth, decline and no-change colours of KPI tiles', async () => {
    const files = await builtInFiles('minimal');
    const faint = applyPackEdit(files, { kind: 'color', name: 'positive', value: 'FFD0D0' }, 'minimal');
    expect(packContrastWarnings(readManifest(faint, 'minimal')).map((w) => w.where)).toContain('kpi.change (positive)');
  });
});
