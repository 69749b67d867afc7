/**
 * Every fast-check property in the unit tests runs from one fixed seed (the property suites in tests/property pass
 * theirs explicitly), so CI is repeatable: a random seed once failed a run with a counterexample no other run saw.
 * Explore other seeds locally: HUIBAO_FUZZ_SEED=123 npx vitest run tests/engine/layout
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env['HUIBAO_FUZZ_SEED'] ?? 20_231_012) });
