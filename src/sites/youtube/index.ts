import { defineSite } from '../types';
import { CATALOGUE } from './catalogue';
import { HOSTS, detect } from './detect';
import { posts } from './read-posts';
import { readSettings, locateToggleButton } from './read-settings';
import { locateSettingControl } from '../common/read-control';

export default defineSite({
  id: 'youtube',
  hosts: HOSTS,
  detect,
  catalogue: CATALOGUE,
  readSettings,
  // YouTube's toggle is a button with aria-pressed, which only this site's reader finds.
  locateControl: (doc, entry) => locateSettingControl(doc, entry, CATALOGUE) ?? locateToggleButton(doc, entry),
  posts,
  // No accountAudienceSetting: each YouTube video has its own visibility (Public / Unlisted / Private).
});
