import { TimeoutError, CancelledError } from '../../core/errors';
import { realmOf } from '../dom/realm';

/**
 * Resolves once the document has loaded and its tree has not changed for `quietMs` (a stand-in for
 * network idle: content arriving shows up as DOM changes). Attribute changes (animations, timers
 * toggling classes) do not count. Rejects with TimeoutError after `timeoutMs`.
 */
export function waitForDomQuiet(doc: Document, quietMs: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const View = realmOf(doc);
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (err?: Error) => {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(deadline);
      doc.removeEventListener('readystatechange', restart);
      signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve();
    };
    const restart = () => {
      clearTimeout(quietTimer);
      if (doc.readyState === 'complete') quietTimer = setTimeout(() => finish(), quietMs);
    };
    const onAbort = () => finish(new CancelledError());
    const observer = new View.MutationObserver(restart);
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    doc.addEventListener('readystatechange', restart);
    signal?.addEventListener('abort', onAbort, { once: true });
    const deadline = setTimeout(() => finish(new TimeoutError(`waiting for the page to settle (${quietMs} ms quiet)`, timeoutMs)), timeoutMs);
    restart();
  });
}
