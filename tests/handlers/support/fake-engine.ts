/**
 * A small EngineServices for handler tests: it plans a real Deck from the report and selection (title slide, one
 * slide per included pillar in the chosen order, a 1×1 PNG on the title), so tests can see choices take effect
 * without depending on the planner's layout.
 */
import type { EngineServices, TemplateSummary } from '../../../main/handlers/engine-services.js';
import type { Deck, Slide } from '../../../main/engine/deck/model.js';
import type { Report } from '../../../main/engine/report/schema.js';
import type { Selection } from '../../../main/engine/selection/schema.js';

export const PNG_1x1 = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

export const fakeTemplates: TemplateSummary[] = [
  { id: 'gov-red', name: { zh: '政务红', en: 'Government Red' }, description: { zh: '红色标题', en: 'Red headers' }, size: { w: 13.333, h: 7.5 } },
  { id: 'plain', name: { zh: '简洁', en: 'Plain' }, description: { zh: '白底黑字', en: 'Black on white' }, size: { w: 13.333, h: 7.5 } },
];

function text(id: string, value: string): Slide['elements'][number] {
  return {
    type: 'text',
    id,
    role: 'title',
    box: { x: 1, y: 1, w: 10, h: 1 },
    paragraphs: [{ lines: [[{ text: value, fontSize: 28, bold: true, color: '000000' }]], align: 'left', bullet: false, lineHeightPt: 34, spaceBeforePt: 0 }],
    valign: 'top',
    inset: 0.1,
  };
}

export function titleSlide(report: Report, templateId: string): Slide {
  return {
    kind: 'title',
    id: 'title',
    background: templateId === 'gov-red' ? 'C00000' : 'FFFFFF',
    elements: [text('title-text', report.title), { type: 'image', id: 'logo', box: { x: 0, y: 0, w: 1, h: 1 }, data: PNG_1x1, mime: 'image/png', altText: 'logo' }],
    notes: '',
  };
}

export function planFake(report: Report, selection: Selection, templateId: string): Deck {
  const excluded = new Set(selection.excluded);
  const ordered = [...selection.pillarOrder.flatMap((id) => report.pillars.filter((p) => p.id === id)), ...report.pillars.filter((p) => !selection.pillarOrder.includes(p.id))];
  const pillars = ordered.filter((p) => !excluded.has(p.id));
  return {
    title: report.title,
    author: '',
    lang: 'zh-CN',
    size: { w: 13.333, h: 7.5 },
    fonts: { latin: 'Microsoft YaHei', eastAsian: 'Microsoft YaHei' },
    templateId,
    slides: [titleSlide(report, templateId), ...pillars.map((p): Slide => ({ kind: 'pillar', id: `pillar:${p.id}`, sourceId: p.id, background: 'FFFFFF', elements: [text(`${p.id}-title`, p.title)], notes: '' }))],
  };
}

export function fakeEngine(): EngineServices & { plans: number } {
  const engine = {
    plans: 0,
    listTemplates: async () => fakeTemplates,
    defaultTemplateId: async () => 'gov-red',
    plan: async (input: { report: Report; selection: Selection; templateId: string }) => {
      engine.plans += 1;
      return { deck: planFake(input.report, input.selection, input.templateId), warnings: [] };
    },
    thumbnail: async (templateId: string, report: Report) => titleSlide(report, templateId),
  };
  return engine;
}
