import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locatorView } from '../../src/lib/map/locator';
import type { SvgShapes } from '../../src/lib/map/svgMarkup';
import { stanceSpans } from '../../src/lib/model/stanceSpans';
import { citations } from '../../src/lib/site/cite';
import { changesPath, countryPath, hasCountryPage, sitePages } from '../../src/lib/site/pages';
import { GBR, GRL, ISL, USA } from '../fixtures/countries';

const shapes: SvgShapes = JSON.parse(readFileSync('static/data/first-paint.json', 'utf8'));

describe('stanceSpans', () => {
	it.each([
		[
			'the UK: nothing, restricted, then banned',
			GBR,
			'huawei',
			[
				['2012-01-01', '2020-01-28', 'none'],
				['2020-01-28', '2020-07-14', 'restricted'],
				['2020-07-14', '2026-12-06', 'banned']
			]
		],
		[
			'the US and ZTE: restricted, banned by the denial order, restricted again, banned',
			USA,
			'zte',
			[
				['2012-01-01', '2012-10-08', 'none'],
				['2012-10-08', '2018-04-15', 'restricted'],
				['2018-04-15', '2018-07-13', 'banned'],
				['2018-07-13', '2022-11-25', 'restricted'],
				['2022-11-25', '2026-12-06', 'banned']
			]
		],
		[
			'an event for the other company starts no span',
			USA,
			'huawei',
			[
				['2012-01-01', '2012-10-08', 'none'],
				['2012-10-08', '2022-11-25', 'restricted'],
				['2022-11-25', '2026-12-06', 'banned']
			]
		],
		[
			'a country without events is one span of none',
			ISL,
			'any',
			[['2012-01-01', '2026-12-06', 'none']]
		]
	] as const)('%s', (_name, country, company, expected) => {
		const spans = stanceSpans(country, '2012-01-01', '2026-12-06', company);
		expect(spans.map((s) => [s.from, s.to, s.stance])).toEqual(expected);
	});
});

describe('locatorView', () => {
	it.each(['DEU', 'FRA', 'USA', 'RUS', 'LUX', 'SGP', 'FJI'])(
		'frames %s within the map, with the country among its shapes or ringed',
		(id) => {
			const view = locatorView(shapes, id)!;
			const [x, y, w, h] = view.box;
			expect(x).toBeGreaterThanOrEqual(0);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(x + w).toBeLessThanOrEqual(shapes.width + 0.1);
			expect(y + h).toBeLessThanOrEqual(shapes.height + 0.1);
			expect(view.paths.some((p) => p.id === id) || view.marker !== null).toBe(true);
			expect(view.paths.length).toBeLessThan(shapes.paths.length);
		}
	);
	it('centres France on Europe, not between Europe and French Guiana', () => {
		const [x, , w] = locatorView(shapes, 'FRA')!.box;
		expect(w).toBeLessThan(300);
		expect(x).toBeGreaterThan(300);
	});
	it('rings a country too small to see, and has nothing for an unknown id', () => {
		expect(locatorView(shapes, 'LUX')!.marker).not.toBeNull();
		expect(locatorView(shapes, 'DEU')!.marker).toBeNull();
		expect(locatorView(shapes, 'ZZZ')).toBeNull();
	});
});

describe('country page paths', () => {
	it.each([
		['DEU', 'en', 'country/DEU/'],
		['DEU', 'de', 'de/country/DEU/'],
		['XKX', 'ja', 'ja/country/XKX/']
	] as const)('%s in %s lives at %s', (id, locale, path) => {
		expect(countryPath(id, locale)).toBe(path);
	});
	it.each([
		['en', 'changes/'],
		['it', 'it/changes/']
	] as const)('the changes page in %s lives at %s', (locale, path) => {
		expect(changesPath(locale)).toBe(path);
	});
	it('gives a page to a country with events or a review, not to one nobody searched', () => {
		expect(hasCountryPage(GBR)).toBe(true);
		expect(hasCountryPage(ISL)).toBe(true);
		expect(hasCountryPage(GRL)).toBe(false);
	});
	it('lists the map, the changes, each year and every edition of each country page', () => {
		const pages = sitePages([GBR, GRL], [2012, 2013]);
		expect(pages.map((p) => p.path)).toEqual([
			'',
			'changes/',
			'de/changes/',
			'it/changes/',
			'ja/changes/',
			'y/2012/',
			'y/2013/',
			'country/GBR/',
			'de/country/GBR/',
			'it/country/GBR/',
			'ja/country/GBR/'
		]);
		expect(pages[1].alternates).toEqual({
			en: 'changes/',
			de: 'de/changes/',
			it: 'it/changes/',
			ja: 'ja/changes/'
		});
		expect(pages[7].alternates).toEqual({
			en: 'country/GBR/',
			de: 'de/country/GBR/',
			it: 'it/country/GBR/',
			ja: 'ja/country/GBR/'
		});
	});
});

describe('citations', () => {
	const base = {
		title: 'Germany: government actions on Huawei and ZTE equipment',
		version: '2026-12-06-2',
		versionDate: '6 December 2026',
		updated: '2026-12-06',
		url: 'https://example.org/map/country/DEU/',
		year: '2026'
	};
	it('names the version, its date and the address', () => {
		const c = citations({ ...base, unreleased: false });
		expect(c.apa).toBe(
			'Stance Map. (2026). Germany: government actions on Huawei and ZTE equipment [Data set; data version 2026-12-06-2]. https://example.org/map/country/DEU/'
		);
		expect(c.plain).toContain('data version 2026-12-06-2 (published 6 December 2026)');
	});
	it('says when the page shows changes made after the version it names', () => {
		const c = citations({ ...base, unreleased: true, updated: '2026-12-09' });
		expect(c.apa).toContain('data version 2026-12-06-2 with changes to 2026-12-09');
	});
});
