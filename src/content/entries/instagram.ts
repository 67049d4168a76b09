// Content-script entry for instagram: one self-contained file per platform, holding only that platform's readers.
import site from '../../sites/instagram/index';
import { startOn } from '../start';

startOn(site);
