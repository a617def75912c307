// How the top-level --help groups the commands: what a worried person runs first, then what people
// who write scenarios or scripts run. One table, read by the program (src/boot.ts) to order and head
// the commands, and by the test that keeps README.md and every --help saying the same.
import type { MessageId } from '../messages/index.js';

export interface CommandGroup {
  heading: MessageId;
  commands: readonly string[];
}

export const COMMAND_GROUPS: readonly CommandGroup[] = [
  {
    heading: 'help.group.you',
    commands: ['run', 'crisis', 'practice', 'checkin', 'history', 'forget', 'list', 'config', 'completion', 'help'],
  },
  { heading: 'help.group.writers', commands: ['validate', 'test', 'graph', 'describe', 'questions'] },
];

/** The group a command is listed under (undefined for one the table forgets: the test says so). */
export const groupOf = (name: string): CommandGroup | undefined =>
  COMMAND_GROUPS.find((g) => g.commands.includes(name));

/** Command names in the order the help lists them; names the table does not know come last. */
export const inHelpOrder = <T extends string>(names: readonly T[]): T[] => {
  const order = COMMAND_GROUPS.flatMap((g) => g.commands);
  const place = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  return [...names].sort((a, b) => place(a) - place(b));
};
