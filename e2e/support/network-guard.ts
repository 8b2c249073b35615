/**
 * Records the URLs a browser context requests and keeps those that leave the
 * app's origin. `blob:` and `data:` URLs never reach the network; a `blob:`
 * URL still has to belong to the app's origin, because it names that origin.
 */
export class NetworkRecorder {
  readonly #appOrigin: string;
  readonly #all: string[] = [];
  readonly #foreign = new Set<string>();
  readonly #allowed = new Set<string>();

  constructor(appUrl: string) {
    this.#appOrigin = new URL(appUrl).origin;
  }

  /**
   * Accepts requests to `origin` for the rest of the test: a server the test
   * itself started, such as the other site of a URL import.
   */
  allowOrigin(origin: string): void {
    this.#allowed.add(new URL(origin).origin);
  }

  /** Records one requested URL; returns whether it is foreign. */
  record(url: string): boolean {
    this.#all.push(url);
    if (isAppRequest(url, this.#appOrigin)) return false;
    if (URL.canParse(url) && this.#allowed.has(new URL(url).origin)) return false;
    this.#foreign.add(url);
    return true;
  }

  /** Returns every recorded URL in order, with repeats. */
  allRequests(): readonly string[] {
    return this.#all;
  }

  /** Returns the foreign URLs in the order first seen, each once. */
  foreignRequests(): readonly string[] {
    return [...this.#foreign];
  }
}

/** Returns true when `url` stays on the device or goes to `appOrigin` only. */
export function isAppRequest(url: string, appOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // A URL the browser requested but Node cannot parse is reported, not trusted.
    return false;
  }
  if (parsed.protocol === 'data:') return true;
  // new URL('blob:http://host/uuid').origin is the origin of the page that made it.
  return parsed.origin === appOrigin;
}
