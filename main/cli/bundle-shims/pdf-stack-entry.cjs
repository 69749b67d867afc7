// The entry of dist/pdf-stack.cjs: the PDF stack (pdfmake with pdfkit, and the fontkit pdfkit requires) as one bundle
// of its own, loaded with its own code cache only when a command writes a PDF (see pdf-stack-modules.cjs).
'use strict';
module.exports = { pdfmake: require('pdfmake'), fontkit: require('fontkit') };
