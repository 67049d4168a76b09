import { defineSite } from '../types';
import { CATALOGUE } from './catalogue';
import { HOSTS, detect } from './detect';
import { posts } from './read-posts';
import { readSettings } from './read-settings';

export default defineSite({
  id: 'x',
  hosts: HOSTS,
  detect,
  catalogue: CATALOGUE,
  readSettings,
  posts,
  // "Protect your posts" decides who sees every post: X has no per-post audience.
  accountAudienceSetting: 'x.protect-posts',
});
