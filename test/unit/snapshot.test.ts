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
	const svg = mapSvgMarkup(shapes, look);
	it.each([
		['colours a country by its stance', `d="M1,1L2,2Z" data-id="GBR" fill="${MAP_COLORS.banned}"`],
		[
			'draws a shape without a code as not yet reviewed',
			`d="M9,9L8,8Z" fill="${MAP_COLORS.unreviewed}"`
		],
		['dots an allowed country', 'data-id="AUS" data-overlay="pattern" fill="url(#fp-allowed)"'],
		["stripes the vendors' home", 'data-id="CHN" data-overlay="pattern" fill="url(#fp-home)"'],
		['hatches a country with US forces', 'data-id="GBR" data-overlay="hatch"'],
		[
			'draws the borders a path a line, in the border colour, above the countries',
			'<g class="borders" fill="#ffffff" pointer-events="none"><path d="M1,1l1,0l0,.5z"/><path d="M4,4l0,1l.5,0z"/></g>'
		],
		['draws small-country markers', 'class="marker" cx="10" cy="20" r="3.5" data-id="SGP"']
	])('%s', (_name, fragment) => {
		expect(svg).toContain(fragment);
	});

	it('never writes an id that is not a three-letter code into the markup', () => {
		expect(svg).not.toContain('<script>');
		expect(svg.match(/data-id="/g)).toHaveLength(7);
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
