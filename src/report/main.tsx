import { render } from 'preact';
import { ReportPage } from './ReportPage';
import { preloadLocales } from '../ui/i18n';
import { startReading } from '../ui/use-stored-state';
import { ext } from '../ui/ext';
import { localeFromBrowser } from '../shared/locales';
import '../ui/base.css';
import './report.css';

// Start reading before the first render: Preact runs effects only after a frame.
preloadLocales(localeFromBrowser(ext.i18n.getUILanguage()));
const first = startReading();
render(<ReportPage first={first} />, document.getElementById('app')!);
