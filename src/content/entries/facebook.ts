// Content-script entry for facebook: one self-contained file per platform, holding only that platform's readers.
import site from '../../sites/facebook/index';
import { startOn } from '../start';

startOn(site);
