import { defineSite } from '../types';
import { CATALOGUE } from './catalogue';
import { HOSTS, detect } from './detect';
import { accountHandle, posts } from './read-posts';
import { readSettings } from './read-settings';

export default defineSite({
  id: 'x',
  hosts: HOSTS,
  detect,
  catalogue: CATALOGUE,
  readSettings,
  posts,
  // The side nav's Profile link names the logged-in account: other people's posts are not the parent's to fix.
  accountHandle,
  // "Protect your posts" decides who sees every post: X has no per-post audience.
  accountAudienceSetting: 'x.protect-posts',
});
