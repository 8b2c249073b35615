import { mediaKind } from '../lib/media';
import { useObjectUrl } from '../lib/useObjectUrl';
import './Thumbnail.css';

/** Renders a small still of an image or video file, or a badge with the file's extension. */
export function Thumbnail({ filename, data }: { readonly filename: string; readonly data: Blob }) {
  const kind = mediaKind(filename, data.type);
  const url = useObjectUrl(data);
  const extension = filename.includes('.') ? (filename.split('.').at(-1) ?? '') : '';

  if (url !== null && kind === 'image') {
    return <img className="thumbnail" src={url} alt="" loading="lazy" decoding="async" />;
  }
  if (url !== null && kind === 'video') {
    // The media fragment makes Chromium show a frame a little way in, as a poster.
    return <video className="thumbnail" src={`${url}#t=0.5`} preload="metadata" muted playsInline aria-hidden="true" tabIndex={-1} />;
  }
  return (
    <span className="thumbnail badge" aria-hidden="true">
      {extension.slice(0, 4).toUpperCase() || 'FILE'}
    </span>
  );
}
