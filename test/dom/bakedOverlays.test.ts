import { beforeEach, describe, expect, it } from 'vitest';
import {
	bakedOverlaysMarkup,
	drawBakedOverlays,
	dropBakedOverlays
} from '../../src/lib/map/bakedOverlays';
import { mapSvgParts } from '../../src/lib/map/svgMarkup';

const shapes = {
	width: 100,
	height: 50,
	paths: [
		{ id: 'AUS', d: 'M1,1l2,0l0,2z' },
		{ id: 'GBR', d: 'M5,5l2,0l0,2z' }
	],
	borders: '',
	markers: [{ id: 'SGP', x: 30, y: 30 }]
};
const look = {
	cls: (id: string) => (id === 'AUS' ? ('allowed' as const) : ('banned' as const)),
	military: (id: string) => id === 'GBR',
	uncertain: (id: string) => id === 'AUS'
};

/** The page as the server writes it: the map, then its overlays' template. */
beforeEach(() => {
	const { map, overlays } = mapSvgParts(shapes, look);
	document.body.innerHTML = `<div>${map}${bakedOverlaysMarkup(overlays)}</div>`;
});
const order = () =>
	[...document.querySelector('svg.svg-map')!.children].map(
		(el) => el.getAttribute('data-overlay') ?? el.getAttribute('class') ?? el.tagName
	);

describe('the baked overlays', () => {
	it('leave the first paint without overlays', () => {
		expect(document.querySelectorAll('svg.svg-map [data-overlay]')).toHaveLength(0);
	});

	it('are drawn as SVG into the map, under its markers, and only once', () => {
		drawBakedOverlays();
		expect(order()).toEqual([
			'defs',
			'water',
			'country',
			'country',
			'borders',
			'pattern',
			'pattern',
			'hatch',
			'hatch',
			'ring',
			'marker'
		]);
		const rect = document.querySelector('svg.svg-map rect[data-overlay="hatch"]')!;
		expect(rect.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(document.querySelector('template')).toBeNull();
		drawBakedOverlays();
		expect(document.querySelectorAll('svg.svg-map [data-overlay]')).toHaveLength(5);
	});

	it('are never drawn once the renderer has dropped them', () => {
		dropBakedOverlays();
		drawBakedOverlays();
		expect(document.querySelectorAll('[data-overlay]')).toHaveLength(0);
	});
});
