/** Which reader handles a file, decided by its extension (the content is checked by the reader itself). */
export type InputFormat = 'json' | 'yaml' | 'txt' | 'md' | 'docx' | 'html';

const byExtension: Record<string, InputFormat> = {
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  docx: 'docx',
  html: 'html',
  htm: 'html',
};

export const supportedExtensions = Object.keys(byExtension);

export function formatFromName(name: string): InputFormat | undefined {
  const match = /\.([^./\\]+)$/.exec(name.toLowerCase());
  return match?.[1] ? byExtension[match[1]] : undefined;
}

export function isStructured(format: InputFormat): format is 'json' | 'yaml' {
  return format === 'json' || format === 'yaml';
}
