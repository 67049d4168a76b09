/**
 * The one entry for messages: check the sender, safeParse against the union for that sender's kind,
 * dispatch to one handler. Anything else gets a clear error, never an exception.
 */
import { ContentToBackground, PopupToBackground, type Reply } from '../shared/messages';
import type { BackgroundDeps, SenderInfo } from './deps';
import { classifySender } from './sender';
import { contentHandlers, popupHandlers } from './handlers/index';

export async function route(message: unknown, sender: SenderInfo, deps: BackgroundDeps): Promise<Reply<unknown>> {
  try {
    const from = classifySender(sender, deps);
    if (from.kind === 'rejected') return { ok: false, error: `sender rejected: ${from.why}` };

    if (from.kind === 'content') {
      const parsed = ContentToBackground.safeParse(message);
      if (!parsed.success) return { ok: false, error: 'invalid message' };
      const msg = parsed.data;
      if (msg.site !== from.site) return { ok: false, error: 'site does not match the sender' };
      // Narrowing per type keeps each handler's argument exact.
      const handler = contentHandlers[msg.type] as (m: typeof msg, d: BackgroundDeps) => Promise<unknown>;
      return { ok: true, data: await handler(msg, deps) };
    }

    const parsed = PopupToBackground.safeParse(message);
    if (!parsed.success) return { ok: false, error: 'invalid message' };
    const msg = parsed.data;
    const handler = popupHandlers[msg.type] as (m: typeof msg, d: BackgroundDeps) => Promise<unknown>;
    return { ok: true, data: await handler(msg, deps) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `failed: ${error.message}`.slice(0, 200) : 'failed' };
  }
}
