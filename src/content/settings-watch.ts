/**
 * Settings pages: read every catalogue setting that lives on this page, then re-read when the page
 * changes (a flipped switch, a closed audience dialog) and send only when a reading changed.
 */
import type { SiteDefinition } from '../sites/types';
import type { SettingReading } from '../shared/readings';
import { pageLang } from '../sites/common/labels';
import { send } from './messaging';
import { Guide } from './guide';

const SETTLE_MS = 150;

export function watchSettings(site: SiteDefinition, page: string, target: string | null, signal: AbortSignal): void {
  const guide = new Guide(site, target);
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readAndSend = () => {
    timer = undefined;
    if (signal.aborted) return;
    const readings: SettingReading[] = site.readSettings(document, page);
    guide.update(readings);
    const fingerprint = JSON.stringify(readings);
    if (fingerprint === last) return;
    last = fingerprint;
    void send({ type: 'content/settings', site: site.id, page, lang: pageLang(document), readings });
  };
  const schedule = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(readAndSend, SETTLE_MS);
  };

  const observer = new MutationObserver((records) => {
    // Adding the guide's own notes is not a change of the page.
    if (records.every((r) => r.type === 'childList' && r.removedNodes.length === 0 && [...r.addedNodes].every((n) => guide.owns(n)))) return;
    schedule();
  });
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-checked', 'checked', 'aria-label', 'aria-pressed', 'aria-selected', 'hidden', 'aria-hidden'],
  });
  // A checkbox's `checked` property changes without any attribute mutation: listen for the change itself.
  document.addEventListener('change', schedule, { capture: true, signal });
  document.addEventListener('click', schedule, { capture: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    guide.remove();
    if (timer !== undefined) clearTimeout(timer);
  });
  readAndSend();
}
