import { defineSite } from '../types';
import { CATALOGUE } from './catalogue';
import { HOSTS, detect } from './detect';
import { accountHandle, posts } from './read-posts';
import { readSettings } from './read-settings';

export default defineSite({
  id: 'instagram',
  hosts: HOSTS,
  detect,
  catalogue: CATALOGUE,
  readSettings,
  posts,
  // The navigation's Profile link names the logged-in account: other people's posts are not the parent's to fix.
  accountHandle,
  // Instagram has no per-post audience: "Private account" decides who sees every post.
  accountAudienceSetting: 'instagram.private-account',
});
