/**
 * Names a pack text has no honest use for: the ways into JavaScript's object machinery (constructor, __proto__,
 * prototype, the __define… and __lookup… accessors, Object.prototype and Function.prototype methods) and Handlebars'
 * internal fallbacks. Handlebars 4.7.10 already refuses to resolve them at render time; packs from other offices are
 * refused when they name them at all, so a future sandbox regression still finds nothing to exploit, and the author
 * learns at once which line to fix.
 *
 * Caught: `{{constructor.constructor}}`, `{{report.__proto__}}`, `{{@root.constructor}}`, `{{report.[constructor]}}`,
 * `{{lookup report "constructor"}}` and a forbidden name as any other literal argument.
 */
import type { TextProblem } from './text-problem.js';

const FORBIDDEN = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'toLocaleString',
  'valueOf',
  'call',
  'apply',
  'bind',
  'helperMissing',
  'blockHelperMissing',
]);

type Located = hbs.AST.Node & { loc: hbs.AST.SourceLocation };

/** Every use of a forbidden name in the parsed template, each with its line and column (1-based). */
export function prototypeAccessProblems(program: hbs.AST.Program): TextProblem[] {
  const problems: TextProblem[] = [];
  const report = (node: Located, name: string, how: string): void => {
    problems.push({ line: node.loc.start.line, column: node.loc.start.column + 1, message: `${how} "${name}" is not allowed in pack texts (it reaches into JavaScript objects, not report data)` });
  };
  const expression = (node: hbs.AST.Expression): void => {
    if (node.type === 'PathExpression') {
      const path = node as hbs.AST.PathExpression;
      const bad = path.parts.find((part) => FORBIDDEN.has(part));
      if (bad !== undefined) report(path as Located, bad, 'the name');
    } else if (node.type === 'StringLiteral') {
      const value = (node as hbs.AST.StringLiteral).value;
      if (FORBIDDEN.has(value)) report(node as Located, value, 'the key');
    } else if (node.type === 'SubExpression') {
      call(node as hbs.AST.SubExpression);
    }
  };
  const call = (node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression): void => {
    expression(node.path as hbs.AST.Expression);
    for (const param of node.params) expression(param);
    for (const pair of node.hash?.pairs ?? []) {
      if (FORBIDDEN.has(pair.key)) report(pair as Located, pair.key, 'the argument name');
      expression(pair.value);
    }
  };
  const walk = (statements: readonly hbs.AST.Statement[]): void => {
    for (const statement of statements) {
      if (statement.type === 'MustacheStatement') call(statement as hbs.AST.MustacheStatement);
      if (statement.type === 'BlockStatement') {
        const block = statement as hbs.AST.BlockStatement;
        call(block);
        for (const param of block.program?.blockParams ?? []) if (FORBIDDEN.has(param)) report(block as Located, param, 'the block parameter');
        walk(block.program?.body ?? []);
        walk(block.inverse?.body ?? []);
      }
    }
  };
  walk(program.body);
  return problems;
}
