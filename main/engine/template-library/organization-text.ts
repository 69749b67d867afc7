/**
 * "Organisation" in the editor: the office's own name shown wherever the pack's texts show the report's
 * organisation (title slide, footer, closing slide, summary). Each use of `report.meta.organization` in every text
 * is wrapped as `(default "县委办公室" report.meta.organization)`: the helper prints its first non-empty argument,
 * so the office's name always shows, and the wrapping is recognisable, so the name can be changed again or cleared
 * (back to the report's own) without disturbing anything else the author wrote. Edits are made at the exact source
 * positions of the parsed template; the rest of the text is left byte for byte.
 */
import Handlebars from 'handlebars';
import { InputError } from '../errors.js';

const FIELD = ['report', 'meta', 'organization'];
const WRAPPER = 'default';
export const MAX_ORGANIZATION_LENGTH = 100;

type Located = hbs.AST.Node & { loc: hbs.AST.SourceLocation };

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The name as a Handlebars string literal; refused when it cannot be one. */
export function organizationLiteral(name: string): string {
  if (name.includes('\\')) throw new InputError({ message: 'the organisation name cannot contain "\\"', hint: 'Write the name without backslashes' });
  if (name.length > MAX_ORGANIZATION_LENGTH) throw new InputError({ message: `the organisation name is longer than ${MAX_ORGANIZATION_LENGTH} characters` });
  return `"${name.replace(/"/g, '\\"')}"`;
}

/** The text with every use of the report's organisation showing `name` instead ("" shows the report's own again). */
export function setOrganization(source: string, name: string): string {
  const literal = name === '' ? undefined : organizationLiteral(name);
  const program = Handlebars.parse(source);
  const offset = offsets(source);
  const at = (node: Located): { start: number; end: number } => ({ start: offset(node.loc.start), end: offset(node.loc.end) });
  const text = (node: Located): string => source.slice(offset(node.loc.start), offset(node.loc.end));
  const replacements: Replacement[] = [];
  const visitCall = (node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression, kind: 'mustache' | 'block' | 'sub'): void => {
    const wrapped = wrappedField(node);
    if (wrapped && kind !== 'block') {
      if (literal !== undefined) replacements.push({ ...at(wrapped.literal), text: literal });
      else if (kind === 'sub') replacements.push({ ...at(node as Located), text: text(wrapped.field) });
      else replacements.push({ start: offset((node.path as Located).loc.start), end: offset(wrapped.field.loc.end), text: text(wrapped.field) });
      return;
    }
    if (kind === 'mustache' && isField(node.path) && node.params.length === 0 && literal !== undefined) {
      replacements.push({ ...at(node.path as Located), text: `${WRAPPER} ${literal} ${text(node.path as Located)}` });
      return;
    }
    for (const param of [...node.params, ...(node.hash?.pairs.map((pair) => pair.value) ?? [])]) visitExpression(param);
  };
  const visitExpression = (node: hbs.AST.Expression): void => {
    if (node.type === 'SubExpression') visitCall(node as hbs.AST.SubExpression, 'sub');
    else if (isField(node) && literal !== undefined) replacements.push({ ...at(node as Located), text: `(${WRAPPER} ${literal} ${text(node as Located)})` });
  };
  const walk = (statements: readonly hbs.AST.Statement[]): void => {
    for (const statement of statements) {
      if (statement.type === 'MustacheStatement') visitCall(statement as hbs.AST.MustacheStatement, 'mustache');
      if (statement.type === 'BlockStatement') {
        const block = statement as hbs.AST.BlockStatement;
        visitCall(block, 'block');
        walk(block.program?.body ?? []);
        walk(block.inverse?.body ?? []);
      }
    }
  };
  walk(program.body);
  return apply(source, replacements);
}

/** The office's name the text shows, if it was set by setOrganization. */
export function organizationOf(source: string): string | undefined {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch {
    return undefined;
  }
  let found: string | undefined;
  const visit = (node: hbs.AST.Node | undefined): void => {
    if (found !== undefined || node === null || typeof node !== 'object') return;
    if (node.type === 'MustacheStatement' || node.type === 'SubExpression') {
      const wrapped = wrappedField(node as hbs.AST.SubExpression);
      if (wrapped) found = (wrapped.literal as unknown as hbs.AST.StringLiteral).value;
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach((item: unknown) => visit(item as hbs.AST.Node));
      else if (child !== null && typeof child === 'object' && 'type' in child) visit(child as hbs.AST.Node);
    }
  };
  visit(program);
  return found;
}

function isField(node: hbs.AST.Expression): boolean {
  if (node.type !== 'PathExpression') return false;
  const path = node as hbs.AST.PathExpression;
  const parts = path.data && path.parts[0] === 'root' ? path.parts.slice(1) : path.parts;
  return path.depth === 0 && parts.length === FIELD.length && parts.every((part, i) => part === FIELD[i]);
}

/** `default "name" report.meta.organization`: the wrapping setOrganization writes. */
function wrappedField(node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression): { literal: Located; field: Located } | undefined {
  const [literal, field, ...rest] = node.params;
  const isWrapper = node.path.type === 'PathExpression' && (node.path as hbs.AST.PathExpression).original === WRAPPER;
  if (!isWrapper || rest.length > 0 || !literal || !field || literal.type !== 'StringLiteral' || !isField(field) || (node.hash?.pairs.length ?? 0) > 0) return undefined;
  return { literal: literal as Located, field: field as Located };
}

/** Handlebars positions (line 1-based, column 0-based) → string offsets. */
function offsets(source: string): (position: hbs.AST.Position) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (position) => (starts[position.line - 1] ?? 0) + position.column;
}

function apply(source: string, replacements: readonly Replacement[]): string {
  let out = source;
  for (const replacement of [...replacements].sort((a, b) => b.start - a.start)) out = out.slice(0, replacement.start) + replacement.text + out.slice(replacement.end);
  return out;
}
