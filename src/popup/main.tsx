import { render } from 'preact';
import { App } from './App';
import { preloadLocales } from '../ui/i18n';
import { startReading } from '../ui/use-stored-state';
import { ext } from '../ui/ext';
import { localeFromBrowser } from '../shared/locales';
import './popup.css';

// Start reading before the first render: Preact runs effects only after a frame.
preloadLocales(localeFromBrowser(ext.i18n.getUILanguage()));
const first = startReading();
const root = document.getElementById('app')!;
// index.html's placeholder goes in the same task as the first render (the same placeholder): no blank frame.
root.textContent = '';
render(<App first={first} />, root);
