/** A ReadPort seen from one of its folders: lets one port over `templates/` open each pack as if it were the root. */
import type { ReadPort } from '../ports.js';

export function subPort(port: ReadPort, folder: string): ReadPort {
  const prefix = folder.replace(/\/+$/, '') + '/';
  const inside = (path: string): string => {
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`refused path "${path}": it leaves ${folder}`);
    return prefix + path;
  };
  return {
    readBytes: (path) => port.readBytes(inside(path)),
    readText: (path) => port.readText(inside(path)),
    list: (path) => port.list(path === '' || path === '.' ? folder : inside(path)),
    exists: (path) => port.exists(inside(path)),
  };
}
