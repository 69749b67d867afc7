// Regenerates main/engine/layout/bundled-font-advances.ts from the bundled Noto Sans SC (after a font upgrade).
import { writeFileSync } from 'node:fs';
import { bundledFontAdvancesModule, FONT_ADVANCES_FILE } from './font-advances-module.js';

writeFileSync(FONT_ADVANCES_FILE, await bundledFontAdvancesModule());
console.log(`wrote ${FONT_ADVANCES_FILE}`);
