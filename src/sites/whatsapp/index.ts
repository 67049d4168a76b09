import { defineSite } from '../types';
import { CATALOGUE } from './catalogue';
import { HOSTS, detect } from './detect';
import { posts } from './read-posts';
import { locateControl, readSettings } from './read-settings';

export default defineSite({
  id: 'whatsapp',
  hosts: HOSTS,
  detect,
  catalogue: CATALOGUE,
  readSettings,
  // WhatsApp's radios carry no name of their own and "Last seen and online" has two radio groups:
  // the guide points where this site's reader reads (the group, or the Privacy list row).
  locateControl,
  // Chats are private messages: never read (read-posts.ts).
  posts,
});
