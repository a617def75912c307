// The library example in README.md (the block after `<!-- library:example -->`): the program that
// both the package check and the library's end-to-end tests run as a consumer would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The example's code, importing from 'talkcoach'. */
export function readmeExample(root) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const code = /<!-- library:example -->\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
  if (code === undefined) throw new Error('README.md has no library example (<!-- library:example -->)');
  return code;
}
