/** A loaded, checked template pack: its manifest, its images and its compiled texts. */
import type { CompiledText } from './text-compiler.js';
import type { PackImage } from './image-asset.js';
import type { TemplateManifest } from './manifest-schema.js';

export interface PackLogo extends PackImage {
  readonly alt: string;
}

export interface TemplatePack {
  readonly id: string;
  /** Where the pack came from, as messages name it, e.g. "templates/gov-blue" or a folder the user gave. */
  readonly label: string;
  readonly manifest: TemplateManifest;
  readonly logo?: PackLogo;
  readonly backgrounds: { readonly title?: PackImage; readonly content?: PackImage; readonly closing?: PackImage };
  /** Compiled texts by name (file name without ".hbs", e.g. "pillar-title", "summary.md"). */
  readonly texts: ReadonlyMap<string, CompiledText>;
  /** The template sources by name, for editors and `huibao templates show`. */
  readonly textSources: ReadonlyMap<string, string>;
}

export const MANIFEST_FILE = 'template.json';
