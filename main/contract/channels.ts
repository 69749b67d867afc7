/**
 * The names of the IPC channels and events, with no zod attached: the sandboxed preload and the renderer bundle
 * import this file at run time to refuse unknown names, while main/contract.ts holds the schemas. The compiler
 * checks that the contract defines exactly these channels and events (see the `satisfies` clauses there).
 */
export const channelNames = [
  'appInfo',
  'openPath',
  'openBytes',
  'openSample',
  'openDialog',
  'getDocument',
  'updateDocument',
  'listRecent',
  'planDeck',
  'listTemplates',
  'exportFile',
  'showInFolder',
  'duplicateTemplate',
  'getTemplateSource',
  'updateTemplate',
  'checkTemplateText',
  'undoTemplate',
  'redoTemplate',
  'resetTemplate',
  'deleteTemplate',
  'previewTemplate',
  'exportTemplate',
  'importTemplate',
] as const;

export const eventNames = ['progress', 'saved', 'command'] as const;

export type ChannelName = (typeof channelNames)[number];
export type EventName = (typeof eventNames)[number];

const channelSet: ReadonlySet<string> = new Set(channelNames);
const eventSet: ReadonlySet<string> = new Set(eventNames);

export const isChannelName = (name: unknown): name is ChannelName => typeof name === 'string' && channelSet.has(name);
export const isEventName = (name: unknown): name is EventName => typeof name === 'string' && eventSet.has(name);
