import type { Report } from '../shared/report-schema';
import { reportFileName } from '../shared/report-schema';

/** Save the report as `jaga-report-YYYY-MM-DD.json` through a local blob: no network, no permission. */
export function downloadJson(report: Report, now = new Date()): void {
  const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = reportFileName(now);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
