/** Permissions snapshot: a change here is a change to the privacy promise and to the README's permissions section. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

describe('manifest', () => {
  it('holds exactly the promised permissions', () => {
    expect({
      permissions: manifest.permissions,
      host_permissions: manifest.host_permissions,
      externally_connectable: manifest.externally_connectable,
      web_accessible_resources: manifest.web_accessible_resources,
      optional_permissions: manifest.optional_permissions,
    }).toMatchInlineSnapshot(`
      {
        "externally_connectable": {
          "ids": [],
        },
        "host_permissions": [
          "https://www.facebook.com/*",
          "https://web.facebook.com/*",
          "https://www.instagram.com/*",
          "https://www.tiktok.com/*",
          "https://x.com/*",
          "https://twitter.com/*",
          "https://www.youtube.com/*",
          "https://studio.youtube.com/*",
          "https://www.threads.net/*",
          "https://www.threads.com/*",
          "https://web.whatsapp.com/*",
          "https://web.telegram.org/*",
        ],
        "optional_permissions": undefined,
        "permissions": [
          "storage",
        ],
        "web_accessible_resources": undefined,
      }
    `);
  });

  it('the README\'s permissions section names every permission and origin', () => {
    const section = readme.split('## Permissions')[1]?.split('\n## ')[0] ?? '';
    for (const p of manifest.permissions) expect(section).toContain(`\`${p}\``);
    for (const origin of manifest.host_permissions) expect(section).toContain(`\`${origin}\``);
    expect(section).toContain('externally_connectable');
    expect(section).toContain('web_accessible_resources');
  });

  it('the extension pages may load nothing but their own files', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    const sources = csp.split(';').flatMap((d) => d.trim().split(/\s+/).slice(1));
    expect(sources.every((s) => ["'self'", "'none'", 'data:'].includes(s))).toBe(true);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("script-src 'self'");
  });

  it('takes name and description from _locales', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('en');
  });
});
