import { describe, expect, it } from 'vitest';
import { elementQuery } from '../../src/lib/embed/elementQuery';
import { elementSnippet } from '../../src/lib/embed/snippets';
import { parseEmbedOptions, parseView } from '../../src/lib/state/viewState';

const attrs = (values: Record<string, string>) => (name: string) => values[name] ?? null;
const ctx = { min: '2012-01-01', max: '2026-12-06', countryIds: new Set(['GBR', 'DEU']) };

describe('the embed query of a <stance-map> element', () => {
	it.each([
		['no attributes give the embed’s defaults', {}, ''],
		[
			'the view’s attributes become its URL parameters',
			{ date: '2020-07-14', country: 'GBR', company: 'zte' },
			'?date=2020-07-14&country=GBR&company=zte'
		],
		[
			'the host’s options pass too',
			{ v: '2026-12-06', lang: 'de', theme: 'dark', controls: '0' },
			'?lang=de&v=2026-12-06&theme=dark&controls=0'
		],
		['unknown attributes stay out', { id: 'map', class: 'wide', onclick: 'x' }, ''],
		[
			'values are trimmed and cut short',
			{ date: ` ${'9'.repeat(60)} ` },
			`?date=${'9'.repeat(40)}`
		],
		[
			'characters are encoded, never raw',
			{ country: 'GBR&renderer=webgl' },
			'?country=GBR%26renderer%3Dwebgl'
		]
	])('%s', (_, values, expected) => {
		expect(elementQuery(attrs(values))).toBe(expected);
	});

	it('reads back as the same view and options on the embed page', () => {
		const query = elementQuery(
			attrs({ date: '2020-07-14', country: 'gbr', company: 'zte', lang: 'de', controls: '0' })
		);
		const params = new URLSearchParams(query);
		expect(parseView(params, ctx)).toMatchObject({
			date: '2020-07-14',
			country: 'GBR',
			company: 'zte'
		});
		expect(parseEmbedOptions(params)).toMatchObject({ lang: 'de', controls: false });
	});
});

describe('the <stance-map> snippet the share dialog gives', () => {
	const site = 'https://graphics.example.org/map/';
	const fallback = {
		href: `${site}y/2019/?date=2019-05-15`,
		image: `${site}og/2019.png`,
		alt: 'Who shut out "Huawei" and ZTE? (2019)'
	};
	const tagAttributes = (html: string) => {
		const tag = html.match(/<stance-map([^>]*)>/)![1];
		const found = new Map([...tag.matchAll(/ ([a-z]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
		return (name: string) => found.get(name)?.replace(/&amp;/g, '&') ?? null;
	};

	it.each([
		['a pinned view', '?date=2019-05-15&country=DEU&company=zte&v=2026-12-06'],
		['a bare, dark, German embed', '?date=2019-05-15&lang=de&controls=0&title=0&theme=dark'],
		['a query with more than the element knows', '?date=2019-05-15&childId=x&utm_source=y']
	])('carries %s as attributes that read back as the same embed', (_, query) => {
		const html = elementSnippet(`${site}stance-map.js`, query, fallback);
		const known = new URLSearchParams(query);
		known.delete('childId');
		known.delete('utm_source');
		const back = new URLSearchParams(elementQuery(tagAttributes(html)));
		expect([...back].sort()).toEqual([...known].sort());
	});

	it('loads the script once, async, and holds the year’s image with its link, escaped', () => {
		const html = elementSnippet(`${site}stance-map.js`, '?date=2019-05-15', fallback);
		expect(html.startsWith(`<script src="${site}stance-map.js" async></script>\n`)).toBe(true);
		expect(html).toContain(
			`<a href="${site}y/2019/?date=2019-05-15"><img src="${site}og/2019.png"`
		);
		expect(html).toContain('alt="Who shut out &quot;Huawei&quot; and ZTE? (2019)"');
		expect(html).not.toContain('style=');
	});
});
