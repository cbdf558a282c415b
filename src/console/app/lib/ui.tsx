import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ServerError } from './gql';
import { t } from './i18n';

/** A server error shown where the user acted: its extensions.code and message, announced. */
export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const code = error instanceof ServerError ? error.code : 'ERROR';
  const message = error instanceof Error ? error.message : String(error);
  return (
    <p class="error" role="alert">
      <code class="error-code">{code}</code> <span class="error-message">{message}</span>
    </p>
  );
}

/** Runs an action, keeping its error and busy state for the form that started it. */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await action(...args);
      } catch (err) {
        setError(err);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [action],
  );
  return { run, busy, error, setError };
}

/** Loads data when its inputs change; `reload` fetches again (after a feed event, say). */
export function useQuery<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let live = true;
    loadRef.current().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
      },
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, reload, setData };
}

export function Panel({ title, children, id, class: className }: { title: string; children: ComponentChildren; id?: string; class?: string }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section class={`panel ${className ?? ''}`} id={id} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

export function Busy({ busy }: { busy: boolean }) {
  return busy ? <span class="busy" aria-live="polite">{t('处理中…', 'Working…')}</span> : null;
}
