// The shape a Spanish area file must have: the English ids, no more and no fewer, each with the
// English entry's shape (a plain text for a plain text, plural forms for a plural), and the same
// {placeholders} in every form. tsc names the id when one of these does not hold.

/** The forms a Spanish plural may have (CLDR: one is exactly 1; many is for 1 000 000 and the
 * like, "1 millón de archivos"; render() falls back to other when many is left out). */
type Plural = { readonly one: string; readonly other: string; readonly many?: string };

/** Words for every id of an English area: a text where English has one, plural forms where
 * English has them. Used as `{...} as const satisfies Translation<typeof en>`: an id missing,
 * an id too many or a stray plural form is a type error. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Plural };

type Letter = Lowercase<Alphabet> | Uppercase<Alphabet>;
type Alphabet =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z';
type WordChar = Letter | '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '_';

/** True when every character of S may follow the first one in a placeholder name (\w). */
type AllWord<S extends string> = S extends '' ? true : S extends `${WordChar}${infer R}` ? AllWord<R> : false;

/** The last "{"-free part of a brace group: in "{{{name}}}" the group found is "{{name". */
type AfterLastBrace<S extends string> = S extends `${string}{${infer R}` ? AfterLastBrace<R> : S;

/** The placeholder names in a text, as format.ts's render() finds them: {name}, a letter then
 * letters, digits or _. Other braces ("{{ }}", a JSON example) are text, not placeholders. */
type Placeholders<S> = S extends `${string}{${infer Group}}${infer Rest}`
  ? | (AfterLastBrace<Group> extends `${Letter}${infer Tail}`
        ? AllWord<Tail> extends true
          ? AfterLastBrace<Group>
          : never
        : never)
    | Placeholders<Rest>
  : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A text joined with + is typed string, not its words: tsc cannot see its placeholders, so
 * such an entry (English or Spanish) is left to tests/unit/catalogue-es.test.ts. */
type Comparable<E, S> = string extends E ? false : string extends S ? false : true;

/** A Spanish form is compared with the English form of the same name; many, which English
 * lacks, with English other. */
type FormsMatch<E, S> = E extends string
  ? Comparable<E, S> extends true
    ? Same<Placeholders<E>, Placeholders<S>>
    : true
  : {
        [F in keyof S]: FormsMatch<F extends keyof E ? E[F] : E[keyof E & 'other'], S[F]>;
      }[keyof S] extends true
    ? true
    : false;

type Mismatched<E, S> = {
  [K in keyof E & keyof S]: FormsMatch<E[K], S[K]> extends true ? never : K;
}[keyof E & keyof S];

/** S itself when every id's placeholders match English's, else an object whose keys are the ids
 * that differ, so that `export const x: SamePlaceholders<typeof en, typeof words> = words` fails
 * with "Property 'the.id' is missing". */
export type SamePlaceholders<E, S> = [Mismatched<E, S>] extends [never]
  ? S
  : { readonly [K in Mismatched<E, S>]: 'its placeholders differ from English' };
