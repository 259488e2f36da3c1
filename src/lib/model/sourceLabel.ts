/** Parts of a host name that say nothing about who runs it. */
const GENERIC = new Set([
	'www',
	'm',
	'en',
	'amp',
	'edition',
	'news',
	'com',
	'co',
	'org',
	'net',
	'gov',
	'ac'
]);

/** The host a link really reaches, without "www.": what "via" names. */
export function hostOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return '';
	}
}

const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A source's label as a reader should see it: the publisher, and the host the link reaches when
 * that is someone else ("Reuters, via dawn.com"), so a label never promises a page the link does
 * not open.
 */
export function sourceLabel(publisher: string, url: string): string {
	const host = hostOf(url);
	if (!host) return publisher;
	const parts = host
		.split('.')
		.slice(0, -1)
		.filter((p) => !GENERIC.has(p));
	const name = letters(publisher);
	const own = parts.some(
		(p) => p.length > 1 && (name.includes(letters(p)) || letters(p).includes(name))
	);
	return own ? publisher : `${publisher}, via ${host}`;
}
