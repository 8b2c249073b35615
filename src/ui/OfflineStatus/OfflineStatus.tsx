import { useEffect } from 'react';
import { formatBytes } from '../lib/format';
import { startPwa } from '../../pwa/start';
import { usePwa, type OfflineReadiness, type PwaState } from '../../pwa/store';
import './OfflineStatus.css';

const pathsOf = (urls: readonly string[]): string => urls.map((url) => new URL(url).pathname).join(', ');

function describeReadiness(offline: OfflineReadiness): string {
  switch (offline.kind) {
    case 'unsupported':
      return `Offline use is unavailable: ${offline.reason}.`;
    case 'checking':
      return 'Saving the app and its engines for offline use…';
    case 'ready':
      return `Ready for offline use: all ${offline.files} files are cached.`;
    case 'incomplete': {
      const parts = ['Not ready for offline use.'];
      if (offline.uncached.length > 0) parts.push(`${offline.cached} of ${offline.total} files are cached; reload while online to fetch the rest.`);
      if (offline.unlisted.length > 0) parts.push(`These engine files are not in this build's offline cache: ${pathsOf(offline.unlisted)}.`);
      return parts.join(' ');
    }
    case 'failed':
      return `Offline use is unavailable: ${offline.message}`;
    default: {
      const unexpected: never = offline;
      throw new Error(`Unexpected offline state ${JSON.stringify(unexpected)}`);
    }
  }
}

function describeStorage({ storage, persisted }: Pick<PwaState, 'storage' | 'persisted'>): string | null {
  if (storage === null) return null;
  const usage = `Storage: ${formatBytes(storage.usageBytes)} used of ${formatBytes(storage.quotaBytes)} available`;
  if (persisted === true) return `${usage}, persistent.`;
  if (persisted === false) return `${usage}, not persistent: the browser may clear it when the disk runs low.`;
  return `${usage}.`;
}

/** Shows in one line whether the app works offline and how much storage it uses. */
export function OfflineStatus() {
  useEffect(startPwa, []);
  const offline = usePwa((state) => state.offline);
  const storage = usePwa((state) => state.storage);
  const persisted = usePwa((state) => state.persisted);
  const storageText = describeStorage({ storage, persisted });

  return (
    <p
      className="offline-status"
      data-testid="offline-status"
      data-state={offline.kind}
      data-uncached={offline.kind === 'incomplete' ? pathsOf(offline.uncached) : ''}
      data-unlisted={offline.kind === 'incomplete' ? pathsOf(offline.unlisted) : ''}
    >
      <span className={`offline-${offline.kind}`}>{describeReadiness(offline)}</span>
      {storageText !== null && <span data-testid="storage-usage">{storageText}</span>}
    </p>
  );
}
