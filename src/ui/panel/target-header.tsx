import { usePanel } from './panel-context';
import { hostOf } from '../format';

/** The page the panel acts on, and why Errand can't act on it when it can't. */
export function TargetHeader({ onRefresh }: { onRefresh?: () => void }) {
  const { target } = usePanel();
  const t = target.target.value;
  const err = target.error.value;
  return (
    <header class="target" aria-label="Target page">
      <div class="target-text">
        <strong class="target-title">{t?.title || (t?.url ? hostOf(t.url) : 'No page selected')}</strong>
        {t?.url && <span class="target-url" title={t.url}>{t.url}</span>}
      </div>
      {onRefresh && <button type="button" class="icon" aria-label="Use the current tab" title="Use the current tab" onClick={onRefresh}>⟳</button>}
      {t?.restricted && <p class="warning" role="status">{t.restricted}</p>}
      {err && !t?.restricted && <p class="warning" role="status">Errand can't see the current tab: {err}</p>}
    </header>
  );
}
