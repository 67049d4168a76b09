/**
 * Jaga's data in storage.local: versioned, validated on read, migrated by numbered steps.
 *
 * Keys: `meta` (schema version), `prefs`, `guide`, `progress`, `dismissed`, and one `site:<id>` per platform.
 * Defaults live in code and are returned on read; nothing is written until something changes.
 * A key that fails validation is recovered entry by entry (what validates is kept, the rest reset)
 * and reported as a notice; the caller shows it to the parent.
 */
import { z } from 'zod/mini';
import { SITE_IDS, type SiteId } from './site-ids';
import { LOCALE_CHOICES } from './locales';
import { flaggedPostSchema, settingIdSchema, settingReadingSchema } from './messages';
import { LIMITS } from './limits';

export const SCHEMA_VERSION = 1;

/**
 * MIGRATIONS[i] turns data stored at version i+1 into version i+2. Each one gets a stored fixture of
 * the version before it in tests/shared/migrations/. Never edit a released migration; add one.
 */
export const MIGRATIONS: ReadonlyArray<(data: Record<string, unknown>) => Record<string, unknown>> = [];

const isoDate = z.string().check(z.maxLength(40), z.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/));

export const storedSettingSchema = z.object({
  ...settingReadingSchema.shape,
  checkedAt: isoDate,
});
export type StoredSetting = z.infer<typeof storedSettingSchema>;

export const storedPostSchema = z.object({ ...flaggedPostSchema.shape, seenAt: isoDate });
export type StoredPost = z.infer<typeof storedPostSchema>;

export const healthSchema = z.object({
  page: z.string().check(z.maxLength(LIMITS.page)),
  missing: z.array(settingIdSchema).check(z.maxLength(LIMITS.missingPerHealth)),
  at: isoDate,
});

export interface SiteRecord {
  lastCheckedAt: string | null;
  postsScanned: number;
  settings: Record<string, StoredSetting>;
  flagged: Record<string, StoredPost>;
  /** The last recognised settings page where expected settings could not be found, if any. */
  health: z.infer<typeof healthSchema> | null;
}

export const prefsSchema = z.object({
  locale: z.enum(LOCALE_CHOICES),
  firstRunSeen: z.boolean(),
});
export type Prefs = z.infer<typeof prefsSchema>;

const manualMarkSchema = z.object({ manualAt: isoDate });
export type Progress = Record<string, z.infer<typeof manualMarkSchema>>;

export const guideSchema = z.object({ id: settingIdSchema, at: isoDate });
export type GuideTarget = z.infer<typeof guideSchema>;

export interface State {
  prefs: Prefs;
  /** The setting the parent last opened from the popup; the page's guide scrolls to it. */
  guide: GuideTarget | null;
  /** Steps the parent marked done by hand ("I can't find it"), shown differently from a verified tick. */
  progress: Progress;
  /** Post keys the parent dismissed with "This is fine". */
  dismissed: Record<string, string>;
  sites: Record<SiteId, SiteRecord>;
}

export const DEFAULT_PREFS: Prefs = { locale: 'auto', firstRunSeen: false };

export function emptySite(): SiteRecord {
  return { lastCheckedAt: null, postsScanned: 0, settings: {}, flagged: {}, health: null };
}

export function defaultState(): State {
  const sites = Object.fromEntries(SITE_IDS.map((id) => [id, emptySite()])) as Record<SiteId, SiteRecord>;
  return { prefs: { ...DEFAULT_PREFS }, guide: null, progress: {}, dismissed: {}, sites };
}

/** The storage.local surface Jaga uses; browser.storage.local satisfies it, and so does the test fake. */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

export type Notice = 'storage-recovered' | 'storage-newer-version';

export const siteKey = (id: SiteId): `site:${SiteId}` => `site:${id}`;

/** Keep the entries of a record that validate (and whose key fits the entry); report whether anything was dropped. */
function recoverRecord<T>(raw: unknown, schema: z.ZodMiniType<T>, keyOk: (k: string, v: T) => boolean = () => true) {
  const out: Record<string, T> = {};
  let dropped = raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw));
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    for (const [k, v] of Object.entries(raw)) {
      const parsed = schema.safeParse(v);
      if (parsed.success && keyOk(k, parsed.data)) out[k] = parsed.data;
      else dropped = true;
    }
  }
  return { value: out, dropped };
}

function recoverSite(raw: unknown, id: SiteId): { value: SiteRecord; dropped: boolean } {
  if (raw === undefined) return { value: emptySite(), dropped: false };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { value: emptySite(), dropped: true };
  const r = raw as Record<string, unknown>;
  // A reading is kept only under its own id, in its own site: a "safe" filed under another setting's
  // key would show that other setting as safe.
  const settings = recoverRecord(r.settings, storedSettingSchema, (k, v) => v.id === k && k.startsWith(`${id}.`) && settingIdSchema.safeParse(k).success);
  const flagged = recoverRecord(r.flagged, storedPostSchema, (k, v) => v.key === k);
  const last = z.nullable(isoDate).safeParse(r.lastCheckedAt ?? null);
  const scanned = z.number().check(z.int(), z.gte(0)).safeParse(r.postsScanned ?? 0);
  const health = z.nullable(healthSchema).safeParse(r.health ?? null);
  return {
    value: {
      lastCheckedAt: last.success ? last.data : null,
      postsScanned: scanned.success ? scanned.data : 0,
      settings: settings.value,
      flagged: flagged.value,
      health: health.success ? health.data : null,
    },
    dropped: settings.dropped || flagged.dropped || !last.success || !scanned.success || !health.success,
  };
}

/** Run the numbered migrations from `from` up to SCHEMA_VERSION. */
export function migrate(data: Record<string, unknown>, from: number): Record<string, unknown> {
  let out = data;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v - 1];
    if (!step) throw new Error(`no migration from version ${v}`);
    out = step(out);
  }
  return out;
}

/** Everything Jaga has stored, validated; defaults for what is missing. Never throws on bad data; throws when storage cannot be read. */
export async function readState(area: StorageArea): Promise<{ state: State; notices: Notice[] }> {
  // A read that fails throws: defaults here would show the first-run screen, and the next write would
  // store them over the parent's real data.
  let raw: Record<string, unknown> = await area.get(null);
  const notices = new Set<Notice>();
  const meta = raw.meta as { schemaVersion?: unknown } | undefined;
  const stated = typeof meta === 'object' && meta !== null ? meta.schemaVersion : undefined;
  const version = Number.isInteger(stated) && (stated as number) >= 1 ? (stated as number) : SCHEMA_VERSION;
  // A version marker that is there but is not a version: read what validates, and say so.
  if (meta !== undefined && version !== stated) notices.add('storage-recovered');
  if (version > SCHEMA_VERSION) notices.add('storage-newer-version');
  else if (version < SCHEMA_VERSION) {
    try {
      raw = migrate(raw, version);
    } catch {
      notices.add('storage-recovered');
    }
  }

  const state = defaultState();
  const prefs = recoverPrefs(raw.prefs);
  state.prefs = prefs.value;
  if (prefs.dropped) notices.add('storage-recovered');

  const guide = z.nullable(guideSchema).safeParse(raw.guide ?? null);
  if (guide.success) state.guide = guide.data;
  else notices.add('storage-recovered');

  const progress = recoverRecord(raw.progress, manualMarkSchema, (k) => settingIdSchema.safeParse(k).success);
  state.progress = progress.value;
  const dismissed = recoverRecord(raw.dismissed, isoDate, (k) => k.length <= LIMITS.postKey);
  state.dismissed = dismissed.value;
  if (progress.dropped || dismissed.dropped) notices.add('storage-recovered');

  for (const id of SITE_IDS) {
    const site = recoverSite(raw[siteKey(id)], id);
    state.sites[id] = site.value;
    if (site.dropped) notices.add('storage-recovered');
  }
  return { state, notices: [...notices] };
}

/** Each preference on its own: a bad language choice does not cost the parent the first-run flag. */
function recoverPrefs(raw: unknown): { value: Prefs; dropped: boolean } {
  if (raw === undefined) return { value: { ...DEFAULT_PREFS }, dropped: false };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { value: { ...DEFAULT_PREFS }, dropped: true };
  const r = raw as Record<string, unknown>;
  const locale = prefsSchema.shape.locale.safeParse(r.locale);
  const firstRunSeen = prefsSchema.shape.firstRunSeen.safeParse(r.firstRunSeen);
  return {
    value: {
      locale: locale.success ? locale.data : DEFAULT_PREFS.locale,
      firstRunSeen: firstRunSeen.success ? firstRunSeen.data : DEFAULT_PREFS.firstRunSeen,
    },
    dropped: (r.locale !== undefined && !locale.success) || (r.firstRunSeen !== undefined && !firstRunSeen.success),
  };
}

/** Write only the given keys, with the schema version; never a wholesale overwrite. */
export async function writeKeys(area: StorageArea, items: Record<string, unknown>): Promise<void> {
  await area.set({ ...items, meta: { schemaVersion: SCHEMA_VERSION } });
}

/** Called on install/update: write the version marker only where none exists; never touch data. */
export async function ensureMeta(area: StorageArea): Promise<void> {
  const { meta } = await area.get('meta');
  if (meta === undefined) await area.set({ meta: { schemaVersion: SCHEMA_VERSION } });
}
