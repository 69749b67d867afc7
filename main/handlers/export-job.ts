/**
 * Building an export's bytes (run in the job worker): plan the deck with the user's choices, then the writer for
 * the kind asked. Writers are imported when needed, so a PPTX export never loads the PDF stack, and the reverse.
 */
import type { ProgressSink } from '../engine/ports.js';
import { applySelection } from '../engine/selection/apply.js';
import type { ExportRequest } from './jobs.js';
import type { NodeEngine } from './node-engine.js';

export async function exportBytes(engine: NodeEngine, request: ExportRequest, progress: ProgressSink): Promise<Uint8Array> {
  const source = request.sourceText === undefined ? {} : { sourceText: request.sourceText };
  progress(0.1, 'plan');
  if (request.kind === 'summary-pdf') {
    const [pack, fonts] = await Promise.all([engine.pack(request.templateId), engine.fonts()]);
    progress(0.3, 'write');
    const { writeSummaryPdf } = await import('../engine/write/pdf/index.js');
    return writeSummaryPdf({
      report: applySelection(request.report, request.selection),
      pack,
      fonts,
      toc: request.summary.toc,
      preset: request.selection.preset,
      editedMetricIds: new Set(Object.keys(request.selection.metricEdits)),
      ...source,
    });
  }
  const { deck } = await engine.planWith({ report: request.report, templateId: request.templateId, selection: request.selection, ...source });
  progress(0.3, 'write');
  if (request.kind === 'pptx') {
    const { writePptx } = await import('../engine/write/pptx/index.js');
    return writePptx(deck);
  }
  const [{ writeHandoutPdf }, fonts] = await Promise.all([import('../engine/write/pdf/index.js'), engine.fonts()]);
  return writeHandoutPdf(deck, { fonts, perPage: request.handout.perPage, notes: request.handout.notes });
}
