#!/usr/bin/env node
// Merge messages into public/_locales/<locale>/messages.json in one quick read-modify-write, keys sorted.
// Usage: node scripts/i18n-add.mjs fragment.json
// fragment.json: { "en": { "key": { "message": "…", "description": "…" } }, "ms": { "key": { "message": "…" } }, … }
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const fragment = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [locale, messages] of Object.entries(fragment)) {
  const file = `public/_locales/${locale}/messages.json`;
  const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  Object.assign(current, messages);
  const sorted = Object.fromEntries(Object.entries(current).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, JSON.stringify(sorted, null, 2) + '\n');
  console.log(`${file}: ${Object.keys(messages).length} merged, ${Object.keys(sorted).length} total`);
}
