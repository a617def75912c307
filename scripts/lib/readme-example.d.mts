/** The library example in README.md, importing from 'talkcoach'. */
export function readmeExample(root: string): string;
