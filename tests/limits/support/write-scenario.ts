// Child process of tests/limits/atomic-write.test.ts (bundled and run by support/as-user.ts): write TARGET atomically
// with TEXT, as the CLI does, and print what happened as one JSON line: { ok } or { ok: false, inputError, message, code }.
import { writeFileAtomic } from '../../../main/cli/node-ports.js';
import { fromFsError } from '../../../main/cli/errors.js';
import { InputError } from '../../../main/engine/errors.js';

const [target, text] = process.argv.slice(2) as [string, string];
writeFileAtomic(target, text).then(
  () => process.stdout.write(JSON.stringify({ ok: true }) + '\n'),
  (error: unknown) => {
    const mapped = fromFsError(error, target, 'write');
    const code = (error as NodeJS.ErrnoException).code;
    process.stdout.write(JSON.stringify({ ok: false, inputError: mapped instanceof InputError, message: mapped instanceof InputError ? mapped.toOneLine() : String(error), code }) + '\n');
  },
);
