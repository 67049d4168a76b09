// Content-script entry for x: one self-contained file per platform, holding only that platform's readers.
import site from '../../sites/x/index';
import { startOn } from '../start';

startOn(site);
