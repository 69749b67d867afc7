/** Deck colours are 6-digit hex; anything else is a planner bug, caught here with the element that carries it. */

export function hexColor(value: string, where: string): string {
  const hex = value.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`${where}: colour "${value}" is not a 6-digit hex colour`);
  return hex;
}
