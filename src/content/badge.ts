/** The in-page badge on a flagged post: what was found, why, what to do, and "This is fine". */
import type { PostsReply } from '../shared/messages';
import type { SiteId } from '../shared/site-ids';

type BadgeInfo = PostsReply['badges'][number];
import { closedHost, el } from './shadow';
import { t } from './strings';

const CSS = `
:host { all: initial; display: block; margin: 8px 12px; }
.badge { font: 14px/1.4 system-ui, sans-serif; color: #1d1b20; background: #fff4e5; border: 2px solid #b3261e;
  border-radius: 8px; padding: 10px 12px; max-width: 640px; }
.title { font-weight: 700; margin: 0 0 4px; }
.title::before { content: "⚠ "; }
ul { margin: 4px 0; padding-left: 20px; }
.fix { margin: 6px 0; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #1d1b20; background: #fff; color: #1d1b20; cursor: pointer; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .badge { background: #3a2a14; color: #fdf6ee; border-color: #ffb4ab; }
  button { background: #1d1b20; color: #fdf6ee; border-color: #fdf6ee; }
}`;

export function badgeTitle(assessment: Pick<BadgeInfo, 'shows'>, audience: BadgeInfo['audience']): string {
  const what = assessment.shows.child && assessment.shows.schoolUniform
    ? t('page_badge_child_uniform')
    : assessment.shows.child
      ? t('page_badge_child')
      : t('page_badge_uniform');
  const who = audience === 'public' ? t('page_badge_public') : t('page_badge_unknown_audience');
  return `${what} — ${who}`;
}

let skeleton: HTMLElement | undefined;

/** The badge's fixed elements (box, title, list, fix, button), built once and cloned: one DOM call per badge instead of a dozen. */
function badgeBox(): HTMLElement {
  if (skeleton === undefined) {
    skeleton = el('section', { class: 'badge', role: 'note' });
    skeleton.append(el('p', { class: 'title' }), el('ul'), el('p', { class: 'fix' }), el('button', { type: 'button' }));
  }
  return skeleton.cloneNode(true) as HTMLElement;
}

export function renderBadge(site: SiteId, info: BadgeInfo, onDismiss: () => void): HTMLElement {
  const { host, root } = closedHost(CSS);
  const box = badgeBox();
  box.setAttribute('aria-label', t('page_badge_label'));
  const title = box.firstElementChild!;
  const list = title.nextElementSibling!;
  const fix = list.nextElementSibling!;
  const ok = fix.nextElementSibling!;
  title.textContent = badgeTitle(info, info.audience);
  const evidence = [...new Set(info.reasons.filter((r) => !r.code.startsWith('audience.')).map((r) => r.evidence))];
  for (const words of evidence.slice(0, 4)) list.append(el('li', {}, `“${words}”`));
  fix.textContent = t(`page_fix_${site}`);
  ok.textContent = t('page_badge_dismiss');
  ok.addEventListener('click', (event) => {
    event.stopPropagation();
    host.remove();
    onDismiss();
  });
  root.append(box);
  return host;
}
