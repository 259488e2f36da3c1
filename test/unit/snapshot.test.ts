// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { snapshotSvg } from '../../src/lib/export/snapshot';
import { mapSvgMarkup } from '../../src/lib/map/svgMarkup';
import { MAP_COLORS } from '../../src/lib/model/palette';
import { MAP_CLASSES, type MapClass } from '../../src/lib/model/types';
import { mapLabel } from '../../src/lib/i18n/words';

const shapes = {
	width: 960,
	height: 500,
	paths: [
		{ id: 'GBR', d: 'M1,1L2,2Z' },
		{ id: 'AUS', d: 'M5,5L6,6Z' },
		{ id: 'CHN', d: 'M7,7L6,6Z' },
		{ id: null, d: 'M9,9L8,8Z' },
		{ id: '"><script>', d: 'M3,3Z' }
	],
	borders: 'M1,1l1,0l0,.5zM4,4l0,1l.5,0z',
	markers: [{ id: 'SGP', x: 10, y: 20 }]
};
const look = {
	cls: (id: string): MapClass =>
		id === 'GBR' ? 'banned' : id === 'AUS' ? 'allowed' : id === 'CHN' ? 'home' : 'none',
	military: (id: string) => id === 'GBR'
};

describe('mapSvgMarkup', () => {
	const svg = mapSvgMarkup(shapes, { ...look, uncertain: (id) => id === 'AUS' });
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	/** The countries an overlay marks: the paths its clip uses, by their data-id. */
	const marked = (fill: string) => {
		const rect = doc.querySelector(`rect[fill="url(#fp-${fill})"]`);
		const clip = rect?.getAttribute('clip-path')?.match(/^url\(#(.+)\)$/)?.[1];
		return [...doc.querySelectorAll(`clipPath[id="${clip}"] use`)].map(
			(use) => doc.querySelector(use.getAttribute('href')!)?.getAttribute('data-id') ?? null
		);
	};

	it.each([
		[
			'colours a country by its stance',
			`d="M1,1L2,2Z" id="fp-p0" data-id="GBR" fill="${MAP_COLORS.banned}"`
		],
		[
			'draws a shape without a code as not yet reviewed',
			`d="M9,9L8,8Z" fill="${MAP_COLORS.unreviewed}"`
		],
		[
			'draws the borders a path a line, in the border colour, above the countries',
			'<g class="borders" fill="#ffffff" pointer-events="none"><path d="M1,1l1,0l0,.5z"/><path d="M4,4l0,1l.5,0z"/></g>'
		],
		['draws small-country markers', 'class="marker" cx="10" cy="20" r="3.5" data-id="SGP"']
	])('%s', (_name, fragment) => {
		expect(svg).toContain(fragment);
	});

	it.each([
		['dots the allowed countries', 'allowed', ['AUS']],
		["stripes the vendors' home", 'home', ['CHN']],
		['hatches the countries with US forces', 'hatch', ['GBR']],
		['marks nothing with a class no country has', 'unreviewed', []]
	])('%s, by one clipped overlay that names their paths', (_name, fill, ids) => {
		expect(marked(fill)).toEqual(ids);
	});

	it('draws the hatching above the patterns, and both above the borders', () => {
		const order = [...doc.querySelectorAll('g.borders, rect[clip-path]')].map(
			(el) => el.getAttribute('fill') ?? ''
		);
		expect(order).toEqual(['#ffffff', 'url(#fp-allowed)', 'url(#fp-home)', 'url(#fp-hatch)']);
	});

	it('rings a country whose stance rests on an uncertain row, at a width the zoom keeps', () => {
		const rings = [...doc.querySelectorAll('g.rings use')];
		expect(
			rings.map((use) => doc.querySelector(use.getAttribute('href')!)?.getAttribute('data-id'))
		).toEqual(['AUS']);
		expect(doc.querySelector('[data-id="AUS"]')!.getAttribute('vector-effect')).toBe(
			'non-scaling-stroke'
		);
		expect(doc.querySelector('g.rings')!.getAttribute('fill-opacity')).toBe('0');
	});

	it('gives a marker of a country with US forces its thicker ring', () => {
		const withForces = mapSvgMarkup(shapes, { ...look, military: (id) => id === 'SGP' });
		expect(withForces).toContain('class="marker military" cx="10"');
	});

	it('never writes an id that is not a three-letter code into the markup', () => {
		expect(svg).not.toContain('<script>');
		// The three coded shapes and the marker; overlays name paths, not countries.
		expect(svg.match(/data-id="/g)).toHaveLength(4);
	});
});

describe('snapshotSvg', () => {
	const svg = snapshotSvg({
		shapes,
		classes: new Map<string, MapClass>([
			['GBR', 'banned'],
			['AUS', 'allowed']
		]),
		military: new Set(['GBR']),
		uncertain: { ids: new Set(['AUS']), label: 'Rests on an uncertain report' },
		title: 'Who shut out <Huawei> & ZTE?',
		subtitle: 'Stance toward Huawei',
		counts: {
			banned: 1,
			restricted: 0,
			pressured: 0,
			briefed: 0,
			allowed: 1,
			none: 2,
			home: 0,
			unreviewed: 0
		},
		source: 'Sources: Stance Map',
		dateText: '1 August 2020',
		labels: Object.fromEntries(MAP_CLASSES.map((c) => [c, mapLabel(c, 'en')])) as Record<
			MapClass,
			string
		>,
		militaryLabel: 'US forces stationed'
	});

	it('is a standalone SVG document with the title escaped', () => {
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain('Who shut out &#60;Huawei&#62; &#38; ZTE?');
		expect(svg).not.toContain('<Huawei>');
	});

	it.each([
		['the date', '1 August 2020'],
		['the legend with counts', 'Banned (1)'],
		['the military legend entry', 'US forces stationed (1)'],
		['the uncertain legend entry', 'Rests on an uncertain report (1)'],
		['the source line', 'Sources: Stance Map']
	])('carries %s', (_name, text) => {
		expect(svg).toContain(text);
	});

	it('rings the country whose stance rests on an uncertain row, and only it', () => {
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const rings = [...doc.querySelectorAll('path[stroke-opacity="0.45"]')];
		const aus = shapes.paths.find((p) => p.id === 'AUS')!.d;
		expect(rings.map((r) => r.getAttribute('d'))).toEqual([aus]);
	});

	it('parses as XML', () => {
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		expect(doc.querySelector('parsererror')).toBeNull();
		expect(doc.documentElement.nodeName).toBe('svg');
	});
});
