import { describe, expect, it } from 'vitest';
import { elementQuery } from '../../src/lib/embed/elementQuery';
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
