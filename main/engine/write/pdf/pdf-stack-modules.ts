/**
 * Where pdfmake and fontkit come from. Both are required through CommonJS, as pdfkit itself requires fontkit:
 * fontkit ships separate CommonJS and ES module builds, and an `import` would give a second copy whose classes pdfkit
 * never uses (so a fast path installed on them would silently do nothing).
 *
 * The CLI's bundle replaces this file with main/cli/bundle-shims/pdf-stack-modules.cjs, which loads the same two
 * modules from their own prebuilt bundle with its own code cache (scripts/build-node.mjs): a deck-only build then
 * neither reads nor compiles the PDF stack.
 */
import { createRequire } from 'node:module';

export interface PdfStackModules {
  readonly pdfmake: unknown;
  readonly fontkit: unknown;
}

export function requirePdfStackModules(): PdfStackModules {
  const require = createRequire(import.meta.url);
  return { pdfmake: require('pdfmake'), fontkit: require('fontkit') };
}
