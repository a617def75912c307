// The size limits on files talkcoach reads, stated once. Only a scenario's can be raised (--max-bytes);
// an answers file or the history is never that big unless something went wrong.
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export const LIMITS = {
  scenario: DEFAULT_MAX_BYTES,
  answers: DEFAULT_MAX_BYTES,
  history: DEFAULT_MAX_BYTES,
} as const;

/** The kinds of file with a size limit, each with its own words when a file is over it. */
export type Limited = keyof typeof LIMITS;
