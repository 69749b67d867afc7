/**
 * Packaging: `electron-builder --linux --dir` with a stub Electron (the real binary cannot be downloaded here)
 * must produce an app whose resources hold the template packs, the sample and the schema, whose asar holds the
 * bundles, with exactly the two font weights the writers use, and whose Electron fuses are flipped as configured.
 * Slow (~20 s): runs only with HUIBAO_PACKAGING_TEST=1 or in CI (CI=true).
 */
import { listPackage } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from '../handlers/support/harness.js';

const enabled = process.env['HUIBAO_PACKAGING_TEST'] === '1' || process.env['CI'] === 'true';
if (!enabled) console.warn('SKIPPING packaging test: set HUIBAO_PACKAGING_TEST=1 to run electron-builder --dir (about 20 s)');

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults for the eight V1 fuses: '1' on, '0' off. */
const DEFAULT_WIRE = '10110001';

/** An `electron` executable with a fuse wire where the real one keeps it, so electron-builder can flip fuses. */
function stubElectron(): string {
  const dir = tempDir('huibao-stub-electron-');
  const head = Buffer.from(`#!/bin/sh\n# stub Electron for the packaging test; fuses: ${SENTINEL}`);
  const wire = Buffer.concat([Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE)]);
  writeFileSync(path.join(dir, 'electron'), Buffer.concat([head, wire, Buffer.from('\necho "stub electron"\n')]), { mode: 0o755 });
  return dir;
}

function fuseWire(executable: string): string {
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  return bytes.subarray(at + 2, at + 2 + (bytes[at + 1] ?? 0)).toString('latin1');
}

describe('electron-builder.yml', () => {
  const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, { target?: string[] } & Record<string, unknown>>;

  it('targets Windows (nsis), macOS (dmg) and Linux (AppImage, deb)', () => {
    expect(config['win']?.target).toEqual(['nsis']);
    expect(config['mac']?.target).toEqual(['dmg']);
    expect(config['linux']?.target).toEqual(['AppImage', 'deb']);
  });

  it('starts the bundled main process and ships templates, samples and schema as resources', () => {
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { main: string }).main).toBe('dist/app/main.cjs');
    expect((config['extraResources'] as unknown as { to: string }[]).map((r) => r.to).sort()).toEqual(['samples', 'schema', 'templates']);
  });
});

describe.skipIf(!enabled)('electron-builder --dir with a stub Electron', () => {
  const out = tempDir('huibao-package-');
  let seconds = 0;
  let log = '';

  beforeAll(() => {
    if (!['main', 'preload', 'worker'].every((name) => existsSync(`dist/app/${name}.cjs`))) spawnSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
    const started = performance.now();
    const run = spawnSync(path.resolve('node_modules/.bin/electron-builder'), ['--linux', '--dir', `-c.electronDist=${stubElectron()}`, `-c.directories.output=${out}`], { encoding: 'utf8', timeout: 300_000 });
    seconds = (performance.now() - started) / 1000;
    log = `${run.stdout}\n${run.stderr}`;
    console.info(`packaging test: electron-builder --dir took ${seconds.toFixed(1)} s`);
    if (run.status !== 0) throw new Error(`electron-builder failed (${run.status}):\n${log}`);
  }, 320_000);

  const unpacked = (): string => path.join(out, 'linux-unpacked');
  const resources = (): string => path.join(unpacked(), 'resources');

  it('puts every template pack, the sample and the schema beside the app', () => {
    const packs = readdirSync('templates').filter((name) => existsSync(path.join('templates', name, 'template.json')));
    expect(packs.length).toBeGreaterThan(0);
    for (const pack of packs) expect(existsSync(path.join(resources(), 'templates', pack, 'template.json'))).toBe(true);
    expect(existsSync(path.join(resources(), 'samples', 'baiyangba-2023-q1q3.txt'))).toBe(true);
    expect(existsSync(path.join(resources(), 'schema', 'report.schema.json'))).toBe(true);
  });

  it('packs the bundles, and the studio when it was built', () => {
    const files = new Set(listPackage(path.join(resources(), 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/')));
    for (const file of ['/package.json', '/dist/app/main.cjs', '/dist/app/preload.cjs', '/dist/app/worker.cjs', '/node_modules/zod/package.json', '/node_modules/pdfmake/package.json']) expect(files).toContain(file);
    expect([...files].some((f) => f.startsWith('/node_modules/electron/') || f.startsWith('/node_modules/vitest/') || f.endsWith('.map'))).toBe(false);
    // The terminal's bundles and code caches stay out of the app (10 MB the app never runs); the checked pack texts go in.
    expect([...files].filter((f) => f.startsWith('/dist/cli.cjs') || f.startsWith('/dist/pdf-stack.cjs'))).toEqual([]);
    if (existsSync('dist/pack-texts.json')) expect(files).toContain('/dist/pack-texts.json');
    if (existsSync('renderer/dist/index.html')) expect(files).toContain('/renderer/dist/index.html');
    else console.warn('packaging test: renderer/dist is not built here, so its presence in the asar was not checked');
  });

  it('ships a preload that requires nothing but electron (sandboxed preloads have no Node require)', () => {
    const preload = readFileSync('dist/app/preload.cjs', 'utf8');
    expect([...new Set([...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))]).toEqual(['electron']);
  });

  it('ships the Regular and Bold font weights only, unpacked so fontkit and pdfmake can read them', () => {
    const fontDir = path.join(resources(), 'app.asar.unpacked', 'node_modules', '@expo-google-fonts', 'noto-sans-sc');
    const ttfs = readdirSync(fontDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ttf')).sort();
    expect(ttfs).toEqual(['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf']);
    const packed = listPackage(path.join(resources(), 'app.asar'), { isPack: false }).filter((f) => f.includes('noto-sans-sc') && f.endsWith('.ttf'));
    expect(packed.map((f) => path.basename(f)).sort()).toEqual(['NotoSansSC_400Regular.ttf', 'NotoSansSC_700Bold.ttf']);
  });

  it('flips the Electron fuses the config asks for', () => {
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, asar integrity on, asar only on,
    // V8 snapshot untouched, file:// privileges off.
    expect(fuseWire(path.join(unpacked(), 'huibao'))).toBe('01001100');
    expect(seconds).toBeGreaterThan(0);
  });
});
