import { defineSite } from '../types';
import { CATALOGUE } from './catalogue';
import { HOSTS, detect } from './detect';
import { posts } from './read-posts';
import { readSettings } from './read-settings';

export default defineSite({
  id: 'instagram',
  hosts: HOSTS,
  detect,
  catalogue: CATALOGUE,
  readSettings,
  posts,
  // Instagram has no per-post audience: "Private account" decides who sees every post.
  accountAudienceSetting: 'instagram.private-account',
});
