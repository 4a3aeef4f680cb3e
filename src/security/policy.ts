/**
 * The site's security policy, in one place: the Content-Security-Policy directives Astro puts in each page's
 * <meta> (with the hashes of its own scripts and styles), and the headers a host adds. Astro's preview server
 * sends the headers too, so the browser tests see what a visitor's browser sees; the build writes them to
 * `dist/_headers` for hosts that read that file, and the README shows the same lines for nginx.
 */

/** Everything from this site only: no third party can be reached, framed or loaded. */
export const metaDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'none'",
  // Only the opt-in offline reader's own service worker (/sw.js); see src/offline/sw.ts.
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** What only a header can say: a CSP in <meta> cannot forbid framing. */
const headerDirectives = ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"];

/** Browser features this site never uses, closed so no script could turn them on. */
const closedFeatures = ['accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb'];

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': headerDirectives.join('; '),
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': closedFeatures.map((f) => `${f}=()`).join(', '),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The headers as a `_headers` file (Netlify, Cloudflare Pages): every path gets every header. */
export function headersFile(): string {
  return ['/*', ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`)].join('\n') + '\n';
}

/** The same headers as nginx lines, for the README. */
export function nginxLines(): string[] {
  return Object.entries(securityHeaders).map(([name, value]) => `add_header ${name} "${value}" always;`);
}
