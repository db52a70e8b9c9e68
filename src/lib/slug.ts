/**
 * URL paths for audited files: the same on disk and in the browser, for any path. Every character
 * outside `[A-Za-z0-9._-]` becomes `~xx` (its UTF-8 bytes in hex), so unicode, spaces, `%`, `#`,
 * `?` and `~` are safe and no percent-decoding can change the meaning; `.` and `..` segments become
 * literal; a segment longer than 120 characters is cut and suffixed with a hash, so it stays unique.
 * Shared by the site's pages and the report's links.
 */
const SAFE = /[A-Za-z0-9._-]/;

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

function segmentSlug(segment: string): string {
  let out = '';
  for (const ch of segment) {
    if (SAFE.test(ch)) out += ch;
    else for (const byte of new TextEncoder().encode(ch)) out += `~${byte.toString(16).padStart(2, '0')}`;
  }
  if (segment === '.' || segment === '..') out = segment.replace(/\./g, '~2e');
  if (out === '') out = '~';
  return out.length > 120 ? `${out.slice(0, 100)}~~${hash(segment)}` : out;
}

export function fileSlug(path: string): string {
  return path.split('/').map(segmentSlug).join('/');
}
