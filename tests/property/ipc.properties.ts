/**
 * Properties of the IPC argument schemas (main/contract.ts) and the selection schema they embed: whatever a page
 * sends — valid, nearly valid or hostile — the schema answers success or a ZodError, never throws, never hangs; what
 * it accepts satisfies the channel's own guarantees (no NUL in paths, safe job ids, bounded strings) and survives
 * JSON, since `huibao serve` carries the same arguments over HTTP.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { channelNames, contract, HandoutOptionsSchema, type ChannelName } from '../../main/contract.js';
import { SelectionSchema } from '../../main/engine/selection/schema.js';
import { awkwardString } from './support/arbitraries.js';
import { fuzz, type FuzzProperty } from './support/fuzz.js';

const hostile = fc.constantFrom<unknown>('__proto__', 'constructor', { __proto__: { polluted: true } }, JSON.parse('{"__proto__": {"polluted": true}}'), null, [], '', 'a\0b', '../../etc/passwd', 'C:\\Windows\\system32', '\\\\server\\share', 'x'.repeat(5000), Number.NaN, Infinity, -0, 1e308, { toString: 'x' });
const loose = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) });

const path = loose(fc.oneof(awkwardString(60), fc.constantFrom('report.txt', '/tmp/a.docx', 'C:\\Users\\王\\报告.docx', 'a/../../b.json')));
const jobId = loose(fc.stringMatching(/^[\w-]{1,64}$/));
const documentId = loose(fc.oneof(fc.uuid(), awkwardString(10)));
const base64 = loose(fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('base64')));
const selection = loose(
  fc.record(
    {
      preset: loose(fc.constantFrom('brief', 'full', 'onepage')),
      pillarOrder: loose(fc.array(awkwardString(8), { maxLength: 5 })),
      excluded: loose(fc.array(awkwardString(8), { maxLength: 5 })),
      pinned: loose(fc.array(awkwardString(8), { maxLength: 5 })),
      metricEdits: loose(fc.dictionary(awkwardString(8), fc.record({ label: loose(awkwardString(70)), value: loose(fc.double()), unit: loose(awkwardString(25)) }, { requiredKeys: [] }), { maxKeys: 3 })),
    },
    { requiredKeys: [] },
  ),
);

const templateIdArgs = loose(fc.record({ templateId: loose(fc.oneof(awkwardString(20), fc.constantFrom('gov-blue', '../gov-blue', 'a/b', '.hidden'))) }, { requiredKeys: [] }));
const templateEdit = loose(
  fc.oneof(
    fc.record({ kind: loose(fc.constantFrom('color', 'fonts', 'text')), name: loose(fc.constantFrom('primary', '__proto__', 'footer')), value: loose(fc.constantFrom('#B22222', 'red', '0000FF')) }, { requiredKeys: [] }),
    fc.record({ kind: fc.constant('image'), slot: loose(fc.constantFrom('logo', 'titleBackground', '../x')), base64 }, { requiredKeys: [] }),
    fc.record({ kind: fc.constant('text'), name: loose(fc.constantFrom('footer', '../../etc/passwd', 'summary.md')), source: loose(awkwardString(100)) }, { requiredKeys: [] }),
  ),
);

const argsFor: { readonly [K in ChannelName]: fc.Arbitrary<unknown> } = {
  appInfo: loose(fc.constant({})),
  openPath: loose(fc.record({ path, jobId }, { requiredKeys: [] })),
  openBytes: loose(fc.record({ name: loose(awkwardString(300)), base64, jobId }, { requiredKeys: [] })),
  openSample: loose(fc.record({ jobId }, { requiredKeys: [] })),
  openDialog: loose(fc.record({ jobId }, { requiredKeys: [] })),
  getDocument: loose(fc.constant({})),
  updateDocument: loose(fc.record({ documentId, templateId: loose(awkwardString(20)), selection }, { requiredKeys: [] })),
  listRecent: loose(fc.constant({})),
  planDeck: loose(fc.record({ documentId }, { requiredKeys: [] })),
  listTemplates: loose(fc.constant({})),
  exportFile: loose(
    fc.record(
      { documentId, kind: loose(fc.constantFrom('pptx', 'summary-pdf', 'handout-pdf')), handout: loose(fc.record({ perPage: loose(fc.constantFrom(1, 2, 3, 4, 6)), notes: loose(fc.boolean()) }, { requiredKeys: [] })), summary: loose(fc.record({ toc: loose(fc.boolean()) }, { requiredKeys: [] })), jobId },
      { requiredKeys: [] },
    ),
  ),
  showInFolder: loose(fc.record({ path }, { requiredKeys: [] })),
  duplicateTemplate: loose(fc.record({ templateId: loose(awkwardString(20)), name: loose(awkwardString(50)) }, { requiredKeys: [] })),
  getTemplateSource: templateIdArgs,
  updateTemplate: loose(fc.record({ templateId: loose(awkwardString(20)), edit: templateEdit }, { requiredKeys: [] })),
  checkTemplateText: loose(fc.record({ name: loose(awkwardString(20)), source: loose(awkwardString(200)) }, { requiredKeys: [] })),
  undoTemplate: templateIdArgs,
  redoTemplate: templateIdArgs,
  resetTemplate: templateIdArgs,
  deleteTemplate: templateIdArgs,
  previewTemplate: templateIdArgs,
  exportTemplate: templateIdArgs,
  importTemplate: loose(fc.record({ name: loose(awkwardString(300)), base64 }, { requiredKeys: [] })),
};

const validPath = fc.string({ minLength: 1, maxLength: 200 }).map((s) => s.replace(/\0/g, '_'));
const validJob = fc.option(fc.stringMatching(/^[\w-]{1,64}$/), { nil: undefined });
const validSelection = fc.record(
  {
    preset: fc.constantFrom('brief', 'full', 'onepage'),
    pillarOrder: fc.array(fc.string(), { maxLength: 5 }),
    excluded: fc.array(fc.string(), { maxLength: 5 }),
    pinned: fc.array(fc.string(), { maxLength: 5 }),
    metricEdits: fc.dictionary(fc.string().filter((k) => k !== '__proto__'), fc.record({ label: fc.string({ minLength: 1, maxLength: 60 }), value: fc.double({ noNaN: true, noDefaultInfinity: true }), unit: fc.string({ maxLength: 20 }) }, { requiredKeys: [] }), { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);
const validTemplateId = fc.string({ minLength: 1, maxLength: 200 });
const dropUndefined = (value: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

/** Well-formed arguments for every channel: each must be accepted (so the schemas are not simply refusing all). */
const validArgsFor: { readonly [K in ChannelName]: fc.Arbitrary<unknown> } = {
  appInfo: fc.constant({}),
  openPath: fc.record({ path: validPath, jobId: validJob }).map(dropUndefined),
  openBytes: fc.record({ name: fc.string({ minLength: 1, maxLength: 255 }), base64: fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('base64')), jobId: validJob }).map(dropUndefined),
  openSample: fc.record({ jobId: validJob }).map(dropUndefined),
  openDialog: fc.record({ jobId: validJob }).map(dropUndefined),
  getDocument: fc.constant({}),
  updateDocument: fc.record({ documentId: fc.string({ minLength: 1, maxLength: 100 }), templateId: fc.option(fc.string({ minLength: 1, maxLength: 200 }), { nil: undefined }), selection: fc.option(validSelection, { nil: undefined }) }).map(dropUndefined),
  listRecent: fc.constant({}),
  planDeck: fc.record({ documentId: fc.string({ minLength: 1, maxLength: 100 }) }),
  listTemplates: fc.constant({}),
  exportFile: fc
    .record({
      documentId: fc.string({ minLength: 1, maxLength: 100 }),
      kind: fc.constantFrom('pptx', 'summary-pdf', 'handout-pdf'),
      // Which layouts exist is the contract's business: offer the usual ones, keep those it lists.
      handout: fc.option(fc.record({ perPage: fc.constantFrom(1, 2, 3, 4, 6).filter((n) => HandoutOptionsSchema.shape.perPage.safeParse(n).success), notes: fc.boolean() }, { requiredKeys: [] }), { nil: undefined }),
      summary: fc.option(fc.record({ toc: fc.boolean() }, { requiredKeys: [] }), { nil: undefined }),
      jobId: validJob,
    })
    .map(dropUndefined),
  showInFolder: fc.record({ path: validPath }),
  duplicateTemplate: fc.record({ templateId: validTemplateId, name: fc.option(fc.string({ minLength: 1, maxLength: 40 }).filter((n) => n.trim() === n && n !== ''), { nil: undefined }) }).map(dropUndefined),
  getTemplateSource: fc.record({ templateId: validTemplateId }),
  updateTemplate: fc.record({
    templateId: validTemplateId,
    edit: fc.oneof(
      fc.record({ kind: fc.constant('color'), name: fc.constantFrom('primary', 'text', 'accent'), value: fc.stringMatching(/^#?[0-9a-fA-F]{6}$/) }),
      fc.record({ kind: fc.constant('footerText'), text: fc.string({ maxLength: 200 }) }),
      fc.record({ kind: fc.constant('kpiTiles'), count: fc.integer({ min: 3, max: 6 }) }),
      fc.record({ kind: fc.constant('chart'), enabled: fc.boolean() }),
      fc.record({ kind: fc.constant('text'), name: fc.constantFrom('footer', 'title', 'summary.md'), source: fc.string({ maxLength: 300 }) }),
      fc.record({ kind: fc.constant('removeImage'), slot: fc.constantFrom('logo', 'titleBackground', 'contentBackground', 'closingBackground') }),
    ),
  }),
  checkTemplateText: fc.record({ name: fc.constantFrom('footer', 'title', 'summary.md'), source: fc.string({ maxLength: 300 }) }),
  undoTemplate: fc.record({ templateId: validTemplateId }),
  redoTemplate: fc.record({ templateId: validTemplateId }),
  resetTemplate: fc.record({ templateId: validTemplateId }),
  deleteTemplate: fc.record({ templateId: validTemplateId }),
  previewTemplate: fc.record({ templateId: validTemplateId }),
  exportTemplate: fc.record({ templateId: validTemplateId }),
  importTemplate: fc.record({ name: fc.string({ minLength: 1, maxLength: 255 }), base64: fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('base64')) }),
};

const validCall = fc.constantFrom(...channelNames).chain((name) => validArgsFor[name].map((args) => ({ name, args })));

/** A call as a page could make it: a known channel, with or without extra keys. */
const call = fc.tuple(fc.constantFrom(...channelNames), fc.boolean(), awkwardString(8)).chain(([name, extra, key]) =>
  argsFor[name].map((args) => ({ name, args: extra && args && typeof args === 'object' && !Array.isArray(args) ? { ...args, [key || 'x']: 1 } : args })),
);

function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(key, ...strings(item));
  return found;
}

/** What every channel promises about the arguments it lets through to a handler. */
function checkAccepted(name: ChannelName, data: unknown): void {
  const record = data as Record<string, unknown>;
  if (typeof record.path === 'string' && (record.path.includes('\0') || record.path.length === 0)) throw new Error(`${name} accepted the path ${JSON.stringify(record.path)}`);
  if (record.jobId !== undefined && !/^[\w-]{1,64}$/.test(String(record.jobId))) throw new Error(`${name} accepted the job id ${JSON.stringify(record.jobId)}`);
  if (strings(data).some((s) => s.length > 30_000_000)) throw new Error(`${name} accepted an unbounded string`);
  if ('polluted' in {}) throw new Error('Object.prototype was polluted');
  const again = contract[name].args.safeParse(JSON.parse(JSON.stringify(data)));
  if (!again.success || JSON.stringify(again.data) !== JSON.stringify(data)) throw new Error(`${name}: accepted arguments do not survive JSON (as over HTTP)`);
}

function parseCall(schemas: Record<ChannelName, z.ZodType>) {
  return ({ name, args }: { name: ChannelName; args: unknown }): void => {
    const result = schemas[name].safeParse(args); // must not throw
    if (result.success) checkAccepted(name, result.data);
    else if (!(result.error instanceof z.ZodError) || result.error.issues.length === 0) throw new Error(`${name}: refused without saying why`);
  };
}

const realSchemas = Object.fromEntries(channelNames.map((name) => [name, contract[name].args])) as unknown as Record<ChannelName, z.ZodType>;
/** Deliberately wrong: openPath without the NUL check and with unknown keys allowed, as a careless edit might leave it. */
const brokenSchemas = { ...realSchemas, openPath: z.object({ path: z.string().min(1), jobId: z.string().optional() }).loose() } as Record<ChannelName, z.ZodType>;

export const properties: Record<string, FuzzProperty> = {
  'contract: every call is accepted with its guarantees or refused with a reason': fuzz(call, parseCall(realSchemas)),
  'contract: every well-formed call is accepted': fuzz(validCall, ({ name, args }) => {
    const result = contract[name].args.safeParse(args);
    if (!result.success) throw new Error(`${name} refused well-formed arguments: ${result.error.issues.map((i) => i.message).join('; ')}`);
    checkAccepted(name, result.data);
  }),
  'selection: any value parses or is refused, and what parses is canonical': fuzz(selection, (value) => {
    const result = SelectionSchema.safeParse(value);
    if (!result.success) return;
    const again = SelectionSchema.parse(JSON.parse(JSON.stringify(result.data)));
    if (JSON.stringify(again) !== JSON.stringify(result.data)) throw new Error('a parsed selection changes when parsed again');
    for (const edit of Object.values(result.data.metricEdits)) if (edit.label !== undefined && (edit.label.length < 1 || edit.label.length > 60)) throw new Error('an edit label outside 1..60 characters was accepted');
  }),
  'broken: an openPath schema that lets NUL bytes through': fuzz(
    fc.tuple(fc.string(), fc.string()).map(([a, b]) => ({ name: 'openPath' as ChannelName, args: { path: `${a}\0${b}` } })),
    parseCall(brokenSchemas),
  ),
};
