// Temporary files this process is writing, so an interrupt can remove them. Kept apart from
// save.ts so that start-up does not load what saving needs.
import { fs } from './fs.js';

const { unlinkSync } = fs;

export const pendingTemporaryFiles = new Set<string>();

export function removeQuietly(file: string): void {
  pendingTemporaryFiles.delete(file);
  try {
    unlinkSync(file);
  } catch {
    // Already gone, or never created.
  }
}

export function removeAllPending(): void {
  for (const f of [...pendingTemporaryFiles]) removeQuietly(f);
}
