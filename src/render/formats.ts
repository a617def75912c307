// The output formats, apart from the renderers so the command line can list them without loading them.
export type Format = 'text' | 'markdown' | 'json';
export const FORMATS: readonly Format[] = ['text', 'markdown', 'json'];
