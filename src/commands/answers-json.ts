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

/** Where `text` stops being JSON: the offset of the first character that cannot be there, or
 * text.length when it ends too soon; undefined when it is JSON. Ours, not V8's "at position N",
 * which some messages lack ("Unexpected end of JSON input" on Node 20, "Unexpected token" on 22). */
export function jsonErrorAt(text: string): number | undefined {
  let i = 0;
  const open: string[] = [];
  let want: 'value' | 'value-or-]' | 'key' | 'key-or-}' | 'after' = 'value';
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  /** Past a string starting at i; false (i at the fault) when it is not one. */
  const string = (): boolean => {
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return (i++, true);
      if (c < 0x20) return false;
      if (c !== 0x5c) continue;
      i++;
      if (text[i] === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return ((i = Math.min(i + 1, text.length)), false);
        i += 4;
      } else if (i >= text.length || !'"\\/bfnrt'.includes(text[i]!)) return false;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (;;) {
    space();
    if (want === 'after') {
      const top = open.at(-1);
      if (top === undefined) return i < text.length ? i : undefined;
      if (text[i] === ',') [i, want] = [i + 1, top === '{' ? 'key' : 'value'];
      else if (text[i] === (top === '{' ? '}' : ']')) [i, want] = [i + 1, (open.pop(), 'after')];
      else return i;
      continue;
    }
    if (i >= text.length) return i;
    const c = text[i]!;
    if (want === 'key' || want === 'key-or-}') {
      if (want === 'key-or-}' && c === '}') [i, want] = [i + 1, (open.pop(), 'after')];
      else if (c !== '"' || !string()) return i;
      else {
        space();
        if (text[i] !== ':') return i;
        [i, want] = [i + 1, 'value'];
      }
      continue;
    }
    if (want === 'value-or-]' && c === ']') [i, want] = [i + 1, (open.pop(), 'after')];
    else if (c === '{' || c === '[') [i, want] = [i + 1, (open.push(c), c === '{' ? 'key-or-}' : 'value-or-]')];
    else if (c === '"') {
      if (!string()) return i;
      want = 'after';
    } else {
      NUMBER.lastIndex = i;
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      const n = NUMBER.exec(text)?.[0].length ?? (word ? word.length : 0);
      if (n === 0) return i;
      [i, want] = [i + n, 'after'];
    }
  }
}

/** JSON answers as data, or a message that says where the problem is and never quotes the text. */
export function parseAnswersJson(text: string, name: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch {
    // Where, found by our own reading: V8's message does not always say, and may quote the text.
    // A mistake in the answers is an answers error (exit 4), not a file that could not be read.
    const at = jsonErrorAt(body);
    if (at === undefined) throw new TalkcoachError('answer', msg('cli.run.answersNotJson', { file: name }));
    const { line, col } = new LineIndex(body).locate(at);
    throw new TalkcoachError('answer', msg('cli.run.answersNotJsonAt', { file: name, line, col }));
  }
  const repeated = repeatedKeyAt(body);
  if (repeated !== undefined) {
    const { line, col } = new LineIndex(body).locate(repeated);
    throw new TalkcoachError('answer', msg('cli.run.answersRepeatedKey', { file: name, line, col }));
  }
  return value;
}
