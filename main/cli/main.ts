/** Entry point of the `huibao` binary: run the program, map every outcome to an exit code. */
import { exitCodeFor, EXIT_OK } from './errors.js';
import { processIo, type CliIo } from './io.js';
import { buildProgram } from './program.js';

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return exitCodeFor(error, io.err);
  }
}

// Bundled as dist/cli.cjs and started by bin/huibao.cjs, which sets the exit code.

/**
 * For scripts/build-node.mjs, right after bundling: check the built-in packs' texts once and save them precompiled
 * beside the bundle (dist/pack-texts.json), so CLI runs can trust them (main/node/text-cache.ts).
 */
export async function prepareTextCache(): Promise<number> {
  const [{ builtInTemplatePacks }, { saveTextCache }] = await Promise.all([import('../node/template-packs.js'), import('../node/text-cache.js')]);
  const broken = (await builtInTemplatePacks()).flatMap((listing) => ('error' in listing ? [listing.folder] : []));
  if (broken.length > 0) throw new Error(`built-in template packs failed to load: ${broken.join(', ')}`);
  return saveTextCache();
}
