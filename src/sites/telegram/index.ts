import { defineSite } from '../types';
import { CATALOGUE } from './catalogue';
import { HOSTS, detect } from './detect';
import { posts } from './read-posts';
import { locateControl, readSettings } from './read-settings';

export default defineSite({
  id: 'telegram',
  hosts: HOSTS,
  detect,
  catalogue: CATALOGUE,
  readSettings,
  // The list screen's rows show values the engine cannot locate: point the guide at them too.
  locateControl,
  posts,
});
