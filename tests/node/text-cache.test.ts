import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtInTemplatePacks } from '../../main/node/template-packs.js';
import { saveTextCache, useTextCache } from '../../main/node/text-cache.js';
import { TEXT_TEMPLATES } from '../../main/engine/template/text-names.js';

const dir = mkdtempSync(path.join(tmpdir(), 'huibao-text-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the saved texts of the built-in packs (dist/pack-texts.json)', () => {
  it('saves every text of the built-in packs, keyed by its source', async () => {
    const listings = await builtInTemplatePacks();
    const file = path.join(dir, 'texts.json');
    const count = await saveTextCache(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { signature: string; texts: Record<string, string> };
    expect(Object.keys(saved.texts)).toHaveLength(count);
    for (const listing of listings) {
      if (!('pack' in listing)) throw new Error(`${listing.folder}: ${listing.error.message}`);
      for (const spec of TEXT_TEMPLATES.filter((text) => text.required)) {
        expect(saved.texts[listing.pack.textSources.get(spec.name) ?? '']).toEqual(expect.any(String));
      }
    }
  });

  it('is trusted when it fits, each file once per process', async () => {
    const file = path.join(dir, 'again.json');
    await saveTextCache(file);
    expect(useTextCache(file)).toBe(true);
    expect(useTextCache(file)).toBe(false);
  });

  it('is ignored when missing, damaged or not a cache', () => {
    expect(useTextCache(path.join(dir, 'missing.json'))).toBe(false);
    writeFileSync(path.join(dir, 'damaged.json'), '{"signature": "x", "texts": {');
    expect(useTextCache(path.join(dir, 'damaged.json'))).toBe(false);
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ signature: 'other', texts: { a: 1 } }));
    expect(useTextCache(path.join(dir, 'other.json'))).toBe(false);
    writeFileSync(path.join(dir, 'foreign.json'), JSON.stringify({ signature: 'another compiler', texts: { a: 'b' } }));
    expect(useTextCache(path.join(dir, 'foreign.json'))).toBe(false);
  });
});
