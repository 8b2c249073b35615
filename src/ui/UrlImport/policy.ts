/** Blocked addresses the page's Content-Security-Policy reported, newest last. */
const blockedUris: string[] = [];

// Browsers report a blocked fetch to the page only through this event; the
// fetch itself rejects with the same bare TypeError as a network failure.
if (typeof document !== 'undefined') {
  document.addEventListener('securitypolicyviolation', (event) => blockedUris.push(event.blockedURI));
}

// The violation event is queued as a task after the fetch rejects, so the
// check waits one short turn before looking. Milliseconds.
const VIOLATION_EVENT_DELAY_MS = 50;

/** Resolves true when the Content-Security-Policy has blocked a request to `url` since the page loaded. */
export async function wasBlockedByPolicy(url: string): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, VIOLATION_EVENT_DELAY_MS));
  const origin = new URL(url).origin;
  return blockedUris.some((blocked) => blocked === url || blocked === origin || (blocked !== '' && url.startsWith(blocked)));
}
