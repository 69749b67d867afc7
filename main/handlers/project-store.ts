/**
 * Where a report's project file lives and how it is read and written without ever losing work:
 * - beside the report (`<report file name>.huibao.json`) when that folder is writable, else in the user-data folder
 *   under a name hashed from the report's path (or, for browser uploads and the sample, from its name);
 * - every write is atomic, and the previous good content is kept as `.bak` first, so a damaged main file
 *   (truncated by a power cut on a careless filesystem, or mangled by a sync tool) falls back to the last good copy;
 * - a damaged file is not thrown away: it is kept as `.damaged` for a person to look at.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../cli/node-ports.js';
import type { DocumentNote } from '../contract.js';
import { isInputError } from '../engine/errors.js';
import { parseProject, type ProjectFile } from '../engine/project/index.js';

export const PROJECT_SUFFIX = '.huibao.json';

export interface ProjectKey {
  /** Absolute path of the report, when it has one. */
  readonly reportPath: string | null;
  readonly reportName: string;
  /** The bundled sample: never write beside it (it is inside the app). */
  readonly isSample: boolean;
}

export interface ProjectLocations {
  readonly beside: string | null;
  readonly fallback: string;
}

export function projectLocations(userDataDir: string, key: ProjectKey): ProjectLocations {
  const identity = key.isSample ? `sample:${key.reportName}` : key.reportPath ? `path:${path.resolve(key.reportPath)}` : `upload:${key.reportName}`;
  const digest = createHash('sha256').update(identity).digest('hex').slice(0, 32);
  return {
    beside: key.reportPath && !key.isSample ? key.reportPath + PROJECT_SUFFIX : null,
    fallback: path.join(userDataDir, 'projects', digest + PROJECT_SUFFIX),
  };
}

export interface LoadedProject {
  readonly project: ProjectFile | null;
  /** The file it came from (and where saves go), or null when none was found. */
  readonly file: string | null;
  /** The text as last known good on disk: becomes the `.bak` at the next save. */
  readonly goodText: string | null;
  readonly notes: readonly DocumentNote[];
}

export async function loadProject(locations: ProjectLocations): Promise<LoadedProject> {
  for (const file of [locations.beside, locations.fallback]) {
    if (file === null) continue;
    const loaded = await loadOne(file);
    if (loaded) return loaded;
  }
  return { project: null, file: null, goodText: null, notes: [] };
}

async function loadOne(file: string): Promise<LoadedProject | undefined> {
  const text = await readIfExists(file);
  if (text === null) return undefined;
  let firstProblem: string;
  try {
    return { project: parseProject(text, file), file, goodText: text, notes: [] };
  } catch (error) {
    if (!isInputError(error)) throw error;
    firstProblem = error.toOneLine();
    await fs.copyFile(file, file + '.damaged').catch(() => undefined);
  }
  const backup = await readIfExists(file + '.bak');
  if (backup !== null) {
    try {
      return { project: parseProject(backup, file + '.bak'), file, goodText: backup, notes: [{ code: 'recovered-from-backup' }] };
    } catch (error) {
      if (!isInputError(error)) throw error;
    }
  }
  return { project: null, file, goodText: null, notes: [{ code: 'project-unreadable', detail: firstProblem }] };
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Saves one document's project. If the report's folder refuses the write for any reason (read-only share,
 * permissions, full USB stick, a file where the folder should be), it moves to the user-data folder for good.
 */
export class ProjectWriter {
  private target: string;
  private goodText: string | null;

  constructor(
    private readonly locations: ProjectLocations,
    loaded: Pick<LoadedProject, 'file' | 'goodText'>,
  ) {
    this.target = loaded.file ?? locations.beside ?? locations.fallback;
    this.goodText = loaded.goodText;
  }

  get file(): string {
    return this.target;
  }

  async write(text: string): Promise<void> {
    if (text === this.goodText) return;
    try {
      await this.writeTo(this.target, text);
    } catch (error) {
      if (this.target === this.locations.fallback) throw error;
      this.target = this.locations.fallback;
      this.goodText = null;
      await this.writeTo(this.target, text);
    }
  }

  private async writeTo(file: string, text: string): Promise<void> {
    if (this.goodText !== null) await writeFileAtomic(file + '.bak', this.goodText);
    await writeFileAtomic(file, text);
    this.goodText = text;
  }
}
