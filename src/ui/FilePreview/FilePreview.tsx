import { relativePath, type StoredFile } from '../../runner/files';
import { formatBytes } from '../lib/format';
import { mediaKind, mimeType } from '../lib/media';
import { useBlobText } from '../lib/useBlobText';
import { useObjectUrl } from '../lib/useObjectUrl';
import './FilePreview.css';

// Text previews read at most this much of a file. Bytes.
const MAX_TEXT_BYTES = 256 * 1024;

function formatJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function TextPreview({ file, json, label }: { readonly file: StoredFile; readonly json: boolean; readonly label: string }) {
  const { text, truncated } = useBlobText(file.data, MAX_TEXT_BYTES);
  if (text === null) return <p className="preview-note">Reading…</p>;
  // A cut JSON document cannot parse, so it is shown as it is.
  const shown = json && !truncated ? formatJson(text) : text;
  return (
    <>
      <pre className="text-preview" aria-label={label} tabIndex={0}>
        {shown}
      </pre>
      {truncated && <p className="preview-note">Showing the first {formatBytes(MAX_TEXT_BYTES)}. Download the file for the rest.</p>}
    </>
  );
}

function Media({ file, url, label }: { readonly file: StoredFile; readonly url: string; readonly label: string }) {
  const kind = mediaKind(file.filename, file.data.type);
  switch (kind) {
    case 'image':
      return <img className="media-preview" src={url} alt={label} loading="lazy" decoding="async" />;
    case 'video':
      return <video className="media-preview" src={url} controls preload="metadata" aria-label={label} />;
    case 'audio':
      return <audio src={url} controls preload="metadata" aria-label={label} />;
    case 'json':
      return <TextPreview file={file} json label={label} />;
    case 'text':
      return <TextPreview file={file} json={false} label={label} />;
    case 'other':
      return null;
    default: {
      const unexpected: never = kind;
      throw new Error(`Unexpected media kind ${String(unexpected)}`);
    }
  }
}

/** Renders one file: an inline preview when the browser can show it, its download link, size and type. */
export function FilePreview({ file, preview }: { readonly file: StoredFile; readonly preview: boolean }) {
  const url = useObjectUrl(file.data);
  const path = relativePath(file);
  const type = mimeType(file.filename, file.data.type);

  return (
    <li className="file-preview">
      {preview && url !== null && <Media file={file} url={url} label={`Preview of ${path}`} />}
      <div className="file-line">
        {url === null ? (
          <span>{path}</span>
        ) : (
          <a href={url} download={file.filename}>
            Download {path}
          </a>
        )}
        <span className="size">
          {formatBytes(file.data.size)}
          {type === '' ? '' : ` · ${type}`}
        </span>
      </div>
    </li>
  );
}
