/**
 * Puts the real picture bytes (PictureBytes) into the package in place of pptxgenjs's stand-ins. Each <p:pic> of a
 * slide is found by its name, its blip's relationship leads to the media part. The same image on several slides (a
 * pack's background on the title and closing slides) becomes one media part that every slide points to, so a deck
 * carries each picture once.
 */
import type JSZip from 'jszip';
import type { PictureBytes } from '../pictures.js';
import { partText } from './package-content.js';
import { sameBytes } from '../../same-bytes.js';
import { unescapeXml } from '../xml.js';

const PICTURE = /<p:pic>[\s\S]*?<\/p:pic>/g;
const NAME = /<p:cNvPr\b[^>]*\bname="([^"]*)"/;
const EMBED = /<a:blip\b[^>]*\br:embed="([^"]*)"/;

export async function placePictures(zip: JSZip, pictures: PictureBytes): Promise<void> {
  const placed: { readonly bytes: Uint8Array; readonly target: string }[] = [];
  for (const index of pictures.slideIndexes) {
    const slidePart = `ppt/slides/slide${index + 1}.xml`;
    const relsPart = `ppt/slides/_rels/slide${index + 1}.xml.rels`;
    const slide = zip.file(slidePart);
    const relsFile = zip.file(relsPart);
    if (!slide || !relsFile) throw new Error(`${slidePart}: the slide or its relationships are missing`);
    let rels = await partText(relsFile);
    for (const [picture] of (await partText(slide)).matchAll(PICTURE)) {
      const name = unescapeXml(NAME.exec(picture)?.[1] ?? '');
      const id = EMBED.exec(picture)?.[1];
      const bytes = pictures.get(index, name);
      if (!bytes || id === undefined) throw new Error(`${slidePart}: no picture bytes for "${name}"`);
      const target = relationshipTarget(rels, id, relsPart);
      const media = `ppt/${target.replace(/^\.\.\//, '')}`;
      const shared = placed.find((earlier) => sameBytes(earlier.bytes, bytes))?.target;
      if (shared === undefined) {
        placed.push({ bytes, target });
        zip.file(media, bytes);
      } else if (shared !== target) {
        // pptxgenjs gave each slide its own copy: point this one at the first and drop the copy.
        rels = rels.replace(relationshipPattern(id), (relationship) => relationship.replace(/\bTarget="[^"]*"/, `Target="${shared}"`));
        zip.remove(media);
      }
    }
    zip.file(relsPart, rels);
  }
}

function relationshipPattern(id: string): RegExp {
  return new RegExp(`<Relationship\\b[^>]*\\bId="${id.replace(/[^\w-]/g, '')}"[^>]*/>`);
}

function relationshipTarget(rels: string, id: string, part: string): string {
  const target = /\bTarget="([^"]*)"/.exec(relationshipPattern(id).exec(rels)?.[0] ?? '')?.[1];
  if (!target?.startsWith('../media/')) throw new Error(`${part}: relationship ${id} does not lead to a media part`);
  return target;
}
