import { defineSite } from '../types';
import { CATALOGUE } from './catalogue';
import { HOSTS, detect } from './detect';
import { posts } from './read-posts';
import { readSettings } from './read-settings';

export default defineSite({
  id: 'threads',
  hosts: HOSTS,
  detect,
  catalogue: CATALOGUE,
  readSettings,
  posts,
  // Threads has no per-post audience: "Private profile" decides who sees every post.
  accountAudienceSetting: 'threads.private-profile',
});
