// Child process of tests/limits/atomic-write.test.ts: write 300 MB to TARGET, atomically (as Huibao does) or naively
// (fs.writeFile straight onto the target: the deliberately broken writer). The test kills it half-way.
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from '../../../main/cli/node-ports.js';

const [mode, target] = process.argv.slice(2) as ['atomic' | 'naive', string];
const data = new Uint8Array(300 * 1024 * 1024).fill(0x78);
void (mode === 'atomic' ? writeFileAtomic(target, data) : fs.writeFile(target, data));
