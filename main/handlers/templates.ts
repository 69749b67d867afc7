/**
 * The template picker's list: each pack with its title slide planned from the open report (or, with nothing open,
 * from the bundled sample), so the thumbnails show the user's own title in each design. Thumbnails are cached per
 * report and pack; a pack that fails to plan still appears, without a thumbnail.
 */
import type { TemplateInfo, WireSlide } from '../contract.js';
import { readInputFile } from '../cli/read-input.js';
import type { Report } from '../engine/report/schema.js';
import type { HandlerContext } from './context.js';
import { toWireSlide } from './wire-deck.js';

const thumbnails = new WeakMap<Report, Map<string, Promise<WireSlide | null>>>();
const sampleReports = new WeakMap<HandlerContext, Promise<Report>>();

export async function listTemplates(ctx: HandlerContext): Promise<TemplateInfo[]> {
  const packs = await ctx.engine.listTemplates();
  const report = ctx.session.current?.report ?? (await sampleReport(ctx));
  return Promise.all(packs.map(async ({ version, ...pack }) => ({ ...pack, thumbnail: await thumbnail(ctx, pack.id, report, version) })));
}

/** `version` changes when a user pack is saved, so an edited pack gets a new thumbnail. */
function thumbnail(ctx: HandlerContext, templateId: string, report: Report, version?: string): Promise<WireSlide | null> {
  let cache = thumbnails.get(report);
  if (!cache) thumbnails.set(report, (cache = new Map()));
  const key = version === undefined ? templateId : `${templateId}@${version}`;
  let slide = cache.get(key);
  if (!slide) {
    slide = ctx.engine.thumbnail(templateId, report).then(
      (planned) => (planned ? toWireSlide(planned) : null),
      (error: unknown) => {
        ctx.logError(`thumbnail ${templateId}`, error);
        return null;
      },
    );
    cache.set(key, slide);
  }
  return slide;
}

export function sampleReport(ctx: HandlerContext): Promise<Report> {
  let report = sampleReports.get(ctx);
  if (!report) {
    report = readInputFile(ctx.sampleFile)
      .then((file) => ctx.jobs.importReport(file, () => undefined))
      .then((opened) => opened.report);
    // A failure is not cached: the next listing tries again.
    report.catch(() => sampleReports.delete(ctx));
    sampleReports.set(ctx, report);
  }
  return report;
}
