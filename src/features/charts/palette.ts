// Okabe–Ito colours, chosen to stay apart for the common forms of colour blindness; only those
// with at least 3:1 contrast against white, so bars stand out from the background (WCAG 1.4.11).
export const PALETTE = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#009E73',
} as const;
