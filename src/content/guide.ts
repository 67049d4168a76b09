/**
 * The in-page guide on settings pages: beside each control Jaga reads as risky (or could not read),
 * a note in a closed shadow root says what to pick; when the reading turns safe the note says so.
 * The setting the parent opened from the popup is scrolled into view.
 */
import type { CatalogueEntry, SiteDefinition } from '../sites/types';
import type { SettingReading } from '../shared/readings';
import { locateSettingControl } from '../sites/common/read-control';
import { closedHost, el } from './shadow';
import { t } from './strings';

const CSS = `
:host { all: initial; display: block; margin: 6px 0; }
.guide { font: 14px/1.4 system-ui, sans-serif; color: #1d1b20; background: #e8f0fe; border: 2px solid #0b57d0;
  border-radius: 8px; padding: 8px 10px; max-width: 520px; }
.guide.done { background: #e6f4ea; border-color: #146c2e; }
.guide.target { box-shadow: 0 0 0 4px #fbbc04; }
.title { font-weight: 700; margin: 0 0 2px; }
p { margin: 0; }
@media (prefers-color-scheme: dark) {
  .guide { background: #0f2a4d; color: #e6e1e5; border-color: #a8c7fa; }
  .guide.done { background: #10331c; border-color: #7fd48f; }
}`;

interface Note {
  host: HTMLElement;
  box: HTMLElement;
  status: string;
}

export class Guide {
  private notes = new Map<string, Note>();
  private scrolled = false;

  constructor(private site: SiteDefinition, private target: string | null) {}

  /** Own nodes: the settings watcher ignores mutations that only add these. */
  owns(node: Node): boolean {
    for (const note of this.notes.values()) if (note.host === node) return true;
    return false;
  }

  update(readings: SettingReading[]): void {
    for (const reading of readings) {
      const entry = this.site.catalogue.find((e) => e.id === reading.id);
      if (!entry) continue;
      const existing = this.notes.get(entry.id);
      if (reading.status === 'safe') {
        if (existing && existing.status !== 'safe') this.render(existing, entry, 'safe');
        continue;
      }
      // Unknown because of the page language: the popup explains; no guide can point at anything here.
      if (reading.status === 'unknown' && reading.why === 'unverified-language') continue;
      const control = this.site.locateControl?.(document, entry) ?? locateSettingControl(document, entry, this.site.catalogue);
      if (!control) continue;
      const note = existing && existing.host.isConnected ? existing : this.attach(entry, control);
      if (note.status !== reading.status) this.render(note, entry, reading.status);
      if (entry.id === this.target && !this.scrolled) {
        this.scrolled = true;
        control.scrollIntoView({ block: 'center' });
      }
    }
  }

  remove(): void {
    for (const note of this.notes.values()) note.host.remove();
    this.notes.clear();
  }

  private attach(entry: CatalogueEntry, control: Element): Note {
    const { host, root } = closedHost(CSS);
    const box = el('div', { class: `guide${entry.id === this.target ? ' target' : ''}`, role: 'note', 'aria-live': 'polite' });
    root.append(box);
    // After the control (or the label/button wrapping it), so a click on the note never toggles it.
    const anchor = control.closest('label, button, [role="button"]') ?? control;
    anchor.after(host);
    const note = { host, box, status: '' };
    this.notes.set(entry.id, note);
    return note;
  }

  private render(note: Note, entry: CatalogueEntry, status: string): void {
    note.status = status;
    note.box.replaceChildren();
    if (status === 'safe') {
      note.box.classList.add('done');
      note.box.append(el('p', { class: 'title' }, `✓ ${t('page_guide_done')}`));
      return;
    }
    note.box.classList.remove('done');
    note.box.append(el('p', { class: 'title' }, status === 'risky' ? `Jaga: ${t('page_guide_change')}` : `Jaga: ${t('page_guide_unknown')}`));
    note.box.append(el('p', {}, t(entry.stepKey)));
  }
}
