/** The recent-files list (user-data `recent.json`): newest first, at most ten, damaged files read as empty. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../cli/node-ports.js';
import type { RecentFile } from '../contract.js';

export const MAX_RECENT = 10;

const RecentListSchema = z.array(z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() }));
type Entry = z.infer<typeof RecentListSchema>[number];

export interface RecentStore {
  add(filePath: string, now?: Date): Promise<void>;
  list(): Promise<RecentFile[]>;
}

export function createRecentStore(userDataDir: string): RecentStore {
  const file = path.join(userDataDir, 'recent.json');
  // Serialized so two quick opens do not both read the old list and lose one entry.
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<Entry[]> => {
    try {
      const parsed = RecentListSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  };
  return {
    add(filePath, now = new Date()) {
      const next = queue.then(async () => {
        const entries = (await read()).filter((entry) => entry.path !== filePath);
        entries.unshift({ path: filePath, name: path.basename(filePath), openedAt: now.toISOString() });
        await writeFileAtomic(file, JSON.stringify(entries.slice(0, MAX_RECENT), null, 2) + '\n');
      });
      queue = next.catch(() => undefined);
      return next;
    },
    async list() {
      await queue;
      const entries = await read();
      return Promise.all(entries.map(async (entry) => ({ ...entry, exists: await isFile(entry.path) })));
    },
  };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}
