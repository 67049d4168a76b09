/**
 * One platform, as a guided path: the next step first, then every step, then the flagged posts.
 * App loads this module (and with it the catalogues' labels) only when a platform is opened.
 */
import { useState } from 'preact/hooks';
import { useT } from '../../ui/i18n';
import { SITE_NAMES } from '../../ui/site-names';
import type { SiteView, StepView } from '../../ui/status';
import type { State } from '../../shared/storage';
import { StatusMark } from './StatusMark';
import { FlaggedPosts } from './FlaggedPosts';
import { Diagnostic } from './Diagnostic';
import { Progress } from './Progress';
import { labelFor } from '../../sites/catalogues';
import { nextStep } from './SiteCard';
import { shownValue } from '../../ui/values';

export interface StepActions {
  onOpen: (id: string) => void;
  onMarkDone: (id: string, done: boolean) => void;
}

export function SiteDetail({ view, state, onBack, actions }: { view: SiteView; state: State; onBack: () => void; actions: StepActions }) {
  const t = useT();
  const name = SITE_NAMES[view.site.id];
  const next = nextStep(view);
  const [chosen, setChosen] = useState<string | null>(null);
  const current = view.steps.find((s) => s.entry.id === chosen) ?? next;
  return (
    <main class="detail">
      <button type="button" class="link back" onClick={onBack}>← {t('popup_back')}</button>
      <h2>{name}</h2>
      <Progress done={view.safe + view.manual} total={view.steps.length} />
      {view.languageBlocked && (
        <div class="notice" role="status">
          <p><strong>{t('popup_language_blocked_title')}</strong></p>
          <p>{t('popup_language_blocked_body', name)}</p>
          <p>{t(`popup_language_switch_${view.site.id}`)}</p>
        </div>
      )}
      {view.health && <Diagnostic view={view} />}
      {current ? (
        <StepCard step={current} isNext={current === next} actions={actions} />
      ) : (
        <p class="all-done" role="status">✓ {t('popup_all_done', name)}</p>
      )}
      <h3>{t('popup_steps_all')}</h3>
      <ol class="step-list">
        {view.steps.map((step) => (
          <li key={step.entry.id}>
            <button type="button" class={`step-row${current === step ? ' current' : ''}`} aria-current={current === step ? 'step' : undefined} onClick={() => setChosen(step.entry.id)}>
              <StatusMark status={step.status} />
              <span>{labelFor(step.entry.id)}</span>
            </button>
          </li>
        ))}
      </ol>
      <FlaggedPosts posts={Object.values(state.sites[view.site.id].flagged)} view={view} />
    </main>
  );
}

function StepCard({ step, isNext, actions }: { step: StepView; isNext: boolean; actions: StepActions }) {
  const t = useT();
  const [help, setHelp] = useState(false);
  const { entry } = step;
  const value = shownValue(step.value, t);
  return (
    <section class={`step step-${step.status}`} aria-labelledby="step-title">
      <p class="small">{isNext ? t('popup_step_next') : t('popup_step_selected')}</p>
      <h3 id="step-title" class="step-label">{labelFor(entry.id)}</h3>
      <p><StatusMark status={step.status} />{value !== null && <span class="small"> · {t('popup_step_value', value)}</span>}</p>
      <p class="what">{t(entry.stepKey)}</p>
      <p class="small">{t(entry.whyKey)}</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => actions.onOpen(entry.id)}>{t('popup_step_open')}</button>
        <button type="button" class="link" aria-expanded={help} onClick={() => setHelp(!help)}>{t('popup_step_cant_find')}</button>
      </div>
      {help && (
        <div class="help">
          <p>{t(entry.pathKey)}</p>
          {step.status === 'manual' ? (
            <button type="button" class="secondary" onClick={() => actions.onMarkDone(entry.id, false)}>{t('popup_step_unmark')}</button>
          ) : (
            <button type="button" class="secondary" onClick={() => actions.onMarkDone(entry.id, true)}>{t('popup_step_mark_done')}</button>
          )}
          <p class="small">{t('popup_step_manual_note')}</p>
        </div>
      )}
    </section>
  );
}
