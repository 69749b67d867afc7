/**
 * `huibao import FILE [-o OUT.json] [--explain]`: a raw report → the structured report, printed as JSON on stdout or
 * written atomically to OUT (.json, or .yaml/.yml). `--explain` goes to stderr, so stdout stays valid JSON.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../engine/errors.js';
import type { Report } from '../../engine/report/schema.js';
import { fromFsError } from '../errors.js';
import type { CliIo } from '../io.js';
import { writeFileAtomic } from '../node-ports.js';
import { readInputFile } from '../read-input.js';

interface ImportOptions {
  readonly output?: string;
  readonly explain?: boolean;
}

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('turn a raw report (txt, md, docx, html) into a structured report (JSON or YAML)')
    .argument('<file>', 'the report: .txt, .md, .docx or .html (UTF-8, UTF-16 or GB18030/GBK text is detected)')
    .option('-o, --output <file>', 'write the structured report here (.json, .yaml or .yml) instead of printing it')
    .option('--explain', 'list on stderr what was dropped as clutter and why each heading was taken as one')
    .action(async (file: string, options: ImportOptions) => {
      const output = options.output;
      if (output) refuseOverwritingInput(file, output);
      const [{ importReport }, { explainImport }] = await Promise.all([import('../../engine/ingest/import-report.js'), import('../../engine/ingest/explain.js')]);
      const { report, trace } = await importReport(await readInputFile(file));
      if (options.explain) for (const line of explainImport(trace)) io.err(line);
      if (!output) {
        io.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      try {
        await writeFileAtomic(output, await serialize(report, output));
      } catch (error) {
        throw fromFsError(error, output, 'write');
      }
      io.out(`${output}: "${report.title}", ${report.pillars.length} pillars, ${countMetrics(report)} metrics`);
    });
}

async function serialize(report: Report, output: string): Promise<string> {
  if (!/\.ya?ml$/i.test(output)) return `${JSON.stringify(report, null, 2)}\n`;
  const { stringify } = await import('yaml');
  return stringify(report, { lineWidth: 0 });
}

/** The output must be a structured report file, and never the user's own report. */
function refuseOverwritingInput(input: string, output: string): void {
  if (path.resolve(input) === path.resolve(output)) {
    throw new InputError({ file: output, message: 'the output would overwrite the report being imported', hint: 'Choose another output file' });
  }
  if (!/\.(json|ya?ml)$/i.test(output)) {
    throw new InputError({ file: output, message: 'the output must be a .json, .yaml or .yml file', hint: 'For example: -o report.json' });
  }
}

function countMetrics(report: Report): number {
  return report.pillars.reduce((n, pillar) => n + pillar.sections.reduce((m, section) => m + section.metrics.length, 0), 0);
}
