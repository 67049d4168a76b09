import type { SiteId } from '../shared/site-ids';
import type { Audience } from '../shared/audience';
import type { PostSnapshot, SettingReading } from '../shared/readings';

/** The UI languages Jaga has wording for. `other` is any page language outside them. */
export type UiLang = 'en' | 'ms' | 'zh' | 'ta';

/**
 * Where a wording came from (see shared/reference/localized-strings.md):
 * - `platform`: the platform's own translation file, bundle or help page;
 * - `observed`: copied from the live UI by third-party code, fixtures or automation written against it;
 * - `translation`: a machine or third-party translation. NEVER used as a match key: kept only so the
 *   catalogue records what we know and why we do not trust it.
 */
export type Provenance = 'platform' | 'observed' | 'translation';

export interface Wording {
  lang: UiLang;
  text: string;
  source: Provenance;
  /** Short citation key, e.g. "X_WEB key b5c85d2c" or "StellarSand Facebook.md". */
  ref: string;
}

export type ControlKind = 'switch' | 'checkbox' | 'radio-group' | 'privacy-button' | 'select';

/** One value a choice control can show ("Public", "Friends"), and whether it is at maximum privacy. */
export interface Choice {
  verdict: 'safe' | 'risky';
  wordings: readonly Wording[];
}

export interface CatalogueEntry {
  /** `<site>.<kebab-name>`; stable once released (a rename needs a storage migration). */
  id: string;
  /** Guided order: 1 first. Who can see posts and the account, then tagging, then being found. */
  priority: number;
  group: 'audience' | 'tagging' | 'discovery';
  /** The page kind (as the site's detect() names it) on which this setting lives. */
  page: string;
  /** Deep link that opens that page. */
  url: string;
  control: ControlKind;
  /** The setting's label as the platform shows it, per UI language, with provenance. */
  labels: readonly Wording[];
  /** For switch/checkbox: the maximum-privacy state. */
  safeWhenOn?: boolean;
  /** For radio-group/privacy-button/select: the values it can show. Anything else reads `unknown`. */
  choices?: readonly Choice[];
  /** i18n keys (public/_locales): why it matters (one sentence), what to pick, the manual path. */
  whyKey: string;
  stepKey: string;
  pathKey: string;
}

export interface PostContext {
  /** The UI language of the page (from <html lang>), or null when it is none of ours. */
  lang: UiLang | null;
  /** Account-level audience for platforms without per-post audience (Instagram, TikTok, X). */
  accountAudience: Audience;
}

export interface SiteDefinition {
  id: SiteId;
  /** Host names the content script runs on for this site (must match the manifest). */
  hosts: readonly string[];
  /** URL -> page kind ('settings:posts', 'feed', 'profile', 'activity-log' …) or null when Jaga has nothing to do there. */
  detect(url: URL): string | null;
  catalogue: readonly CatalogueEntry[];
  /** Read every catalogue setting that lives on `page`; one reading per such setting, `unknown` when not readable. */
  readSettings(doc: Document, page: string): SettingReading[];
  /**
   * The element the reader reads for `entry`, for the in-page guide to point at. Only for sites whose
   * readers go beyond the shared engine (which `locateSettingControl` covers); else leave it out.
   */
  locateControl?(doc: Document, entry: CatalogueEntry): Element | null;
  /** Posts: how to find each post's root element, and how to read one. */
  posts: {
    rootSelector: string;
    read(root: Element, ctx: PostContext): PostSnapshot | null;
  };
  /** Which catalogue setting decides the account-level audience (Instagram/TikTok/X), if any. */
  accountAudienceSetting?: string;
  /**
   * The logged-in account's handle as the page chrome shows it (navigation, account menu; never a
   * post), lower-cased, without "@"; null when none is found or the candidates disagree. Posts whose
   * `author` is another handle are someone else's and are not assessed.
   */
  accountHandle?(doc: Document): string | null;
}

export function defineSite(site: SiteDefinition): SiteDefinition {
  return site;
}
