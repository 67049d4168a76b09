import { useT } from '../../ui/i18n';
import type { StepStatus } from '../../ui/status';

/** Status as a symbol AND a word: colour is never the only signal. */
const SYMBOL: Record<StepStatus, string> = { safe: '✓', risky: '✗', unknown: '?', unchecked: '○', manual: '☑' };

export function StatusMark({ status }: { status: StepStatus }) {
  const t = useT();
  return (
    <span class={`status status-${status}`}>
      <span aria-hidden="true">{SYMBOL[status]}</span> {t(`status_${status}`)}
    </span>
  );
}
