/** The work of `huibao templates list|show` (see templates.ts). */
import type { TemplatePack } from '../../engine/template/pack.js';
import { TEXT_TEMPLATES } from '../../engine/template/text-names.js';
import { openTemplatePack } from '../../node/template-packs.js';
import { defaultUserDataDir, listInstalledPacks } from '../../node/user-templates.js';
import type { CliIo } from '../io.js';

export async function listPacks(io: CliIo, json: boolean): Promise<void> {
  const listings = (await listInstalledPacks(defaultUserDataDir())).map((installed) => installed.listing);
  const packs = listings.flatMap((listing) => ('pack' in listing ? [listing.pack] : []));
  for (const listing of listings) if ('error' in listing) io.err(`huibao: warning: ${listing.error.toOneLine()}`);
  if (json) {
    io.write(JSON.stringify(packs.map(summary), null, 2) + '\n');
    return;
  }
  const width = Math.max(...packs.map((pack) => pack.id.length), 2);
  for (const pack of packs) {
    const { name, description, version } = pack.manifest;
    io.out(`${pack.id.padEnd(width)}  ${name.zh}  ${name.en} ${version}${description ? `  ${description.zh}` : ''}`);
  }
}

function summary(pack: TemplatePack): Record<string, unknown> {
  const { id, name, description, version, slideSize } = pack.manifest;
  return { id, name, ...(description ? { description } : {}), version, slideSize, folder: pack.label };
}

export async function showPack(io: CliIo, choice: string, json: boolean): Promise<void> {
  const pack = await openTemplatePack(choice);
  const m = pack.manifest;
  if (json) {
    io.write(JSON.stringify({ ...summary(pack), manifest: m, texts: [...pack.textSources.keys()] }, null, 2) + '\n');
    return;
  }
  const ratio = Math.abs(m.slideSize.w / m.slideSize.h - 16 / 9) < 0.01 ? '16:9' : Math.abs(m.slideSize.w / m.slideSize.h - 4 / 3) < 0.01 ? '4:3' : 'custom';
  const images = [
    ...(pack.logo ? [`logo ${pack.logo.path} (${pack.logo.width}×${pack.logo.height})`] : []),
    ...Object.entries(pack.backgrounds).map(([kind, image]) => `${kind} background ${image.path} (${image.width}×${image.height})`),
  ];
  const lines = [
    `${m.name.zh}  ${m.name.en}  (${m.id} ${m.version})`,
    ...(m.description ? [`  ${m.description.zh}`, `  ${m.description.en}`] : []),
    `folder:     ${pack.label}`,
    `slide size: ${m.slideSize.w} × ${m.slideSize.h} in (${ratio})`,
    `fonts:      ${m.fonts.eastAsian} / ${m.fonts.latin}; viewers without them use ${m.fonts.fallbacks.join(', ')}`,
    `colours:    primary ${m.colors.primary}, accent ${m.colors.accent}, text ${m.colors.text}, growth ▲ ${m.colors.positive}, decline ▼ ${m.colors.negative}`,
    `KPI tiles:  ${m.kpi.tiles} per pillar slide; numbers ${m.kpi.value.size} pt`,
    `charts:     ${m.chart.enabled ? `on (${m.chart.type}, up to ${m.chart.maxCategories} bars)` : 'off'}`,
    `images:     ${images.length ? images.join('; ') : 'none'}`,
    'texts:',
    ...[...pack.textSources.keys()].map((name) => `  text/${name}.hbs${purpose(name)}`),
  ];
  for (const line of lines) io.out(line);
}

function purpose(name: string): string {
  const spec = TEXT_TEMPLATES.find((candidate) => candidate.name === name);
  return spec ? `  — ${spec.purpose}` : '';
}
