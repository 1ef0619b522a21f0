import { createHash } from 'node:crypto';
import { badUserInput } from '../errors';

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export function shortHash(...parts: Array<string | number | undefined>): string {
  return createHash('sha1')
    .update(parts.map((part) => String(part ?? '')).join('\u0000'))
    .digest('hex')
    .slice(0, 8);
}

/** An id from a name when the curator gave none; a name with no Latin letters needs an explicit id. */
export function idFromName(given: string | undefined, name: string, prefix = ''): string {
  if (given) return given;
  const slug = slugify(name);
  if (!slug) throw badUserInput('input.id', 'give an id: the name has no Latin letters to derive one from');
  return `${prefix}${slug}`;
}

/** The same page always gets the same id, so registering a URL twice is one source. */
export function sourceIdFor(url: string | undefined, title: string): string {
  if (!url) return idFromName(undefined, title, 'source-');
  const host = new URL(url).hostname.replace(/^(www|m|amp)\./, '');
  return `web-${slugify(host.split('.').slice(0, -1).join('-'))}-${createHash('sha1').update(url).digest('hex').slice(0, 6)}`;
}
