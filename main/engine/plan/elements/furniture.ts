/**
 * What a slide wears whatever it shows: background image, the pack's decorations, the logo, and on content slides
 * the heading, subheading, footer and page number from the `content` section of the manifest.
 */
import type { Box, ImageElement, ShapeElement, SlideElement } from '../../deck/model.js';
import type { PackImage } from '../../template/image-asset.js';
import { containImage } from '../../template/image-asset.js';
import type { Decoration } from '../../template/manifest-schema.js';
import { box, clipToSlide } from '../geometry.js';
import type { PlanContext } from '../plan-context.js';
import { textElement } from '../text/text-element.js';

export function backgroundImage(ctx: PlanContext, slideId: string, image: PackImage | undefined): ImageElement[] {
  if (!image) return [];
  return [{ type: 'image', id: `${slideId}/background`, box: box(0, 0, ctx.size.w, ctx.size.h), data: image.data, mime: image.mime, altText: '背景图' }];
}

export function decorations(ctx: PlanContext, slideId: string, list: readonly Decoration[]): ShapeElement[] {
  return list.flatMap((decoration, index) => {
    const clipped = clipToSlide({ x: decoration.x, y: decoration.y, w: decoration.w, h: decoration.h }, ctx.size);
    if (!clipped) return [];
    const shape: ShapeElement = {
      type: 'shape',
      id: `${slideId}/decoration-${index + 1}`,
      shape: decoration.shape,
      box: clipped,
      ...(decoration.fill ? { fill: ctx.color(decoration.fill) } : {}),
      ...(decoration.line ? { line: { color: ctx.color(decoration.line.color), widthPt: decoration.line.widthPt } } : {}),
      ...(decoration.radius === undefined ? {} : { radius: decoration.radius }),
    };
    return [shape];
  });
}

export function logo(ctx: PlanContext, slideId: string, area: Box | undefined): ImageElement[] {
  const image = ctx.pack.logo;
  if (!image || !area) return [];
  const fitted = containImage(image, area);
  return [{ type: 'image', id: `${slideId}/logo`, box: box(fitted.x, fitted.y, fitted.w, fitted.h), data: image.data, mime: image.mime, altText: image.alt }];
}

export interface FrameTexts {
  readonly title: string;
  readonly subtitle: string;
  readonly footer: string;
  readonly pageNumber: number;
}

/** Background, decorations, logo, heading, subheading, footer and page number of a content slide. */
export function contentFrame(ctx: PlanContext, slideId: string, texts: FrameTexts): SlideElement[] {
  const frame = ctx.manifest.slides.content;
  const text = (id: string, role: Parameters<typeof textElement>[1]['role'], slot: typeof frame.title, value: string): SlideElement[] => {
    const element = textElement(ctx, { id: `${slideId}/${id}`, role, box: slot.box, style: slot.style, paragraphs: value ? [value] : [] });
    return element ? [element] : [];
  };
  return [
    ...backgroundImage(ctx, slideId, ctx.pack.backgrounds.content),
    ...decorations(ctx, slideId, frame.decorations),
    ...logo(ctx, slideId, frame.logo),
    ...text('title', 'title', frame.title, texts.title),
    ...text('subtitle', 'subtitle', frame.subtitle, texts.subtitle),
    ...text('footer', 'footer', frame.footer, texts.footer),
    ...text('page-number', 'page-number', frame.pageNumber, String(texts.pageNumber)),
  ];
}
