import { describe, expect, it } from 'vitest';
import {
	ASKED_LAYOUT_MARKS,
	ASKED_LAYOUT_SCRIPT,
	clearAskedLayout,
	withAskedLayout
} from '$lib/app/askedLayout';

/** Runs the head script as the browser would, for a URL query, and returns the marks it set. */
function marksFor(search: string): string[] {
	const classes = new Set<string>();
	const document = { documentElement: { classList: { add: (c: string) => classes.add(c) } } };
	new Function('location', 'document', ASKED_LAYOUT_SCRIPT)({ search }, document);
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
		['?country=DEU&controls=0&title=0', ['asks-country', 'asks-no-controls', 'asks-no-title']]
	])('%s marks %j', (search, marks) => {
		expect(marksFor(search)).toEqual(marks);
	});

	it('sets only marks the app knows to clear', () => {
		expect(ASKED_LAYOUT_MARKS).toEqual(marksFor('?country=DEU&controls=0&title=0'));
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
