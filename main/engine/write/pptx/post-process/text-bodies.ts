/** Swaps each marker's <p:txBody> (written by pptxgenjs) for the exact body Huibao keeps for it. */
import type { TextBodies } from '../text-bodies.js';

/** One <p:txBody> at a time (they never nest), holding a marker as its text. */
const MARKED_BODY = /<p:txBody>(?:(?!<\/p:txBody>)[\s\S])*?<a:t>(HUIBAO-TEXT-\d+)<\/a:t>[\s\S]*?<\/p:txBody>/g;

export function replaceMarkedBodies(xml: string, bodies: TextBodies, part: string): string {
  return xml.replace(MARKED_BODY, (_body, marker: string) => {
    const replacement = bodies.get(marker);
    if (replacement === undefined) throw new Error(`${part}: no text body registered for ${marker}`);
    return replacement;
  });
}
