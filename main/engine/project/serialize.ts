/** Reading and writing project files as text. Parsing never throws a raw error: a damaged file is an InputError. */
import { InputError } from '../errors.js';
import { formatIssuePath } from '../report/validate.js';
import { ProjectFileSchema, type ProjectFile } from './schema.js';

export function serializeProject(project: ProjectFile): string {
  // Pretty-printed: people diff and occasionally read these files; they are a few kilobytes at most.
  return JSON.stringify(ProjectFileSchema.parse(project), null, 2) + '\n';
}

export function parseProject(text: string, file: string): ProjectFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError({ file, message: 'the project file is damaged (not complete JSON)', hint: 'Huibao falls back to its backup copy', cause: error });
  }
  const result = ProjectFileSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({ where: formatIssuePath(issue.path), message: issue.message }));
    throw new InputError({ file, message: 'not a Huibao project file', problems });
  }
  return result.data;
}
