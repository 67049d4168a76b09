import { useT } from '../../ui/i18n';

/** A labelled progress bar: the number is in the text, the bar only repeats it. */
export function Progress({ done, total }: { done: number; total: number }) {
  const t = useT();
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  const label = t('popup_card_progress', done, total);
  return (
    <div class="progress-wrap">
      <span class="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-label={label}>
        <span class="bar" style={{ width: `${percent}%` }} />
      </span>
      <span class="small">{label}</span>
    </div>
  );
}
