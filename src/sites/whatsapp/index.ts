// SCAFFOLD — replaced by the site's real definition (detect.ts, catalogue.ts, read-settings.ts, read-posts.ts).
import { defineSite } from '../types';

export default defineSite({
  id: 'whatsapp',
  hosts: ['web.whatsapp.com'],
  detect: () => null,
  catalogue: [],
  readSettings: () => [],
  posts: { rootSelector: 'article', read: () => null },
});
