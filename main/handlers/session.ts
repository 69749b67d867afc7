/**
 * The document a window (or a `huibao serve` run) has open: the imported report, the user's current choices,
 * and where they autosave. One per window; handlers read and replace it, nothing else holds report state.
 */
import type { DocumentNote, DocumentState, DocumentView } from '../contract.js';
import { InputError } from '../engine/errors.js';
import type { InputFormat } from '../engine/input/formats.js';
import type { Report } from '../engine/report/schema.js';
import type { ProjectWriter } from './project-store.js';

export interface OpenDocument {
  readonly id: string;
  readonly name: string;
  readonly path: string | null;
  readonly isSample: boolean;
  readonly format: InputFormat;
  readonly report: Report;
  readonly sourceText?: string;
  readonly sha256: string;
  state: DocumentState;
  readonly notes: readonly DocumentNote[];
  readonly writer: ProjectWriter | null;
}

export class Session {
  current: OpenDocument | null = null;
  /** The open started at launch (`huibao serve FILE`, a file given to the app); getDocument waits for it. */
  startup: Promise<void> | null = null;
  /** An error from that startup open, handed once to the first getDocument so the window can show it. */
  startupError: unknown = undefined;
  /** Files this session exported: the only ones "show in folder" will reveal. */
  readonly exported = new Set<string>();
  private openTickets = 0;

  /** Each open takes a ticket; only the newest may become current, so a slow earlier open cannot replace it. */
  takeOpenTicket(): number {
    return ++this.openTickets;
  }

  isLatestTicket(ticket: number): boolean {
    return ticket === this.openTickets;
  }

  require(documentId: string): OpenDocument {
    const doc = this.current;
    if (!doc || doc.id !== documentId) {
      throw new InputError({ message: 'that report is no longer open', hint: 'Another report was opened meanwhile; continue in the one shown' });
    }
    return doc;
  }
}

export function documentView(doc: OpenDocument): DocumentView {
  return {
    id: doc.id,
    name: doc.name,
    path: doc.path,
    format: doc.format,
    report: doc.report,
    state: doc.state,
    notes: doc.notes,
    projectFile: doc.writer?.file ?? null,
  };
}
