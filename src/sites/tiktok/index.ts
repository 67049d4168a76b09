import { defineSite } from '../types';
import { CATALOGUE } from './catalogue';
import { HOSTS, detect } from './detect';
import { accountHandle, posts } from './read-posts';
import { readSettings } from './read-settings';

export default defineSite({
  id: 'tiktok',
  hosts: HOSTS,
  detect,
  catalogue: CATALOGUE,
  readSettings,
  posts,
  // The side navigation's Profile link names the logged-in account [unverified]: other people's videos are not the parent's to fix.
  accountHandle,
  // "Private account" decides who sees every video (each video can narrow it further).
  accountAudienceSetting: 'tiktok.private-account',
});
