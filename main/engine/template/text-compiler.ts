/**
 * The sandboxed Handlebars environment for pack texts. Each compiler owns an isolated environment
 * (`Handlebars.create()`) holding only our helpers; prototype access stays blocked (the 4.7 default, never relaxed).
 *
 * `compile()` is lazy, so a broken template would otherwise fail in the middle of an export. `checkText` therefore
 * parses and precompiles every template when its pack loads (knownHelpersOnly: unknown helpers are errors) and walks
 * the syntax tree to refuse partials, decorators and top-level names that TemplateData does not have — each error
 * naming the file, line and column.
 *
 * Checking costs ~5 ms a text in a fresh process (Handlebars' parser and compiler run cold), ~100 ms for a pack. The
 * outcome depends only on the source, the helpers, the data fields and the Handlebars version, so a compiler can
 * trust texts another compiler with the same signature already checked: `npm ci` checks the built-in packs once and
 * saves their precompiled form (see main/node/text-cache.ts); a text that differs by one character is checked again.
 */
import Handlebars from 'handlebars';
import { InputError } from '../errors.js';
import { TEMPLATE_DATA_FIELDS, type TemplateData } from './data.js';
import type { TemplateHelper } from './helpers/index.js';

export type CompiledText = (data: TemplateData) => string;

/** Handlebars' own helpers, always known. */
const BUILT_IN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log'];
/** Block helpers that run their body with another context, where root field names no longer apply. */
const CONTEXT_CHANGING = new Set(['each', 'with']);

export interface TextCompiler {
  /** Check and compile one template; throws InputError naming `file` and the place. */
  compile(file: string, source: string): CompiledText;
  /** Every text this compiler checked or trusted, precompiled, for saving. */
  checked(): CheckedTexts;
  /** Take texts checked by an equal compiler; ignored (false) when the signature differs. */
  trust(checked: CheckedTexts): boolean;
}

/** Precompiled texts by their exact source, valid for compilers whose signature is `signature`. */
export interface CheckedTexts {
  readonly signature: string;
  readonly texts: Readonly<Record<string, string>>;
}

export function createTextCompiler(helpers: Readonly<Record<string, TemplateHelper>>, fields: readonly string[] = TEMPLATE_DATA_FIELDS): TextCompiler {
  const env = Handlebars.create();
  for (const [name, helper] of Object.entries(helpers)) env.registerHelper(name, helper);
  const helperNames = new Set([...BUILT_IN_HELPERS, ...Object.keys(helpers)]);
  const knownHelpers = Object.fromEntries([...helperNames].map((name) => [name, true]));
  const options = { knownHelpers, knownHelpersOnly: true, noEscape: true, strict: false } as const;
  const signature = JSON.stringify({ handlebars: Handlebars.VERSION, helpers: [...helperNames].sort(), fields: [...fields].sort(), options });
  const precompiled = new Map<string, string>();
  const check = (file: string, source: string): string => {
    const ast = parseOrThrow(env, file, source);
    checkTree(ast, file, helperNames, new Set(fields));
    // The parsed tree goes to the compiler as is: parsing once is a third of the cost of checking a text.
    return String(precompileOrThrow(env, file, ast, options));
  };
  return {
    compile(file, source) {
      let spec = precompiled.get(source);
      if (spec === undefined) precompiled.set(source, (spec = check(file, source)));
      // Turned into a function on first use: a deck build never renders the summary's text, for one.
      const checked = spec;
      let template: ((data: TemplateData) => string) | undefined;
      return (data) => cleanOutput((template ??= env.template(specification(checked)))(data));
    },
    checked: () => ({ signature, texts: Object.fromEntries(precompiled) }),
    trust(checked) {
      if (checked.signature !== signature) return false;
      for (const [source, spec] of Object.entries(checked.texts)) precompiled.set(source, spec);
      return true;
    },
  };
}

/**
 * The precompiled template as the runtime wants it. The check above already ran the whole compiler; turning its
 * output into a function here (as `compile` would do, with `new Function`) saves compiling every text twice.
 */
function specification(precompiled: string): TemplateSpecification {
  return new Function(`return ${precompiled};`)() as TemplateSpecification;
}

function parseOrThrow(env: typeof Handlebars, file: string, source: string): hbs.AST.Program {
  try {
    return env.parse(source);
  } catch (error) {
    throw templateError(file, error);
  }
}

function precompileOrThrow(env: typeof Handlebars, file: string, ast: hbs.AST.Program, options: PrecompileOptions): TemplateSpecification {
  try {
    return env.precompile(ast, options);
  } catch (error) {
    throw templateError(file, error);
  }
}

type PrecompileOptions = NonNullable<Parameters<typeof Handlebars.precompile>[1]>;

/**
 * Handlebars reports parse and lexical errors as "Parse error on line N: …" / "Lexical error on line N. …" with a
 * multi-line excerpt, and compile errors with lineNumber/column. All become one line: where, and what.
 */
function templateError(file: string, error: unknown): InputError {
  const exception = error as { message?: unknown; lineNumber?: unknown; column?: unknown };
  const message = typeof exception.message === 'string' ? exception.message : String(error);
  const parse = /^Parse error on line (\d+):[\s\S]*?\n(Expecting [\s\S]*)$/.exec(message);
  if (parse) {
    const expected = (parse[2] ?? '').replace(/\s+/g, ' ');
    const detail = /got 'EOF'/.test(expected) ? 'the template ends inside a {{…}} or an unclosed {{#block}}' : `syntax error (${expected})`;
    return problem(file, `line ${parse[1]}`, detail, error);
  }
  const lexical = /^Lexical error on line (\d+)/.exec(message);
  if (lexical) return problem(file, `line ${lexical[1]}`, 'unrecognised text inside {{…}} (a stray character or an unclosed string)', error);
  const where = typeof exception.lineNumber === 'number' ? at(exception.lineNumber, typeof exception.column === 'number' ? exception.column : 0) : undefined;
  const detail = (message.split('\n')[0] ?? message).replace(/ - \d+:\d+$/, '').replace(/^You specified knownHelpersOnly, but used the unknown helper (\S+)$/, 'unknown helper "$1"');
  return problem(file, where, detail, error);
}

function problem(file: string, where: string | undefined, message: string, cause?: unknown): InputError {
  return new InputError({
    file,
    message: 'template error',
    problems: [{ ...(where === undefined ? {} : { where }), message }],
    hint: 'Fix the template; the names it may use are listed in main/engine/template/data.ts and helpers/',
    ...(cause === undefined ? {} : { cause }),
  });
}

const at = (line: number, column: number): string => `line ${line}, column ${column + 1}`;

type Node = hbs.AST.Node & { loc: hbs.AST.SourceLocation };

/** Walk the tree: refuse partials and decorators, and top-level names that are neither data fields nor helpers. */
function checkTree(program: hbs.AST.Program, file: string, helpers: ReadonlySet<string>, fields: ReadonlySet<string>): void {
  const fail = (node: Node, message: string): never => {
    throw problem(file, at(node.loc.start.line, node.loc.start.column), message);
  };
  const checkPath = (node: hbs.AST.Expression, depth: number): void => {
    if (node.type === 'SubExpression') return checkCall(node as hbs.AST.SubExpression, depth);
    if (node.type !== 'PathExpression') return;
    const path = node as hbs.AST.PathExpression;
    if (path.data || path.depth > 0 || depth > 0 || (path as { this?: boolean }).this === true) return;
    const head = path.parts[0];
    if (head !== undefined && !fields.has(head)) {
      fail(path as Node, `unknown name "${head}" (templates can use ${[...fields].join(', ')})`);
    }
  };
  const checkCall = (node: hbs.AST.SubExpression | hbs.AST.MustacheStatement | hbs.AST.BlockStatement, depth: number): void => {
    const name = node.path.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : '';
    const isHelper = helpers.has(name);
    const hasArguments = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
    if (!isHelper && hasArguments) fail(node as Node, `unknown helper "${name}"`);
    if (!isHelper) checkPath(node.path, depth);
    for (const param of node.params) checkPath(param, depth);
    for (const pair of node.hash?.pairs ?? []) checkPath(pair.value, depth);
  };
  const walk = (statements: readonly hbs.AST.Statement[], depth: number): void => {
    for (const statement of statements) {
      switch (statement.type) {
        case 'PartialStatement':
        case 'PartialBlockStatement':
          fail(statement as Node, 'partials ({{> name}}) are not supported in pack texts');
          break;
        case 'Decorator':
        case 'DecoratorBlock':
          fail(statement as Node, 'decorators ({{* name}}) are not supported in pack texts');
          break;
        case 'MustacheStatement':
          checkCall(statement as hbs.AST.MustacheStatement, depth);
          break;
        case 'BlockStatement': {
          const block = statement as hbs.AST.BlockStatement;
          checkCall(block, depth);
          const name = block.path.type === 'PathExpression' ? (block.path as hbs.AST.PathExpression).original : '';
          // {{#each}}, {{#with}} and a field used as a block ({{#pillar}}…{{/pillar}}) change the context.
          const inner = CONTEXT_CHANGING.has(name) || !helpers.has(name) ? depth + 1 : depth;
          walk(block.program?.body ?? [], inner);
          walk(block.inverse?.body ?? [], depth);
          break;
        }
        default:
          break;
      }
    }
  };
  walk(program.body, 0);
}

/** Characters XML 1.0 forbids break the slide XML (a pptxgenjs trap): drop them; keep tabs and newlines. */
function cleanOutput(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
