/** Every channel's handler, in one map the compiler checks against the contract: a missing or extra one fails to build. */
import type { ChannelName } from '../contract.js';
import { appInfo } from './app-info.js';
import type { Handler } from './dispatch.js';
import { updateDocument } from './document.js';
import { exportFile, showInFolder } from './export.js';
import { getDocument, openBytes, openDialog, openPath, openSample } from './open.js';
import { planDeck } from './plan.js';
import { listRecent } from './recent.js';
import { listTemplates } from './templates.js';
import { checkTemplateText, deleteTemplate, duplicateTemplate, getTemplateSource, previewTemplate, redoTemplate, resetTemplate, undoTemplate, updateTemplate } from './template-editor.js';
import { exportTemplate, importTemplate } from './template-archive.js';

export const handlers: { readonly [K in ChannelName]: Handler<K> } = {
  appInfo,
  openPath,
  openBytes,
  openSample,
  openDialog,
  getDocument,
  updateDocument,
  listRecent,
  planDeck,
  listTemplates,
  exportFile,
  showInFolder,
  duplicateTemplate,
  getTemplateSource,
  updateTemplate,
  checkTemplateText,
  undoTemplate,
  redoTemplate,
  resetTemplate,
  deleteTemplate,
  previewTemplate,
  exportTemplate,
  importTemplate,
};
