/** The engine's public API: what the CLI, the Electron main process and `huibao serve` call. Pure: no electron, no DOM, no disk. */
export { InputError, isInputError, formatProblem, type InputProblem } from './errors.js';
export type { ReadPort, WritePort, ProgressSink } from './ports.js';
export * from './report/schema.js';
export { validateReport, parseStructuredReport, formatIssuePath } from './report/validate.js';
export { reportJsonSchema } from './report/json-schema.js';
export { openReport, type InputFile, type OpenedReport } from './input/open-report.js';
export { formatFromName, supportedExtensions, type InputFormat } from './input/formats.js';
export * from './selection/schema.js';
export type * from './deck/model.js';
export * from './layout/index.js';
