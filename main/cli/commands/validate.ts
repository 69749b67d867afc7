/** `huibao validate FILE…`: check reports (structured or raw) and say what was found, or what is wrong where. */
import type { Command } from 'commander';
import { readInputFile } from '../read-input.js';
import type { CliIo } from '../io.js';

export function registerValidate(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check that reports load; print what each contains')
    .argument('<files...>', 'report files (.json, .yaml, or a raw report)')
    .action(async (files: string[]) => {
      const { openReport } = await import('../../engine/input/open-report.js');
      for (const file of files) {
        const { report } = await openReport(await readInputFile(file));
        const metrics = report.pillars.reduce((n, p) => n + p.sections.reduce((m, s) => m + s.metrics.length, 0), 0);
        io.out(`${file}: ok — "${report.title}", ${report.pillars.length} pillars, ${metrics} metrics`);
      }
    });
}
