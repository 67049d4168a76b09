// SCAFFOLD — replaced by the site's real definition (detect.ts, catalogue.ts, read-settings.ts, read-posts.ts).
import { defineSite } from '../types';

export default defineSite({
  id: 'threads',
  hosts: ['www.threads.net', 'www.threads.com'],
  detect: () => null,
  catalogue: [],
  readSettings: () => [],
  posts: { rootSelector: 'article', read: () => null },
});
