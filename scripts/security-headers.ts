// The Content-Security-Policy the dashboard runs under, in one place: the build writes it into
// index.html as a <meta> tag (so it holds on any static host), `vite preview` sends it as a
// header, and deploy/nginx.conf sends the same headers (tests/browser/server.spec.ts compares them).

const policy: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // No inline <style> or style="" markup; styles set from script (React, Leaflet) are not inline markup.
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

function serialise(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** For the <meta> tag; frame-ancestors is left out because browsers ignore it there (and warn). */
export const metaContentSecurityPolicy = serialise(policy);

/** For response headers: the meta policy plus who may frame the app. */
export function headerContentSecurityPolicy(frameAncestors: string[] = ["'self'"]): string {
  return serialise({ ...policy, 'frame-ancestors': frameAncestors });
}

/**
 * Response headers for a path: the embed page may be framed by any site (that is its job);
 * everything else only by the dashboard itself.
 */
export function securityHeadersFor(path: string): Record<string, string> {
  const isEmbed = /(^|\/)embed\.html$/.test(path.split('?')[0] ?? '');
  return {
    'Content-Security-Policy': headerContentSecurityPolicy(isEmbed ? ['*'] : ["'self'"]),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
