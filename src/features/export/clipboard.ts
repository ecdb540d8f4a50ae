/**
 * Writes text to the clipboard; false when the browser has no clipboard here (an insecure
 * origin, an embedding frame without permission) or refuses, so the caller can offer the text
 * to copy by hand instead.
 */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || navigator.clipboard?.writeText === undefined) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
