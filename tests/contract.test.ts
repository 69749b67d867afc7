// The contract is the one place channels are defined: names, schemas and the zod-free name list must agree,
// and the argument schemas must refuse what a compromised page could send.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { channelNames, contract, eventNames, isChannelName, type ArgsOf, type ResultOf, type DocumentView } from '../main/contract.js';

describe('IPC contract', () => {
  it('defines exactly the channels the preload and renderer know by name', () => {
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
    expect(new Set(channelNames).size).toBe(channelNames.length);
    expect(eventNames).toEqual(['progress', 'saved', 'command']);
    expect(isChannelName('planDeck')).toBe(true);
    expect(isChannelName('__proto__')).toBe(false);
    expect(isChannelName('constructor')).toBe(false);
  });

  it('fills defaults and refuses unknown keys', () => {
    const parsed = contract.exportFile.args.parse({ documentId: 'd1', kind: 'handout-pdf', handout: {} });
    expect(parsed.handout).toEqual({ perPage: 2, notes: false });
    expect(contract.appInfo.args.safeParse({ extra: 1 }).success).toBe(false);
    expect(contract.openPath.args.safeParse({ path: 'a.txt', shell: 'rm -rf /' }).success).toBe(false);
  });

  it('refuses malformed arguments', () => {
    expect(contract.openPath.args.safeParse({ path: '' }).success).toBe(false);
    expect(contract.openPath.args.safeParse({ path: 'a\0b.txt' }).success).toBe(false);
    expect(contract.openBytes.args.safeParse({ name: 'a.txt', base64: 'not base64!' }).success).toBe(false);
    expect(contract.openSample.args.safeParse({ jobId: '../../x' }).success).toBe(false);
    expect(contract.exportFile.args.safeParse({ documentId: 'd', kind: 'exe' }).success).toBe(false);
    expect(contract.exportFile.args.safeParse({ documentId: 'd', kind: 'pptx', handout: { perPage: 3 } }).success).toBe(false);
    expect(contract.updateDocument.args.safeParse({ documentId: 'd', selection: { excluded: 'p1' } }).success).toBe(false);
  });

  it('derives argument and result types from the same entry', () => {
    expectTypeOf<ArgsOf<'openPath'>>().toEqualTypeOf<{ path: string; jobId?: string | undefined }>();
    expectTypeOf<ResultOf<'openDialog'>>().toEqualTypeOf<DocumentView | null>();
    expectTypeOf<ResultOf<'showInFolder'>>().toEqualTypeOf<null>();
  });
});
