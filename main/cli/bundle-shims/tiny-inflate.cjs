// tiny-inflate, as the CLI bundle uses it (scripts/build-node.mjs aliases the package here): the same call — raw
// DEFLATE `source` into the caller's `dest`, returning `dest`, or a copy of the filled part when the data is shorter —
// done by Node's zlib. tiny-inflate decodes bit by bit in JavaScript; cold, in a fresh `huibao` process, unpacking the
// Unicode tables fontkit, unicode-properties and linebreak load with the PDF writer cost ~25 ms of every PDF build.
'use strict';
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  // Never more than the caller made room for; where tiny-inflate would drop the excess silently, this throws.
  const out = inflateRawSync(source, { maxOutputLength: Math.max(1, dest.length) });
  dest.set(out.subarray(0, dest.length));
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
};
