import { describe, expect, it } from 'vitest';
import { parseEmbedOptions, parseView, serializeView } from '../../src/lib/state/viewState';

const ctx = { min: '2012-01-01', max: '2026-11-29', countryIds: new Set(['GBR', 'DEU', 'XKX']) };
const parse = (query: string) => parseView(new URLSearchParams(query), ctx);

describe('parseView', () => {
	it.each([
		[
			'no parameters give the defaults',
			'',
			{
				date: '2026-11-29',
				country: null,
				company: 'huawei',
				military: true,
				view: 'map',
				region: 'world'
			}
		],
		[
			'a full view is read as written',
			'?date=2020-07-14&country=GBR&company=zte&military=0&view=table&region=europe',
			{
				date: '2020-07-14',
				country: 'GBR',
				company: 'zte',
				military: false,
				view: 'table',
				region: 'europe'
			}
		],
		['a lower-case country code is accepted', '?country=deu', { country: 'DEU' }],
		['Kosovo is a country', '?country=XKX', { country: 'XKX' }],
		['an unknown country is dropped', '?country=ZZZ', { country: null }],
		['a script in the country is dropped', '?country=%3Cscript%3E', { country: null }],
		['an impossible date falls back to today', '?date=2019-02-30', { date: '2026-11-29' }],
		['a malformed date falls back to today', '?date=yesterday', { date: '2026-11-29' }],
		[
			'a date before the first event is clamped to the start',
			'?date=2011-06-01',
			{ date: '2012-01-01' }
		],
		['a future date is clamped to today', '?date=2031-01-01', { date: '2026-11-29' }],
		['an unknown company falls back to Huawei', '?company=nokia', { company: 'huawei' }],
		['any company is accepted', '?company=any', { company: 'any' }],
		['an unknown view falls back to the map', '?view=globe', { view: 'map' }],
		['an unknown region falls back to the world', '?region=mars', { region: 'world' }],
		[
			'a compare link reads its later date from to',
			'?view=compare&from=2019-01-01&to=2021-01-01',
			{ view: 'compare', from: '2019-01-01', date: '2021-01-01' }
		],
		[
			'a compare start before the story is clamped to its start',
			'?view=compare&from=1999-01-01',
			{ from: '2012-01-01' }
		],
		['a bad compare start falls back to the briefings', '?from=2019-13-40', { from: '2018-11-22' }],
		['a region is read', '?region=asia-pacific', { region: 'asia-pacific' }]
	])('%s', (_name, query, expected) => {
		expect(parse(query)).toMatchObject(expected);
	});
});

describe('serializeView', () => {
	it.each([
		[
			'keeps only the date at defaults',
			{
				date: '2020-07-14',
				country: null,
				company: 'huawei',
				military: true,
				view: 'map',
				region: 'world',
				from: '2018-11-22'
			},
			'?date=2020-07-14'
		],
		[
			'writes every non-default value',
			{
				date: '2018-04-16',
				country: 'GBR',
				company: 'any',
				military: false,
				view: 'table',
				region: 'mea',
				from: '2018-11-22'
			},
			'?date=2018-04-16&country=GBR&company=any&military=0&view=table&region=mea'
		],
		[
			'a compare view names its two dates, from and to',
			{
				date: '2026-11-01',
				country: 'DEU',
				company: 'huawei',
				military: true,
				view: 'compare',
				region: 'world',
				from: '2019-05-15'
			},
			'?from=2019-05-15&to=2026-11-01&country=DEU&view=compare'
		]
	] as const)('%s', (_name, view, query) => {
		expect(serializeView(view)).toBe(query);
		expect(parse(query)).toEqual(view);
	});
});

describe('parseEmbedOptions', () => {
	it.each([
		[
			'defaults to controls, auto theme, no play',
			'',
			{ controls: true, theme: 'auto', play: false }
		],
		['controls=0 removes the slider', '?controls=0', { controls: false }],
		['a dark theme', '?theme=dark', { theme: 'dark' }],
		['an unknown theme is auto', '?theme=neon', { theme: 'auto' }],
		['play=1 starts playing', '?play=1', { play: true }],
		['the SVG map by default', '', { renderer: 'svg' }],
		['renderer=webgl asks for the zoom engine up front', '?renderer=webgl', { renderer: 'webgl' }],
		['an unknown renderer is the SVG map', '?renderer=canvas', { renderer: 'svg' }]
	])('%s', (_name, query, expected) => {
		expect(parseEmbedOptions(new URLSearchParams(query))).toMatchObject(expected);
	});
});
