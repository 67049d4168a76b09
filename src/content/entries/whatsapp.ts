// Content-script entry for whatsapp: one self-contained file per platform, holding only that platform's readers.
import site from '../../sites/whatsapp/index';
import { startOn } from '../start';

startOn(site);
