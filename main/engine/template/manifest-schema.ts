/**
 * The template pack manifest (`templates/<id>/template.json`): identity, slide size, theme colours, fonts, assets,
 * and for every slide kind the layout boxes (inches) and text styles the planner uses. This zod schema is the single
 * source of truth; `assets/schema/template.schema.json` is generated from it for template authors' editors.
 */
import { z } from 'zod';

const HEX = /^#?[0-9a-fA-F]{6}$/;
const RADIUS = 'Corner rounding, 0 (square) to 1 (half the shorter side)';

/** "#1F4E99" or "1f4e99" → "1F4E99" (the Deck model's colour form). */
export const HexSchema = z
  .string()
  .regex(HEX, 'expected a colour as 6 hex digits, e.g. "1F4E99"')
  .transform((hex) => hex.replace('#', '').toUpperCase());

export const COLOR_NAMES = ['primary', 'primaryDark', 'accent', 'background', 'surface', 'text', 'muted', 'onPrimary', 'positive', 'negative', 'neutral', 'line'] as const;
export type ColorName = (typeof COLOR_NAMES)[number];

/** A colour in a style: a theme colour's name (so a pack recolours in one place) or a hex value. */
export const ColorRefSchema = z
  .union([z.enum(COLOR_NAMES), HexSchema])
  .describe(`A theme colour name (${COLOR_NAMES.join(', ')}) or 6 hex digits`);

export const ThemeColorsSchema = z
  .object({
    primary: HexSchema.describe('Headings, title slide, accents'),
    primaryDark: HexSchema.describe('Darker shade of primary for bands and numbers'),
    accent: HexSchema.describe('Second colour: gold line, highlights'),
    background: HexSchema.describe('Background of content slides'),
    surface: HexSchema.describe('Fill of tiles and cards'),
    text: HexSchema.describe('Body text'),
    muted: HexSchema.describe('Secondary text: labels, footers'),
    onPrimary: HexSchema.describe('Text drawn on primary'),
    positive: HexSchema.describe('Growth ▲ (Chinese convention: red)'),
    negative: HexSchema.describe('Decline ▼ (Chinese convention: green)'),
    neutral: HexSchema.describe('No change'),
    line: HexSchema.describe('Hairlines and tile borders'),
    chart: z.array(HexSchema).min(1).max(12).describe('Series colours of native charts, in order'),
  })
  .strict();

export const BoxSchema = z
  .object({
    x: z.number().finite().min(0),
    y: z.number().finite().min(0),
    w: z.number().finite().positive(),
    h: z.number().finite().positive(),
  })
  .strict()
  .describe('A rectangle in inches from the slide’s top-left corner');

export const TextStyleSchema = z
  .object({
    size: z.number().min(6).max(120).describe('Largest font size in points; text is shrunk from here until it fits'),
    minSize: z.number().min(6).max(120).optional().describe('Smallest font size in points before text moves to a continuation slide or is shortened'),
    bold: z.boolean().default(false),
    color: ColorRefSchema.default('text'),
    align: z.enum(['left', 'center', 'right']).default('left'),
    valign: z.enum(['top', 'middle', 'bottom']).default('top'),
    lineHeight: z.number().min(1).max(2.5).default(1.25).describe('Distance between baselines as a multiple of the font size'),
    maxLines: z.number().int().min(1).max(40).optional(),
  })
  .strict();

export const TextSlotSchema = z.object({ box: BoxSchema, style: TextStyleSchema }).strict().describe('A text box and its style');

export const DecorationSchema = z
  .object({
    shape: z.enum(['rect', 'roundRect', 'ellipse', 'line']),
    x: z.number().finite(),
    y: z.number().finite(),
    w: z.number().finite().min(0),
    h: z.number().finite().min(0),
    fill: ColorRefSchema.optional(),
    line: z.object({ color: ColorRefSchema, widthPt: z.number().positive().max(20) }).strict().optional(),
    radius: z.number().min(0).max(1).optional().describe(RADIUS),
  })
  .strict()
  .describe('A fixed shape drawn behind the content: bands, rules, corner ornaments');

const decorations = z.array(DecorationSchema).max(40).default([]);

export const CardStyleSchema = z
  .object({
    fill: ColorRefSchema.default('surface'),
    border: ColorRefSchema.optional(),
    accent: ColorRefSchema.optional().describe('Colour of the stripe along the card’s top edge'),
    radius: z.number().min(0).max(1).default(0.1).describe(RADIUS),
    number: TextStyleSchema.describe('The pillar number badge (01, 02, …)'),
    title: TextStyleSchema,
    value: TextStyleSchema.describe('The headline number'),
    label: TextStyleSchema.describe('What the headline number counts'),
  })
  .strict();

export const GridSchema = z
  .object({
    area: BoxSchema,
    columns: z.number().int().min(1).max(6),
    maxCards: z.number().int().min(1).max(24).describe('Cards per slide; more pillars continue on another slide'),
    gap: z.number().min(0).max(2).default(0.25),
    card: CardStyleSchema,
  })
  .strict();

export const BodyLayoutSchema = z
  .object({
    tiles: BoxSchema.describe('The row of KPI tiles'),
    body: BoxSchema.describe('Section bullets; shared with the chart when the slide has one'),
    chartWidth: z.number().positive().describe('Width of the chart at the right of the body, in inches'),
    gap: z.number().min(0).max(2).default(0.3),
  })
  .strict();

export const KpiStyleSchema = z
  .object({
    tiles: z.number().int().min(3).max(6).describe('KPI tiles on a pillar slide (3–6)'),
    gap: z.number().min(0).max(1).default(0.2),
    fill: ColorRefSchema.default('surface'),
    border: ColorRefSchema.optional(),
    accent: ColorRefSchema.optional().describe('Colour of the stripe at the tile’s top'),
    radius: z.number().min(0).max(1).default(0.1).describe(RADIUS),
    value: TextStyleSchema.describe('The big number'),
    unit: TextStyleSchema.describe('The unit after the number (万亩, 亿元); drawn smaller on the same line'),
    label: TextStyleSchema,
    change: TextStyleSchema.describe('Change line (同比 ▲2.93%); its colour is replaced by positive/negative/neutral'),
  })
  .strict();

export const BulletStyleSchema = z
  .object({
    marker: ColorRefSchema.default('primary').describe('Colour of the square before each section'),
    title: TextStyleSchema.describe('Section title and headline'),
    detail: TextStyleSchema.describe('The line of numbers under a section'),
    detailNumbers: z.number().int().min(0).max(4).default(2).describe('Numbers quoted under each section bullet (0 = none)'),
    gap: z.number().min(0).max(1).default(0.12).describe('Space between sections, in inches'),
  })
  .strict();

export const ChartStyleSchema = z
  .object({
    enabled: z.boolean().default(true),
    type: z.enum(['auto', 'bar', 'column']).default('auto').describe('auto: horizontal bars when labels are long'),
    maxCategories: z.number().int().min(3).max(12).default(6),
    fontSize: z.number().min(7).max(24).default(11),
    textColor: ColorRefSchema.default('muted'),
  })
  .strict();

export const AssetPathSchema = z.string().min(1).max(200).describe('Path inside the pack, e.g. "assets/logo.png" (PNG or JPEG)');

export const AssetsSchema = z
  .object({
    logo: z.object({ path: AssetPathSchema, alt: z.string().min(1).max(100) }).strict().optional(),
    backgrounds: z
      .object({ title: AssetPathSchema.optional(), content: AssetPathSchema.optional(), closing: AssetPathSchema.optional() })
      .strict()
      .default({})
      .describe('Full-slide images drawn under everything else'),
  })
  .strict();

export const TemplateManifestSchema = z
  .object({
    $schema: z.string().optional().describe('Editor hint: path of template.schema.json'),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'use lower-case letters, digits and "-" (at most 40), e.g. "gov-blue"')
      .describe('Folder name of the pack, used by --template'),
    name: z.object({ zh: z.string().min(1).max(40), en: z.string().min(1).max(60) }).strict(),
    description: z.object({ zh: z.string().max(200), en: z.string().max(300) }).strict().optional(),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a version like "1.0.0"'),
    slideSize: z
      .object({ w: z.number().min(4).max(30), h: z.number().min(3).max(30) })
      .strict()
      .describe('Inches: 13.333 × 7.5 is 16:9, 10 × 7.5 is 4:3'),
    fonts: z
      .object({
        latin: z.string().min(1).default('Microsoft YaHei'),
        eastAsian: z.string().min(1).default('微软雅黑'),
        fallbacks: z.array(z.string().min(1)).default(['PingFang SC', 'Noto Sans SC', 'SimHei']),
      })
      .strict()
      .describe('Face names written into the PPTX (fonts are not embedded); text is measured with the bundled Noto Sans SC'),
    colors: ThemeColorsSchema,
    assets: AssetsSchema.default({ backgrounds: {} }),
    kpi: KpiStyleSchema,
    bullets: BulletStyleSchema,
    chart: ChartStyleSchema,
    slides: z
      .object({
        title: z
          .object({ background: ColorRefSchema, title: TextSlotSchema, subtitle: TextSlotSchema, meta: TextSlotSchema, logo: BoxSchema.optional(), decorations })
          .strict(),
        content: z
          .object({
            background: ColorRefSchema,
            title: TextSlotSchema,
            subtitle: TextSlotSchema,
            footer: TextSlotSchema,
            pageNumber: TextSlotSchema,
            logo: BoxSchema.optional(),
            decorations,
          })
          .strict()
          .describe('What every content slide shares: heading, footer, page number'),
        overview: GridSchema,
        pillar: BodyLayoutSchema,
        section: BodyLayoutSchema,
        outlook: z.object({ body: BoxSchema, columns: z.number().int().min(1).max(2).default(1) }).strict(),
        dashboard: GridSchema.extend({ strip: TextSlotSchema.optional().describe('A line of the outlook’s points under the cards') }).strict(),
        closing: z
          .object({ background: ColorRefSchema, headline: TextSlotSchema, detail: TextSlotSchema, logo: BoxSchema.optional(), decorations })
          .strict(),
      })
      .strict(),
  })
  .strict()
  .superRefine(checkGeometry)
  .describe('A Huibao template pack manifest');

export type ColorRef = z.output<typeof ColorRefSchema>;
export type ThemeColors = z.output<typeof ThemeColorsSchema>;
export type ManifestBox = z.output<typeof BoxSchema>;
export type TextStyle = z.output<typeof TextStyleSchema>;
export type TextSlot = z.output<typeof TextSlotSchema>;
export type Decoration = z.output<typeof DecorationSchema>;
export type CardStyle = z.output<typeof CardStyleSchema>;
export type GridLayout = z.output<typeof GridSchema>;
export type BodyLayout = z.output<typeof BodyLayoutSchema>;
export type KpiStyle = z.output<typeof KpiStyleSchema>;
export type BulletStyle = z.output<typeof BulletStyleSchema>;
export type ChartStyle = z.output<typeof ChartStyleSchema>;
export type TemplateManifest = z.output<typeof TemplateManifestSchema>;

interface GeometryShape {
  slideSize: { w: number; h: number };
  slides: Record<string, unknown>;
  kpi: Record<string, unknown>;
  bullets: Record<string, unknown>;
}

/** Boxes must lie on the slide and styles must be coherent, or the planner could not keep its promise of no overflow. */
function checkGeometry(manifest: GeometryShape, ctx: z.RefinementCtx): void {
  const { w, h } = manifest.slideSize;
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value) || value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (path.at(-2) !== 'decorations') checkBox(record, w, h, path, ctx);
    const { size, minSize } = record;
    if (typeof size === 'number' && typeof minSize === 'number' && minSize > size) {
      ctx.addIssue({ code: 'custom', message: `minSize (${minSize}) is larger than size (${size})`, path: [...path, 'minSize'] });
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
  };
  visit(manifest.slides, ['slides']);
  visit(manifest.kpi, ['kpi']);
  visit(manifest.bullets, ['bullets']);
  for (const kind of ['pillar', 'section'] as const) {
    const layout = manifest.slides[kind] as { body?: { w: number }; chartWidth?: number } | undefined;
    if (layout?.body && layout.chartWidth !== undefined && layout.chartWidth >= layout.body.w * 0.7) {
      ctx.addIssue({ code: 'custom', message: `chartWidth (${layout.chartWidth}) leaves too little of the body (${layout.body.w} wide) for bullets`, path: ['slides', kind, 'chartWidth'] });
    }
  }
}

function checkBox(box: Record<string, unknown>, w: number, h: number, path: (string | number)[], ctx: z.RefinementCtx): void {
  if (typeof box['x'] !== 'number' || typeof box['y'] !== 'number' || typeof box['w'] !== 'number' || typeof box['h'] !== 'number') return;
  const epsilon = 1e-6;
  if (box['x'] + box['w'] > w + epsilon || box['y'] + box['h'] > h + epsilon) {
    ctx.addIssue({ code: 'custom', message: `box (${box['x']}, ${box['y']}, ${box['w']} × ${box['h']}) runs off the ${w} × ${h} in slide`, path });
  }
}
