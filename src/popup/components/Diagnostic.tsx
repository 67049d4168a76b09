import { useState } from 'preact/hooks';
import { ext } from '../../ui/ext';
import { useT } from '../../ui/i18n';
import type { SiteView } from '../../ui/status';

/** "Couldn't read this page reliably", with a copyable diagnostic that holds no page content. */
export function Diagnostic({ view }: { view: SiteView }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  if (!view.health) return null;
  const text = JSON.stringify({
    platform: view.site.id,
    page: view.health.page,
    missing: view.health.missing,
    at: view.health.at,
    version: ext.runtime.getManifest().version,
  });
  return (
    <div class="notice warn" role="status">
      <p><strong>{t('popup_health_title')}</strong></p>
      <p>{t('popup_health_body')}</p>
      <textarea readOnly rows={3} aria-label={t('popup_health_diagnostic')} value={text} />
      <button type="button" class="secondary" onClick={() => void navigator.clipboard.writeText(text).then(() => setCopied(true), () => setCopied(false))}>
        {copied ? t('popup_health_copied') : t('popup_health_copy')}
      </button>
    </div>
  );
}
