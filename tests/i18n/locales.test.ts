// @vitest-environment node
/**
 * The translations in public/_locales must stay in step with English (en, the default locale):
 * same keys, no empty messages, the same $1/$2 placeholders, a description on every English
 * entry for translators, and every __MSG_x__ key that manifest.json uses present everywhere.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Entry {
  message?: unknown;
  description?: unknown;
}
type Messages = Record<string, Entry>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LOCALES_DIR = join(ROOT, 'public/_locales');
const TARGETS = ['ms', 'zh_CN', 'ta'] as const;

function readMessages(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

/** The distinct $n placeholders of a message, sorted ("$1,$2"). */
function placeholders(message: string): string {
  return [...new Set(message.match(/\$\d+/g) ?? [])].sort().join(',');
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

const en = readMessages('en');
const enKeys = Object.keys(en);

describe('en (source locale)', () => {
  it('has messages', () => {
    expect(enKeys.length).toBeGreaterThan(0);
  });

  it('has a non-empty message for every key', () => {
    const empty = enKeys.filter((k) => !isNonEmptyString(en[k]?.message));
    expect(empty, 'en keys with an empty or missing message').toEqual([]);
  });

  it('has a non-empty description for every key', () => {
    const undescribed = enKeys.filter((k) => !isNonEmptyString(en[k]?.description));
    expect(undescribed, 'en keys without a description for translators').toEqual([]);
  });
});

describe.each(TARGETS)('%s', (locale) => {
  const messages = readMessages(locale);
  const keys = Object.keys(messages);

  it('has every en key', () => {
    const missing = enKeys.filter((k) => !(k in messages));
    expect(missing, `keys in en that ${locale} is missing`).toEqual([]);
  });

  it('has no key that en lacks', () => {
    const extra = keys.filter((k) => !(k in en));
    expect(extra, `keys in ${locale} that en does not have`).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = keys.filter((k) => !isNonEmptyString(messages[k]?.message));
    expect(empty, `${locale} keys with an empty or missing message`).toEqual([]);
  });

  it('keeps the same $n placeholders as en', () => {
    const differing = keys
      .filter((k) => k in en && isNonEmptyString(messages[k]?.message) && isNonEmptyString(en[k]?.message))
      .filter((k) => placeholders(messages[k]!.message as string) !== placeholders(en[k]!.message as string))
      .map((k) => `${k}: en [${placeholders(en[k]!.message as string)}], ${locale} [${placeholders(messages[k]!.message as string)}]`);
    expect(differing, `${locale} messages whose placeholders differ from en`).toEqual([]);
  });
});

describe('manifest.json', () => {
  const manifestText = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
  const manifestKeys = [...new Set([...manifestText.matchAll(/__MSG_(\w+?)__/g)].map((m) => m[1]!))];

  it('uses localised strings', () => {
    expect(manifestKeys.length).toBeGreaterThan(0);
  });

  it.each(['en', ...TARGETS])('has every __MSG_x__ key in %s', (locale) => {
    const messages = readMessages(locale);
    const missing = manifestKeys.filter((k) => !isNonEmptyString(messages[k]?.message));
    expect(missing, `manifest keys missing in ${locale}`).toEqual([]);
  });
});

describe('store description', () => {
  it.each(['en', ...TARGETS])('extDescription in %s fits the stores\' 132 characters', (locale) => {
    const text = readMessages(locale).extDescription?.message ?? '';
    expect([...String(text)].length).toBeLessThanOrEqual(132);
  });
});
