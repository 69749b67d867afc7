import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm ci` runs scripts/build-node.mjs ("prepare"); on a developer's machine the bundle may not be built yet.
const built = existsSync('dist/cli.cjs');
if (!built && process.env['CI'] !== 'true') console.warn('tests/scripts/build-node: dist/cli.cjs is not built (npm run prepare); skipping');

describe.skipIf(!built && process.env['CI'] !== 'true')('the CLI bundle that npm ci builds', () => {
  it('is ASCII only, as bin/load-bundle.cjs reads it as latin1', () => {
    const bytes = readFileSync('dist/cli.cjs');
    const first = bytes.findIndex((byte) => byte > 0x7f);
    expect(first === -1 ? 'ASCII' : `non-ASCII at byte ${first}: ${bytes.subarray(Math.max(0, first - 40), first + 10).toString()}`).toBe('ASCII');
  });

  it('comes with the checked texts of the built-in packs', () => {
    const saved = JSON.parse(readFileSync('dist/pack-texts.json', 'utf8')) as { signature: unknown; texts: Record<string, unknown> };
    expect(typeof saved.signature).toBe('string');
    expect(Object.keys(saved.texts).length).toBeGreaterThan(10);
  });
});
