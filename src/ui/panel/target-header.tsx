import { usePanel } from './panel-context';
import { hostOf } from '../format';

/**
 * The page the panel acts on, whether it follows the active tab or stays on one tab, and why
 * Errand can't act on the page when it can't.
 */
export function TargetHeader() {
  const { target } = usePanel();
  const t = target.target.value;
  const err = target.error.value;
  const bound = target.bound.value;
  return (
    <header class="target" aria-label="Target page">
      <div class="target-text">
        <strong class="target-title">{t?.title || (t?.url ? hostOf(t.url) : 'No page selected')}</strong>
        {t?.url && <span class="target-url" title={t.url}>{t.url}</span>}
        <span class="hint target-mode">{bound ? 'Stays on this tab' : 'Follows the active tab'}</span>
      </div>
      {bound
        ? <button type="button" class="icon" aria-label="Follow the active tab" title="Follow the active tab" onClick={() => void target.follow()}>⇄</button>
        : <button type="button" class="icon" aria-label="Use the current tab" title="Use the current tab" onClick={() => void target.follow()}>⟳</button>}
      {t?.restricted && <p class="warning" role="status">{t.restricted}</p>}
      {err && !t?.restricted && <p class="warning" role="status">Errand can't see the current tab: {err}</p>}
    </header>
  );
}
