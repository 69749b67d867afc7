/**
 * The few icons the studio uses, as inline SVG paths on a 16-unit grid (no icon font, no files to load). They are
 * decorative: every button that shows one also has a text label or aria-label.
 */
import { svg } from './h.js';

const paths = {
  chevron: 'M6 4l4 4-4 4',
  check: 'M3.5 8.5l3 3 6-7',
  dash: 'M4 8h8',
  undo: 'M6 4L3 7l3 3M3.5 7H10a3 3 0 010 6H8',
  redo: 'M10 4l3 3-3 3M12.5 7H6a3 3 0 000 6h2',
  folder: 'M2 4.5h4l1.5 1.5H14v6.5H2z',
  pin: 'M6 2.5h4M7 2.5v4L4.5 9h7L9 6.5v-4M8 9v4.5',
  grip: 'M6 4h.01M10 4h.01M6 8h.01M10 8h.01M6 12h.01M10 12h.01',
  left: 'M10 3.5L5.5 8l4.5 4.5',
  right: 'M6 3.5l4.5 4.5L6 12.5',
  close: 'M4 4l8 8M12 4l-8 8',
  download: 'M8 2.5v8M4.5 7L8 10.5 11.5 7M3 13.5h10',
  keyboard: 'M2 4.5h12v7H2zM4.5 7h.01M7 7h.01M9.5 7h.01M12 7h.01M5 9.5h6',
  alert: 'M8 2.5l6 11H2zM8 6.5v3.5M8 12h.01',
  info: 'M8 14.5a6.5 6.5 0 100-13 6.5 6.5 0 000 13zM8 7.5v4M8 5h.01',
  file: 'M4 1.5h5l3 3v10H4zM9 1.5v3h3',
  globe: 'M8 14.5a6.5 6.5 0 100-13 6.5 6.5 0 000 13zM1.5 8h13M8 1.5c2 2 2.6 4 2.6 6.5S10 12.5 8 14.5C6 12.5 5.4 10.5 5.4 8S6 3.5 8 1.5',
} as const;

export type IconName = keyof typeof paths;

export function icon(name: IconName, className = 'icon'): SVGSVGElement {
  return svg(
    'svg',
    { class: className, viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true', focusable: 'false' },
    svg('path', { d: paths[name], fill: 'none', stroke: 'currentColor', 'stroke-width': name === 'grip' ? 2.2 : 1.5, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
  );
}
