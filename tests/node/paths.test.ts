import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageFile, packageRoot, resourceDir } from '../../main/node/paths.js';

describe('resource paths', () => {
  it('finds the repo root and its resource folders in development', () => {
    expect(packageRoot()).toBe(process.cwd());
    expect(existsSync(path.join(resourceDir('samples'), 'baiyangba-2023-q1q3.txt'))).toBe(true);
    expect(existsSync(path.join(resourceDir('schema'), 'report.schema.json'))).toBe(true);
  });

  it('resolves the bundled CJK font inside its npm package', () => {
    expect(existsSync(packageFile('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'))).toBe(true);
  });
});
