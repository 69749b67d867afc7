/**
 * The template library's engine API, shared by the CLI and the app's editor: packs as files (path → bytes);
 * duplicate, edit, check, export and import them; make one from a PowerPoint theme. Pure: the shells read and
 * write the folders (main/node/user-templates.ts).
 */
export { packFilesFrom, packFilesPort, fileText, withFile, samePackFiles, totalBytes, type PackFiles } from './pack-files.js';
export { PACK_LIMITS, formatBytes } from './limits.js';
export { packFileKind, unsafePathProblem, isArchiverJunk, type PackFileKind } from './pack-layout.js';
export { readManifest, readManifestJson } from './manifest-json.js';
export { checkPackFiles, openPackFiles, formatPackProblem, packProblemsError, type PackCheck, type PackProblem } from './check-pack.js';
export { checkTextTemplate } from './check-text.js';
export type { TextProblem } from './text-problem.js';
export { contrastRatio, relativeLuminance } from './color-math.js';
export { packContrastWarnings, AA_LARGE, AA_NORMAL, type ContrastWarning } from './contrast-warnings.js';
export { uniqueIdentity, idFromName, identityOf, withIdentity, PACK_ID, type PackIdentity } from './identity.js';
export { duplicatePack } from './duplicate-pack.js';
export { applyPackEdit, packTextNames, FOOTER_TEXT, type PackEdit } from './pack-edit.js';
export { IMAGE_SLOTS, type ImageSlot } from './edit-images.js';
export { literalTextOf } from './literal-text.js';
export { organizationOf } from './organization-text.js';
export { exportPackArchive, ARCHIVE_EXTENSION } from './archive-export.js';
export { importPackArchive, type ImportOptions, type ImportedPack } from './archive-import.js';
export { themeFromPptx, parseTheme, MAX_OFFICE_FILE_BYTES, type OfficeTheme, type ThemeFonts } from './office-theme.js';
export { packFromTheme, themeColors } from './pack-from-theme.js';
