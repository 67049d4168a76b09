// Content-script entry for telegram: one self-contained file per platform, holding only that platform's readers.
import site from '../../sites/telegram/index';
import { startOn } from '../start';

startOn(site);
