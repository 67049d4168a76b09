import { defineSite } from '../types';
import { CATALOGUE } from './catalogue';
import { HOSTS, detect } from './detect';
import { posts } from './read-posts';
import { readSettings } from './read-settings';

export default defineSite({
  id: 'tiktok',
  hosts: HOSTS,
  detect,
  catalogue: CATALOGUE,
  readSettings,
  posts,
  // "Private account" decides who sees every video (each video can narrow it further).
  accountAudienceSetting: 'tiktok.private-account',
});
