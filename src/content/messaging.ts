import type { ContentMessage, Reply } from '../shared/messages';

/**
 * The extension messaging API without webextension-polyfill (content-script size): Firefox's
 * `browser` and Chrome's MV3 `chrome` both return promises from runtime.sendMessage.
 */
interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
/** Looked up on the first send, not while the script is evaluated (the first touch of the API builds its bindings). */
let api: RuntimeLike | undefined;
const runtimeApi = (): RuntimeLike => (api ??= (globalThis as unknown as { browser?: RuntimeLike }).browser ?? (globalThis as unknown as { chrome: RuntimeLike }).chrome);

/** Send one message to the background; a failure (extension reloaded, worker asleep too long) is logged, never thrown. */
export async function send<T = unknown>(message: ContentMessage): Promise<T | null> {
  try {
    const reply = (await runtimeApi().runtime.sendMessage(message)) as Reply<T> | undefined;
    if (reply && reply.ok) return reply.data;
    console.debug('[jaga]', message.type, reply && !reply.ok ? reply.error : 'no reply');
  } catch (error) {
    console.debug('[jaga]', message.type, error);
  }
  return null;
}

export interface HelloReply {
  locale: string;
  strings: Record<string, string>;
  accountAudience: 'public' | 'friends' | 'private' | 'custom' | 'unknown';
  dismissed: string[];
  /** The setting the parent opened from the popup a moment ago, if it lives on this site. */
  guideTarget: string | null;
}
