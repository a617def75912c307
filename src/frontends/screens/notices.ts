// Drawing what is said between screens (see Notice in types.ts).
import { msg } from '../../messages/index.js';
import { stripUnsafe } from '../../safety/sanitize.js';
import { said } from '../prompt-theme.js';
import type { Terminal } from '../terminal.js';
import type { Notice } from './types.js';

export function drawNotice(n: Notice, t: Terminal): void {
  const { look } = t;
  switch (n.kind) {
    case 'message':
      return t.tell(msg(n.id, n.params), n.dim ? look.paint.dim : undefined);
    case 'done': {
      const answer = n.answer === undefined ? '' : ` ${look.paint.accent(stripUnsafe(n.answer))}`;
      return t.say(`${look.marks.done} ${stripUnsafe(n.text)}${answer}`);
    }
    case 'back':
      return t.tell(said(look, 'terminal.question.wentBack'), look.paint.dim);
    case 'blank':
      return t.say();
  }
}
