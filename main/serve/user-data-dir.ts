/**
 * Where `huibao serve` keeps recent files and the project files it cannot write beside a report. The desktop app
 * uses the same folder (main/app/paths.ts), so both see the same recent files and autosaved work.
 */
import os from 'node:os';
import path from 'node:path';

export const DATA_FOLDER = 'huibao';

export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  if (env['HUIBAO_DATA_DIR']) return path.resolve(env['HUIBAO_DATA_DIR']);
  if (platform === 'win32') return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), DATA_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', DATA_FOLDER);
  return path.join(env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), DATA_FOLDER);
}
