// The one Content-Security-Policy of the app, for the Electron window and browser mode
// alike: no inline, remote or eval'd script, no frames, objects, forms or <base>.

export function contentSecurityPolicy({ imgSrc = [], connectSrc = [] }: { imgSrc?: string[]; connectSrc?: string[] } = {}): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // React and TipTap set style attributes; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    // Web images appear only when the reader allows them (the renderer leaves them out otherwise).
    ["img-src 'self'", ...imgSrc, 'https:', 'http:'].join(' '),
    "font-src 'self'",
    ["connect-src 'self'", ...connectSrc].join(' '),
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
