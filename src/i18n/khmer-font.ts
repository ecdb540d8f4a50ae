// The self-hosted Noto Sans Khmer is declared on every page (khmer-font-faces.css, imported by
// styles.css) with a unicode-range, so the browser fetches it from our own origin (font-src
// 'self') only when Khmer text is drawn. A Khmer page waits for it briefly here.
const SAMPLE = 'ខ្មែរ';

/** Waits (briefly) for the Khmer regular weight, so Khmer text does not appear in a fallback first. */
export async function loadKhmerFont(): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  // The text shows in the fallback if the font is slow (font-display: swap); a failed font is not a failed language.
  await Promise.race([
    document.fonts.load(`16px "Noto Sans Khmer"`, SAMPLE).catch(() => []),
    new Promise((resolve) => setTimeout(resolve, 1500)),
  ]);
}
