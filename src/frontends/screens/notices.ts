// Drawing what is said between screens (see Notice in types.ts).
import { MESSAGE_IDS, msg, type MessageId } from '../../messages/index.js';
import { stripUnsafe } from '../../engine/typed.js';
import { wrap } from '../../render/wrap.js';
import { said } from '../prompt-theme.js';
import type { Terminal } from '../terminal.js';
import type { Notice } from './types.js';

/** A message's wording for a screen reader (`<id>Plain`, where the keys differ), else the message. */
const forLook = (id: MessageId, plain: boolean): MessageId => {
  const wording = `${id}Plain`;
  return plain && (MESSAGE_IDS as string[]).includes(wording) ? (wording as MessageId) : id;
};

export function drawNotice(n: Notice, t: Terminal): void {
  const { look } = t;
  switch (n.kind) {
    case 'message':
      return t.tell(msg(forLook(n.id, look.plain), n.params), n.dim ? look.paint.dim : undefined);
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
