/**
 * A suffix for temporary files and folders written beside their target and renamed into place. It only has to be
 * unlikely to collide (the writes create exclusively), not secret: node:crypto would cost a fresh `huibao` process
 * ~3 ms just to load, for every build.
 */
export function tempSuffix(): string {
  return `${process.pid.toString(36)}-${Math.random().toString(36).slice(2, 10).padEnd(8, '0')}`;
}
