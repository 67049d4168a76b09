/**
 * Walk the guided path the way a parent does: in the popup, "Open this setting"; on the page, do what
 * the in-page guide points at; back in the popup, the step ticks itself. Language-neutral locators, so
 * the demo can walk it in every UI language. Shared by the guided-path test and the workshop demo.
 */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';
import { guideNotes, markGuidedControl } from './guide';
import { eventually } from './fixtures';
import { platformLabel } from '../../../src/sites/label-text';
import type { CatalogueEntry, SiteDefinition } from '../../../src/sites/types';

const safeWords = (entry: CatalogueEntry) =>
  (entry.choices ?? []).filter((c) => c.verdict === 'safe').flatMap((c) => c.wordings.filter((w) => w.lang === 'en').map((w) => w.text));

/** Do what the guide says on the page: click the control it points at, and pick a safe value. */
export async function followGuide(page: Page, entry: CatalogueEntry): Promise<void> {
  const note = await eventually(async () => (await guideNotes(page)).find((n) => n.target && !n.done), `guide for ${entry.id}`);
  const control = page.locator(await markGuidedControl(page, note));
  const options = safeWords(entry);
  if (entry.control === 'select') return void (await control.selectOption({ label: options[0]! }));
  if (entry.control === 'radio-group' && options.length) return void (await control.getByText(options[0]!, { exact: true }).first().click());
  await control.click();
  // Facebook's audience button opens a chooser; pick the safe value the guide names.
  if (entry.control === 'privacy-button') await page.getByRole('radio', { name: options[0]!, exact: true }).first().click();
}

export interface StepShot {
  (step: number, entry: CatalogueEntry, page: Page): Promise<void>;
}

/** From the site's detail screen in the popup, walk every step to 100%. Returns the ids walked. */
export async function walkSite(session: ChromiumSession, popup: Page, site: SiteDefinition, onStep?: StepShot): Promise<string[]> {
  const walked: string[] = [];
  for (let i = 0; i < site.catalogue.length + 2; i++) {
    if (await popup.locator('.all-done').isVisible()) return walked;
    const title = (await popup.locator('#step-title').textContent())!.trim();
    const entry = site.catalogue.find((e) => platformLabel(e) === title);
    if (!entry) throw new Error(`popup step "${title}" is not in the ${site.id} catalogue`);
    const [page] = await Promise.all([session.context.waitForEvent('page'), popup.locator('section.step button.primary').click()]);
    await page.waitForLoadState('domcontentloaded');
    if (page.url() !== entry.url) throw new Error(`"Open this setting" opened ${page.url()}, not ${entry.url}`);
    await followGuide(page, entry);
    await eventually(async () => (await guideNotes(page)).some((n) => n.done), `guide says done for ${entry.id}`);
    await onStep?.(i, entry, page);
    await page.close();
    await popup.locator('.step-row', { hasText: title }).locator('.status-safe').waitFor({ timeout: 10_000 });
    walked.push(entry.id);
  }
  await popup.locator('.all-done').waitFor({ timeout: 2_000 });
  return walked;
}
