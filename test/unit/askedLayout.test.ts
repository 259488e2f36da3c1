import { describe, expect, it } from 'vitest';
import {
	ASKED_LAYOUT_MARKS,
	ASKED_LAYOUT_SCRIPT,
	clearAskedLayout,
	withAskedLayout
} from '$lib/app/askedLayout';

/**
 * Runs the head script as the browser would, for a URL query on a path, in a light or dark
 * system scheme, and returns the marks it set.
 */
function marksFor(search: string, { pathname = '/embed/', dark = false } = {}): string[] {
	const classes = new Set<string>();
	const document = { documentElement: { classList: { add: (c: string) => classes.add(c) } } };
	const matchMedia = (query: string) => ({
		matches: dark && query === '(prefers-color-scheme: dark)'
	});
	new Function('location', 'document', 'matchMedia', ASKED_LAYOUT_SCRIPT)(
		{ search, pathname },
		document,
		matchMedia
	);
	return [...classes].sort();
}

describe('the head script marks the layout an embed URL asks for', () => {
	it.each([
		['', []],
		['?date=2020-07-14', []],
		['?date=2020-07-14&country=GBR', ['asks-country']],
		['?country=gbr', ['asks-country']],
		['?country=', []],
		['?country=GBRX', []],
		['?country=%3Cb%3E', []],
		['?controls=0', ['asks-no-controls']],
		['?controls=1', []],
		['?title=0', ['asks-no-title']],
		['?military=0', ['asks-no-military']],
		['?military=1', []],
		['?country=DEU&controls=0&title=0', ['asks-country', 'asks-no-controls', 'asks-no-title']]
	])('%s marks %j', (search, marks) => {
		expect(marksFor(search)).toEqual(marks);
	});

	it('sets only marks the app knows to clear', () => {
		expect([...ASKED_LAYOUT_MARKS].sort()).toEqual(
			marksFor('?country=DEU&controls=0&title=0&military=0&theme=dark')
		);
	});
});

describe('the head script marks the theme the app will draw', () => {
	it.each([
		['an embed in a light scheme', '/embed/', '', false, []],
		['an embed in a dark scheme', '/embed/', '', true, ['asks-dark']],
		['an embed asking theme=dark', '/embed/', '?theme=dark', false, ['asks-dark']],
		['an embed asking theme=light in a dark scheme', '/embed/', '?theme=light', true, []],
		['an embed asking theme=auto in a dark scheme', '/embed/', '?theme=auto', true, ['asks-dark']],
		['the page in a dark scheme', '/', '', true, ['asks-dark']],
		['a year page in a light scheme', '/y/2020/', '', false, []],
		['the page, which has no theme option, asked theme=dark', '/', '?theme=dark', false, []],
		['the page asked theme=light in a dark scheme', '/', '?theme=light', true, ['asks-dark']]
	])('%s: %s%s (dark scheme: %s) marks %j', (_name, pathname, search, dark, marks) => {
		expect(marksFor(search, { pathname, dark })).toEqual(marks);
	});
});

describe('the script sits in the head and goes when the app draws', () => {
	it('puts the script at the end of the head, before the body', () => {
		const html = withAskedLayout('<html><head><title>x</title></head><body></body></html>');
		expect(html).toBe(
			`<html><head><title>x</title><script>${ASKED_LAYOUT_SCRIPT}</script></head><body></body></html>`
		);
	});

	it('clears every mark and leaves the root’s other classes', () => {
		const root = { classList: new Set(['dark', ...ASKED_LAYOUT_MARKS]) };
		const classList = { remove: (...cs: string[]) => cs.forEach((c) => root.classList.delete(c)) };
		clearAskedLayout({ documentElement: { classList } } as unknown as Document);
		expect([...root.classList]).toEqual(['dark']);
	});
});
