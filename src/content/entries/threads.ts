// Content-script entry for threads: one self-contained file per platform, holding only that platform's readers.
import site from '../../sites/threads/index';
import { startOn } from '../start';

startOn(site);
