import { render } from 'preact';
import { ReportPage } from './ReportPage';
import '../ui/base.css';
import './report.css';

render(<ReportPage />, document.getElementById('app')!);
