import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import wa from '../../../src/sites/whatsapp/index';

// WhatsApp Web chats are private messages: Jaga never reads them. The post selector matches nothing.
describe('whatsapp posts', () => {
  test.each(['settings-privacy.en.risky.html', 'settings-privacy.en.safe.list.html'])('%s: no post roots, even beside chats', (name) => {
    const doc = new DOMParser().parseFromString(readFileSync(`tests/fixtures/whatsapp/${name}`, 'utf8'), 'text/html');
    expect(doc.querySelectorAll('[role="row"]').length).toBeGreaterThan(0); // chats are there…
    expect(doc.querySelectorAll(wa.posts.rootSelector).length).toBe(0); // …and none is a post
  });

  test('read() returns nothing for any element', () => {
    const doc = new DOMParser().parseFromString('<div role="row"><span>Ali: photo of the kids at school</span></div>', 'text/html');
    expect(wa.posts.read(doc.body.firstElementChild!, { lang: 'en', accountAudience: 'public' })).toBeNull();
  });
});
