// Content-script entry for youtube: one self-contained file per platform, holding only that platform's readers.
import site from '../../sites/youtube/index';
import { startOn } from '../start';

startOn(site);
