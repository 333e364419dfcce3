import fc from "fast-check";

/**
 * Only for the Stryker run (vitest.stryker.config.ts): property tests run against every mutant,
 * so they get a fixed seed (a mutant is killed or not, the same on every run) and a time budget
 * per property (a surviving mutant would otherwise pay the full run count of every property).
 */
fc.configureGlobal({ seed: 20_250_315, interruptAfterTimeLimit: 150, markInterruptAsFailure: false });
