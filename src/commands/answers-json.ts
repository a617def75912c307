// Keyed answers written as JSON: parsed, and refused when a key is given twice in one object.
// JSON.parse keeps the last of two equal keys without a word, so {"safety": "yes", ..., "safety": "no"}
// would make a plan with no risk in it; YAML answers already refuse a repeated key.
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import { LineIndex } from '../scenario/diagnostics.js';

/** The offset of the first key repeated within one object, in text that is valid JSON. */
export function repeatedKeyAt(text: string): number | undefined {
  // One entry an open object (the keys seen so far, and whether a key comes next) or array (null).
  const open: ({ keys: Set<string>; keyNext: boolean } | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') open.push({ keys: new Set(), keyNext: true });
    else if (c === '[') open.push(null);
    else if (c === '}' || c === ']') open.pop();
    else if (c === ',') {
      const top = open.at(-1);
      if (top) top.keyNext = true;
    } else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = open.at(-1);
      if (top?.keyNext) {
        // Decoded, so that "s\u0061fety" is the same key as "safety".
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return i;
        top.keys.add(key);
        top.keyNext = false;
      }
      i = end;
    }
  }
  return undefined;
}

/** JSON answers as data, or a message that says where the problem is and never quotes the text. */
export function parseAnswersJson(text: string, name: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (e) {
    // V8 says where as "at position N"; the rest of its message may quote the text.
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    if (!at) throw new TalkcoachError('file', msg('cli.run.answersNotJson', { file: name }));
    const { line, col } = new LineIndex(body).locate(Number(at[1]));
    throw new TalkcoachError('file', msg('cli.run.answersNotJsonAt', { file: name, line, col }));
  }
  const repeated = repeatedKeyAt(body);
  if (repeated !== undefined) {
    const { line, col } = new LineIndex(body).locate(repeated);
    throw new TalkcoachError('file', msg('cli.run.answersRepeatedKey', { file: name, line, col }));
  }
  return value;
}
