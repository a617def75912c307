// Drawing what is said between screens (see Notice in types.ts).
import { msg } from '../../messages/index.js';
import { stripUnsafe } from '../../safety/sanitize.js';
import { wrap } from '../../render/wrap.js';
import { said } from '../prompt-theme.js';
import type { Terminal } from '../terminal.js';
import type { Notice } from './types.js';

export function drawNotice(n: Notice, t: Terminal): void {
  const { look } = t;
  switch (n.kind) {
    case 'message':
      return t.tell(msg(n.id, n.params), n.dim ? look.paint.dim : undefined);
    case 'done': {
      // Each word painted alone, so a line break between them leaves no colour open.
      const answer = n.answer === undefined ? [] : stripUnsafe(n.answer).split(/\s+/).filter(Boolean);
      const line = [look.marks.done, stripUnsafe(n.text), ...answer.map((w) => look.paint.accent(w))].join(' ');
      return t.say(wrap(line, look.width, '  ', '').join('\n'));
    }
    case 'back':
      return t.tell(said(look, 'terminal.question.wentBack'), look.paint.dim);
    case 'blank':
      return t.say();
  }
}
