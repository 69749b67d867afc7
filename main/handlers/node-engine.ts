/**
 * The engine as the app and `huibao serve` use it: the built-in template packs (loaded once, a broken one left out
 * with a log line), the bundled font's metrics (from its generated table), the font files for PDFs (read on first
 * use; ~20 MB), and planning for the preview.
 * Also used inside the job worker for exports, so both threads plan the same way.
 */
import type { Deck, Slide } from '../engine/deck/model.js';
import { bundledFontMetrics } from '../engine/layout/bundled-metrics.js';
import type { FontMetrics } from '../engine/layout/font-metrics.js';
import { planDeck } from '../engine/plan/plan-deck.js';
import type { Report } from '../engine/report/schema.js';
import { SelectionSchema } from '../engine/selection/schema.js';
import { DEFAULT_TEMPLATE_ID } from '../engine/template/list-packs.js';
import type { TemplatePack } from '../engine/template/pack.js';
import { loadBundledFonts, type BundledFonts } from '../node/fonts.js';
import { builtInTemplatePacks } from '../node/template-packs.js';
import { InputError } from '../engine/errors.js';
import type { EngineServices, PlanInput, TemplateSummary } from './engine-services.js';
import { createUserPackCache } from './user-pack-cache.js';

export interface NodeEngine extends EngineServices {
  /** Load the packs now (at start-up), so the first preview does not pay for them. */
  warmUp(): void;
  pack(templateId: string): Promise<TemplatePack>;
  fonts(): Promise<BundledFonts>;
  metrics(): Promise<FontMetrics>;
  planWith(input: PlanInput): Promise<{ readonly deck: Deck; readonly warnings: readonly string[] }>;
}

export interface NodeEngineOptions {
  /** Where the user's own packs live (the template editor's); without it only built-in packs are known. */
  readonly userDataDir?: string;
}

export function createNodeEngine(logError: (what: string, error: unknown) => void = () => undefined, options: NodeEngineOptions = {}): NodeEngine {
  const userPacks = options.userDataDir === undefined ? undefined : createUserPackCache(options.userDataDir);
  const loggedErrors = new WeakSet<object>();
  let packs: Promise<ReadonlyMap<string, TemplatePack>> | undefined;

  const loadPacks = (): Promise<ReadonlyMap<string, TemplatePack>> =>
    (packs ??= builtInTemplatePacks().then((listings) => {
      const loaded = new Map<string, TemplatePack>();
      for (const listing of listings) {
        if ('pack' in listing) loaded.set(listing.pack.id, listing.pack);
        else logError(`template ${listing.folder}`, listing.error);
      }
      return loaded;
    })).catch((error: unknown) => {
      packs = undefined;
      throw error;
    });
  const pack = async (templateId: string): Promise<TemplatePack> => {
    // Built-in ids are reserved, so a user folder with one of their names is never reached.
    const found = (await loadPacks()).get(templateId) ?? (await userPacks?.load(templateId))?.pack;
    if (!found) throw new InputError({ message: `there is no template "${templateId}"`, hint: 'Pick one from the template list' });
    return found;
  };
  const loadMetrics = (): Promise<FontMetrics> => Promise.resolve(bundledFontMetrics());
  const planWith = async (input: PlanInput): Promise<{ deck: Deck; warnings: string[] }> => {
    const [chosen, fontMetrics] = await Promise.all([pack(input.templateId), loadMetrics()]);
    return planDeck({ report: input.report, selection: input.selection, pack: chosen, metrics: fontMetrics, ...(input.sourceText === undefined ? {} : { sourceText: input.sourceText }) });
  };

  return {
    warmUp: () => void loadPacks().catch((error: unknown) => logError('warm-up', error)),
    pack,
    fonts: loadBundledFonts,
    metrics: loadMetrics,
    planWith,
    plan: planWith,
    listTemplates: async () => {
      const builtIn = await loadPacks();
      const user = await Promise.all(
        ((await userPacks?.ids()) ?? [])
          .filter((id) => !builtIn.has(id))
          .map((id) =>
            userPacks?.load(id).then(
              (loaded) => (loaded ? { ...summary(loaded.pack), source: 'user' as const, version: loaded.stamp } : undefined),
              (error: unknown) => {
                // A broken pack answers with the same error until it changes: say so once, not at every listing.
                if (typeof error !== 'object' || error === null || !loggedErrors.has(error)) logError(`user template ${id}`, error);
                if (typeof error === 'object' && error !== null) loggedErrors.add(error);
                return undefined;
              },
            ),
          ),
      );
      return [...[...builtIn.values()].map(summary), ...user.filter((item) => item !== undefined)];
    },
    defaultTemplateId: async () => {
      const loaded = await loadPacks();
      const first = loaded.keys().next();
      if (loaded.has(DEFAULT_TEMPLATE_ID)) return DEFAULT_TEMPLATE_ID;
      if (first.done) throw new Error('no template packs were found: reinstall Huibao');
      return first.value;
    },
    thumbnail: async (templateId, report) => titleSlide(await planWith({ report, templateId, selection: titleOnly(report) })),
  };
}

function summary(pack: TemplatePack): TemplateSummary {
  const { manifest } = pack;
  return { id: pack.id, name: manifest.name, description: manifest.description ?? { zh: '', en: '' }, size: { w: manifest.slideSize.w, h: manifest.slideSize.h } };
}

/** Leaving every pillar out plans little more than the title slide: thumbnails stay cheap. */
function titleOnly(report: Report) {
  return SelectionSchema.parse({ excluded: report.pillars.map((pillar) => pillar.id) });
}

function titleSlide(planned: { readonly deck: Deck }): Slide | null {
  return planned.deck.slides.find((slide) => slide.kind === 'title') ?? null;
}
