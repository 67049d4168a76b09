import type { ContentMessage, PopupMessage } from '../../shared/messages';
import type { BackgroundDeps } from '../deps';
import { hello, settings, posts, dismissPost } from './content';
import { exportReport, forgetEverything, setLocale, firstRunSeen, markDone, openSetting } from './popup';

type HandlerMap<M extends { type: string }> = {
  [T in M['type']]: (msg: Extract<M, { type: T }>, deps: BackgroundDeps) => Promise<unknown>;
};

/** One handler per message; the maps are exhaustive, so a new message type fails to compile until handled. */
export const contentHandlers: HandlerMap<ContentMessage> = {
  'content/hello': hello,
  'content/settings': settings,
  'content/posts': posts,
  'content/dismiss-post': dismissPost,
};

export const popupHandlers: HandlerMap<PopupMessage> = {
  'popup/export-report': exportReport,
  'popup/forget-everything': forgetEverything,
  'popup/set-locale': setLocale,
  'popup/first-run-seen': firstRunSeen,
  'popup/mark-done': markDone,
  'popup/open-setting': openSetting,
};
