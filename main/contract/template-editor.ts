/**
 * The template editor's part of the contract: the edits a window may ask for (checked with zod before a handler
 * sees them) and what the editor is shown of a pack. Images cross as base64 one way and data URLs the other, so the
 * page never needs a file path. The edits mirror the template library's PackEdit, which judges their results.
 */
import { z } from 'zod';
import { COLOR_NAMES, type ColorName } from '../engine/template/manifest-schema.js';

export const IMAGE_SLOT_NAMES = ['logo', 'titleBackground', 'contentBackground', 'closingBackground'] as const;
export type ImageSlotName = (typeof IMAGE_SLOT_NAMES)[number];

/** The pack loader caps images at 5 MB; base64 is a third larger. */
const MAX_IMAGE_BASE64 = Math.ceil((5 * 1024 * 1024) / 3) * 4;
/** Pack texts are capped at 64 KB (UTF-8); a character is at least one byte, so this never refuses a legal text. */
const MAX_TEXT_CHARS = 64 * 1024;

const Hex = z.string().regex(/^#?[0-9a-fA-F]{6}$/, 'a colour is 6 hex digits');
const FontFace = z.string().trim().min(1).max(100);

export const TemplateEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('name'), zh: z.string().trim().min(1).max(40), en: z.string().trim().min(1).max(60) }).strict(),
  z.object({ kind: z.literal('color'), name: z.enum(COLOR_NAMES), value: Hex }).strict(),
  z.object({ kind: z.literal('fonts'), latin: FontFace.optional(), eastAsian: FontFace.optional() }).strict(),
  z
    .object({
      kind: z.literal('image'),
      slot: z.enum(IMAGE_SLOT_NAMES),
      base64: z.string().min(1).max(MAX_IMAGE_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
      alt: z.string().max(100).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('removeImage'), slot: z.enum(IMAGE_SLOT_NAMES) }).strict(),
  z.object({ kind: z.literal('footerText'), text: z.string().max(200) }).strict(),
  z.object({ kind: z.literal('organizationText'), text: z.string().max(100) }).strict(),
  z.object({ kind: z.literal('kpiTiles'), count: z.number().int().min(3).max(6) }).strict(),
  z.object({ kind: z.literal('chart'), enabled: z.boolean() }).strict(),
  z
    .object({
      kind: z.literal('text'),
      name: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,40}$/, 'not a text template name'),
      source: z.string().max(MAX_TEXT_CHARS),
    })
    .strict(),
]);
export type TemplateEdit = z.infer<typeof TemplateEditSchema>;

/** A problem in a pack text, 1-based, for the code editor to point at. */
export interface TemplateTextProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface TemplateContrastWarning {
  /** The manifest field, e.g. "slides.content.footer.style". */
  readonly where: string;
  readonly foreground: string;
  readonly background: string;
  readonly ratio: number;
  readonly required: number;
}

export interface TemplateTextSource {
  readonly name: string;
  readonly required: boolean;
  /** What the planner uses the text for (English, from the engine's list); "" for texts it does not know. */
  readonly purpose: string;
  readonly source: string;
}

/** What the editor shows of a pack: its simple fields, its texts and images, and the state of its edit history. */
export interface TemplateSourceView {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  /** Built-in packs are read-only: duplicate first. */
  readonly source: 'built-in' | 'user';
  readonly colors: Readonly<Record<ColorName, string>>;
  readonly fonts: { readonly latin: string; readonly eastAsian: string };
  /** The footer as plain words; null when text/footer.hbs is real template code (edit it in the code editor). */
  readonly footerText: string | null;
  /** The office's name set in the texts; "" when they show the report's own organisation. */
  readonly organization: string;
  readonly kpiTiles: number;
  readonly chartEnabled: boolean;
  readonly texts: readonly TemplateTextSource[];
  readonly images: Readonly<Record<ImageSlotName, string | null>>;
  /** Text styles whose colours fall below WCAG AA on what they are drawn on. */
  readonly contrast: readonly TemplateContrastWarning[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** The pack differs from the original it was duplicated as. */
  readonly modified: boolean;
}

/** An edit is saved only when the pack stays valid; a text with problems is not saved and its problems come back. */
export type TemplateUpdateResult =
  | { readonly saved: true; readonly template: TemplateSourceView }
  | { readonly saved: false; readonly textName: string; readonly problems: readonly TemplateTextProblem[] };

/** A shared pack archive installed as a user pack; its id is renumbered when taken (built-in ids always are). */
export interface TemplateImportResult {
  readonly template: TemplateSourceView;
  /** The id the archive had, when it had to be renamed. */
  readonly renamedFrom: string | null;
  /** The pack check's warnings (low contrast, unused images), worded for the log and the notice. */
  readonly warnings: readonly string[];
}

/** Pack archives are capped at 30 MB (the template library's PACK_LIMITS.maxArchiveBytes); base64 is a third larger. */
export const MAX_PACK_ARCHIVE_BASE64 = Math.ceil((30 * 1024 * 1024) / 3) * 4;
