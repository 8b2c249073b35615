import { useEffect, useState } from 'react';

// Elapsed and remaining times are shown in whole seconds. Milliseconds.
const TICK_MS = 1000;

/** Returns the current time in milliseconds, updated every second while `ticking` is true. */
export function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
