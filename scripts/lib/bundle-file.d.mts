import type { InputOptions } from 'rolldown';

export function bundleFile(entry: string, file: string, options?: InputOptions & { minify?: boolean }): Promise<void>;
