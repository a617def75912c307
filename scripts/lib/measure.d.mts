// Types of the timing helpers (measure.mjs), for the TypeScript scripts that use them.
import type { SpawnSyncReturns } from 'node:child_process';

export function median(xs: readonly number[]): number;
export function measures(
  env: NodeJS.ProcessEnv,
  runs: number,
): { time: (cmd: string, args: string[], options?: object) => { ms: number; r: SpawnSyncReturns<string> } };
