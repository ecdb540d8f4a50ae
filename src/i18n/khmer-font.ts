// The self-hosted Noto Sans Khmer, only its Khmer subset (Latin text keeps the system font):
// importing these style sheets adds the @font-face rules; the browser fetches the font files
// from our own origin (font-src 'self') when Khmer text is drawn.
const SAMPLE = 'ខ្មែរ';

/** Adds the Khmer font faces and waits (briefly) for the regular weight, so Khmer text does not appear in a fallback first. */
export async function loadKhmerFont(): Promise<void> {
  await Promise.all([
    import('@fontsource/noto-sans-khmer/khmer-400.css'),
    import('@fontsource/noto-sans-khmer/khmer-700.css'),
  ]);
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  // The text shows in the fallback if the font is slow (font-display: swap); a failed font is not a failed language.
  await Promise.race([
    document.fonts.load(`16px "Noto Sans Khmer"`, SAMPLE).catch(() => []),
    new Promise((resolve) => setTimeout(resolve, 1500)),
  ]);
}
