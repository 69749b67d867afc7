/** Planning the deck for the live preview, from the open document's current choices. */
import type { ArgsOf, PlannedDeck } from '../contract.js';
import type { HandlerContext } from './context.js';
import { toWireDeck } from './wire-deck.js';

export async function planDeck(ctx: HandlerContext, args: ArgsOf<'planDeck'>): Promise<PlannedDeck> {
  const doc = ctx.session.require(args.documentId);
  // The state is read once: the answer says which revision it shows, so the window can drop stale previews.
  const { templateId, selection, revision } = doc.state;
  const { deck, warnings } = await ctx.engine.plan({ report: doc.report, templateId, selection, ...(doc.sourceText === undefined ? {} : { sourceText: doc.sourceText }) });
  return { documentId: doc.id, revision, deck: toWireDeck(deck), warnings };
}
