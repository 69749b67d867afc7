/**
 * The engine touches no disk by itself. Shells (CLI, Electron main, `huibao serve`) hand it these small ports,
 * so tests can use in-memory files and the app can confine access to the folders it trusts.
 */
export interface ReadPort {
  /** Paths are relative to the port's root and use `/`; a port refuses paths that leave its root. */
  readBytes(path: string): Promise<Uint8Array>;
  readText(path: string): Promise<string>;
  /** Names directly inside a folder (files and folders), sorted; empty when the folder does not exist. */
  list(path: string): Promise<string[]>;
  exists(path: string): Promise<boolean>;
}

export interface WritePort {
  /** Writes atomically: the old file stays intact until the new one is complete. */
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
}

/** Progress for long jobs, 0..1, with a short phrase for a status bar. */
export type ProgressSink = (fraction: number, phase: string) => void;
