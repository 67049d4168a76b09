// Content-script entry for tiktok: one self-contained file per platform, holding only that platform's readers.
import site from '../../sites/tiktok/index';
import { startOn } from '../start';

startOn(site);
