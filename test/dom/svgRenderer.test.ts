import { describe, expect, it, vi } from 'vitest';
import { createSvgRenderer } from '../../src/lib/map/svgRenderer';
import { mapSvgMarkup, type SvgLook } from '../../src/lib/map/svgMarkup';
import { MAP_COLORS } from '../../src/lib/model/palette';
import type { CountryPaint } from '../../src/lib/map/renderer';
import { parsePathData } from '../../src/lib/map/pathData';

const D = { AUS: 'M1,1l2,0l0,2z', BRA: 'M5,5l2,0l0,2z', CHN: 'M9,9l2,0l0,2zM20,20l1,0l0,1z' };

/** A baked map of three countries and a marker, as the prerendered page carries it. */
function bakedMap(look: SvgLook = { cls: () => 'none', military: () => false }) {
	document.body.innerHTML = mapSvgMarkup(
		{
			width: 100,
			height: 50,
			paths: Object.entries(D).map(([id, d]) => ({ id, d })),
			borders: '',
			markers: [{ id: 'SGP', x: 30, y: 30 }]
		},
		look
	);
	const svg = document.querySelector<SVGSVGElement>('svg.svg-map')!;
	return { svg, map: createSvgRenderer(svg, MAP_COLORS) };
}

const paints = (entries: [string, Partial<CountryPaint>][]) =>
	new Map(entries.map(([id, p]) => [id, { cls: 'none', military: false, ...p } as CountryPaint]));
/** Each overlay of a layer: the country it covers, its fill, its path data. */
const overlays = (svg: SVGSVGElement, layer: string) =>
	[...svg.querySelectorAll<SVGGElement>(`.${layer} > g`)].map((g) => [
		g.dataset.id,
		g.getAttribute('fill'),
		[...g.querySelectorAll('path')].map((p) => p.getAttribute('d')).join('')
	]);

/** How far a band reaches left of the country: wider bands reach further. */
const reach = (band: Element) =>
	Math.min(
		...parsePathData(D.CHN)
			.flat()
			.map(([x]) => x)
	) -
	Math.min(
		...parsePathData(band.getAttribute('d')!)
			.flat()
			.map(([x]) => x)
	);

describe('the SVG renderer', () => {
	it('adopts the baked map: its overlays, rings and marker flags give way to the view it draws', () => {
		const { svg, map } = bakedMap({
			cls: (id) => (id === 'AUS' ? 'allowed' : 'none'),
			military: (id) => id === 'SGP' || id === 'BRA',
			uncertain: (id) => id === 'CHN'
		});
		expect(svg.querySelectorAll('[data-overlay]')).toHaveLength(0);
		expect(svg.querySelectorAll('use, .rings, .marker.military')).toHaveLength(0);
		map.paint(paints([['BRA', { cls: 'allowed' }]]));
		expect(overlays(svg, 'patterns')).toEqual([['BRA', 'url(#fp-allowed)', D.BRA]]);
		expect(overlays(svg, 'hatches')).toEqual([]);
	});

	it('colours each country and its marker by its class', () => {
		const { svg, map } = bakedMap();
		map.paint(
			paints([
				['AUS', { cls: 'banned' }],
				['SGP', { cls: 'allowed' }]
			])
		);
		expect(svg.querySelector('[data-id="AUS"]')!.getAttribute('fill')).toBe(MAP_COLORS.banned);
		expect(svg.querySelector('.marker[data-id="SGP"]')!.getAttribute('fill')).toBe(
			MAP_COLORS.allowed
		);
	});

	it('lays each pattern and the hatching over a copy of the country it marks', () => {
		const { svg, map } = bakedMap();
		map.paint(
			paints([
				['AUS', { cls: 'allowed', military: true }],
				['BRA', { cls: 'banned' }],
				['CHN', { cls: 'home' }]
			])
		);
		expect(overlays(svg, 'patterns')).toEqual([
			['AUS', 'url(#fp-allowed)', D.AUS],
			['CHN', 'url(#fp-home)', D.CHN]
		]);
		expect(overlays(svg, 'hatches')).toEqual([['AUS', 'url(#fp-hatch)', D.AUS]]);
	});

	it('changes or drops a pattern when the class changes, and hides the hatching on request', () => {
		const { svg, map } = bakedMap();
		map.paint(
			paints([
				['AUS', { cls: 'allowed', military: true }],
				['BRA', { cls: 'allowed' }]
			])
		);
		map.paint(
			paints([
				['AUS', { cls: 'unreviewed', military: true }],
				['BRA', { cls: 'banned' }]
			])
		);
		expect(overlays(svg, 'patterns')).toEqual([['AUS', 'url(#fp-unreviewed)', D.AUS]]);
		map.showMilitary(false);
		expect(svg.querySelector('.hatches')!.getAttribute('visibility')).toBe('hidden');
	});

	it('outlines a flagged country with a band around each of its rings, the strongest flag winning', () => {
		const { svg, map } = bakedMap();
		const ring = () => svg.querySelector('.outlines [data-id="CHN"]');
		map.flag('hover', new Set(['CHN']));
		expect(ring()!.getAttribute('class')).toBe('outline hover');
		expect(parsePathData(ring()!.getAttribute('d')!)).toHaveLength(2);
		const hover = reach(ring()!);
		map.flag('selected', new Set(['CHN']));
		expect(ring()!.getAttribute('class')).toBe('outline selected');
		expect(reach(ring()!)).toBeGreaterThan(hover);
		map.flag('selected', new Set());
		expect(ring()!.getAttribute('class')).toBe('outline hover');
		map.flag('hover', new Set());
		expect(ring()).toBeNull();
	});

	it('keeps an outline as wide on screen when the map grows or zooms', () => {
		// Reading the SVG's size would force a layout: the renderer is told it instead.
		const read = vi.spyOn(Element.prototype, 'getBoundingClientRect');
		const { svg, map } = bakedMap();
		map.resize(100);
		map.flag('selected', new Set(['CHN']));
		const band = () => svg.querySelector('.outlines [data-id="CHN"]')!;
		const atFrameWidth = reach(band());
		map.resize(200);
		expect(reach(band())).toBeCloseTo(atFrameWidth / 2, 1);
		map.zoomBy(2);
		expect(reach(band())).toBeCloseTo(atFrameWidth / 4, 1);
		expect(read).not.toHaveBeenCalled();
		read.mockRestore();
	});

	it('rings the marker of a country with US forces while the reader shows them', () => {
		const { svg, map } = bakedMap();
		const marker = svg.querySelector('.marker[data-id="SGP"]')!;
		map.paint(paints([['SGP', { military: true }]]));
		expect(marker.classList.contains('military')).toBe(true);
		map.showMilitary(false);
		expect(marker.classList.contains('military')).toBe(false);
		map.showMilitary(true);
		expect(marker.classList.contains('military')).toBe(true);
		map.paint(paints([['SGP', { military: false }]]));
		expect(marker.classList.contains('military')).toBe(false);
	});

	it('rings the marker of a flagged country, which gets no band of its own', () => {
		const { svg, map } = bakedMap();
		const marker = svg.querySelector('.marker[data-id="SGP"]')!;
		map.flag('hover', new Set(['SGP']));
		map.flag('selected', new Set(['SGP']));
		expect(svg.querySelector('.outlines [data-id]')).toBeNull();
		expect([...marker.classList]).toEqual(['marker', 'selected']);
		map.flag('selected', new Set());
		expect([...marker.classList]).toEqual(['marker', 'hover']);
		map.flag('hover', new Set());
		expect([...marker.classList]).toEqual(['marker']);
	});

	it('dims the countries a legend highlight leaves out', () => {
		const { svg, map } = bakedMap();
		map.flag('dim', new Set(['BRA']));
		expect(svg.querySelector('[data-id="BRA"]')!.getAttribute('fill-opacity')).toBe('0.2');
		map.flag('dim', new Set());
		expect(svg.querySelector('[data-id="BRA"]')!.getAttribute('fill-opacity')).toBe('1');
	});
});
