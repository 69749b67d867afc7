/** The cheapest whole job: start the CLI and validate the structured sample (start-up cost of every command). */
import { statSync } from 'node:fs';
import type { BenchCase } from '../types.js';

const sample = 'assets/samples/baiyangba-2023-q1q3.report.json';

export const cases: BenchCase[] = [
  { kind: 'process', group: 'startup', name: 'huibao --version', command: ['node', 'bin/huibao.cjs', '--version'] },
  { kind: 'process', group: 'startup', name: 'huibao validate (structured sample)', command: ['node', 'bin/huibao.cjs', 'validate', sample], bytes: statSync(sample).size },
];
