/**
 * Saves a blob as a file through a temporary <a download> link: no server round trip, and allowed
 * under the app's CSP (blob: URLs). The URL is revoked on the next task, once the click has
 * handed the blob to the browser's download.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** A text file as a blob; the type carries the charset so nothing guesses it. */
export function textBlob(text: string, type: 'text/csv' | 'application/json' | 'image/svg+xml'): Blob {
  return new Blob([text], { type: `${type};charset=utf-8` });
}
