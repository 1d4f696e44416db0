import { describe, expect, it } from 'vitest';
import { ask } from '../../../lib/extension/protocol';

describe('asking the worker (lib/extension/protocol.ts)', () => {
  it('hands back a reply in the shape the panel expects, and nothing else', async () => {
    const sent: unknown[] = [];
    const worker = (reply: unknown) => async (msg: unknown) => {
      sent.push(msg);
      return reply;
    };
    expect(await ask(worker({ ok: false, reason: 'no-reply-box' }), { type: 'insert-reply', tabId: 3, text: 'Dear Mark,' })).toEqual({
      ok: false,
      reason: 'no-reply-box',
    });
    expect(sent).toEqual([{ type: 'insert-reply', tabId: 3, text: 'Dear Mark,' }]);
    // A record whose outcome is not one the panel knows is refused, not shown half-right.
    expect(await ask(worker({ outcome: 'maybe', status: 'to-develop', stars: 1 }), { type: 'get-record', key: 'gmail:1' })).toBeUndefined();
    expect(await ask(worker({ outcome: 'won', status: 'following-up', stars: 3, wonValue: 1200 }), { type: 'get-record', key: 'gmail:1' })).toMatchObject({
      outcome: 'won',
      wonValue: 1200,
    });
    expect(await ask(worker(null), { type: 'get-record', key: 'gmail:1' })).toBeNull();
  });

  it('says nothing came back when the worker is gone', async () => {
    const gone = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await ask(gone, { type: 'capture-shape', tabId: 3 })).toBeUndefined();
  });
});
