/**
 * What an asynchronous load gives for the current key, as React state: the
 * one shape behind "load this content chunk for that id" across screens.
 * `load` must be stable (a module function). Undefined while loading or with
 * no key; null when the load failed or found nothing. A result that arrives
 * after the key has changed is dropped.
 */
import { useEffect, useState } from 'react';

export function useLoaded<T>(key: string | undefined, load: (key: string) => Promise<T | undefined>): T | null | undefined {
  const [loaded, setLoaded] = useState<{ key: string; value: T | null }>();
  useEffect(() => {
    if (key === undefined) return;
    let live = true;
    load(key).then(
      (value) => live && setLoaded({ key, value: value ?? null }),
      () => live && setLoaded({ key, value: null }),
    );
    return () => {
      live = false;
    };
  }, [key, load]);
  return key !== undefined && loaded?.key === key ? loaded.value : undefined;
}
