import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { useT } from '../../ui/i18n';
import { SITE_NAMES } from '../../ui/site-names';
import type { SiteView, StepView } from '../../ui/status';
import type { State } from '../../shared/storage';
import { StatusMark } from './StatusMark';
import { FlaggedPosts } from './FlaggedPosts';
import { Diagnostic } from './Diagnostic';
import { platformLabel } from '../../sites/label-text';

export function SiteDetail({ view, state, onBack, onMarkDone }: {
  view: SiteView; state: State; onBack: () => void; onMarkDone: (id: string, done: boolean) => void;
}) {
  const t = useT();
  const name = SITE_NAMES[view.site.id];
  return (
    <main class="detail">
      <button type="button" class="link back" onClick={onBack}>← {t('popup_back')}</button>
      <h2>{name}</h2>
      {view.languageBlocked && (
        <div class="notice" role="status">
          <p><strong>{t('popup_language_blocked_title')}</strong></p>
          <p>{t('popup_language_blocked_body', name)}</p>
          <p>{t(`popup_language_switch_${view.site.id}`)}</p>
        </div>
      )}
      {view.health && <Diagnostic view={view} />}
      <ol class="steps">
        {view.steps.map((step) => <Step key={step.entry.id} step={step} onMarkDone={onMarkDone} />)}
      </ol>
      <FlaggedPosts posts={Object.values(state.sites[view.site.id].flagged)} />
    </main>
  );
}

function Step({ step, onMarkDone }: { step: StepView; onMarkDone: (id: string, done: boolean) => void }) {
  const t = useT();
  const [help, setHelp] = useState(false);
  const { entry } = step;
  return (
    <li class={`step step-${step.status}`}>
      <div class="step-head">
        <StatusMark status={step.status} />
        <span class="step-label">{platformLabel(entry)}</span>
      </div>
      {step.value !== null && <p class="small">{t('popup_step_value', step.value)}</p>}
      <p>{t(entry.stepKey)}</p>
      <p class="small">{t(entry.whyKey)}</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => void browser.tabs.create({ url: entry.url })}>{t('popup_step_open')}</button>
        <button type="button" class="link" aria-expanded={help} onClick={() => setHelp(!help)}>{t('popup_step_cant_find')}</button>
      </div>
      {help && (
        <div class="help">
          <p>{t(entry.pathKey)}</p>
          {step.status === 'manual' ? (
            <button type="button" class="secondary" onClick={() => onMarkDone(entry.id, false)}>{t('popup_step_unmark')}</button>
          ) : (
            <button type="button" class="secondary" onClick={() => onMarkDone(entry.id, true)}>{t('popup_step_mark_done')}</button>
          )}
        </div>
      )}
    </li>
  );
}
