// Why a value given on the command line was refused, kept for commander's error (help-words.ts):
// commander joins its own English words to ours, and the catalogue needs ours alone.
import { InvalidArgumentError } from '@commander-js/extra-typings';

let last = '';

/** The error an option's parser throws: `why` in the chosen language. */
export function refuse(why: string): InvalidArgumentError {
  last = why;
  return new InvalidArgumentError(why);
}

/** The last reason given, if commander's message ends with it. */
export const reasonIn = (message: string): string => (last && message.endsWith(last) ? last : '');
