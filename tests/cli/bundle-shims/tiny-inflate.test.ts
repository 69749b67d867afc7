import { deflateRawSync } from 'node:zlib';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;
const shim = require('../../../main/cli/bundle-shims/tiny-inflate.cjs') as Inflate;
const original = require('tiny-inflate') as Inflate;

describe('the zlib stand-in for tiny-inflate in the CLI bundle', () => {
  it('returns what tiny-inflate returns: the filled dest itself, or a copy of the filled part', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.nat({ max: 64 }), fc.integer({ min: 0, max: 9 }), (data, slack, level) => {
        const source = new Uint8Array(deflateRawSync(data, { level }));
        const [ours, theirs] = [shim, original].map((inflate) => {
          const dest = new Uint8Array(data.length + slack);
          const result = inflate(source, dest);
          return { bytes: Buffer.from(result), isDest: result === dest };
        });
        expect(ours).toEqual(theirs);
        expect(ours?.bytes.equals(Buffer.from(data))).toBe(true);
      }),
      { seed: 20261129, numRuns: 300 },
    );
  });

  it('refuses more data than the caller made room for (tiny-inflate would drop the rest silently)', () => {
    const source = new Uint8Array(deflateRawSync(Buffer.alloc(100, 7)));
    expect(() => shim(source, new Uint8Array(10))).toThrow();
  });
});
