import { describe, expect, it } from 'vitest';
import { frameProjection } from '../../src/lib/map/frame';
import {
	FRAME_HEIGHT,
	FRAME_LNGLAT_BOUNDS,
	FRAME_WIDTH,
	frameToLngLat,
	projectToFrame
} from '../../src/lib/map/frameSize';
import { regionBox } from '../../src/lib/map/regions';

describe('the map frame', () => {
	it('has the same size by plain arithmetic as by d3-geo', () => {
		const { width, height } = frameProjection();
		expect([FRAME_WIDTH, FRAME_HEIGHT]).toEqual([width, height]);
	});

	it.each([
		['the west edge at the equator is on the left', [-170, 0], 0],
		[
			'a degree short of the east edge is a degree from the right',
			[189, 0],
			(FRAME_WIDTH * 359) / 360
		],
		['the centre meridian is in the middle', [10, 0], FRAME_WIDTH / 2]
	] as const)('%s', (_name, lngLat, x) => {
		expect(frameProjection().projection([...lngLat])![0]).toBeCloseTo(x, 6);
	});
});

describe('the frame by plain arithmetic', () => {
	it.each([
		['London', [-0.1, 51.5]],
		['Sydney', [151.2, -33.9]],
		['Anchorage, west of the cut', [-149.9, 61.2]],
		['the Bering Strait, east of the cut', [-168, 65]],
		['Buenos Aires', [-58.4, -34.6]]
	] as const)('puts %s where d3-geo does', (_name, lngLat) => {
		const [x, y] = frameProjection().projection([...lngLat])!;
		const [px, py] = projectToFrame(lngLat[0], lngLat[1]);
		expect(px).toBeCloseTo(x, 6);
		expect(py).toBeCloseTo(y, 6);
	});

	it('carries the frame into maplibre so Mercator shows it: centre at 0°, corners at the bounds', () => {
		expect(frameToLngLat(FRAME_WIDTH / 2, FRAME_HEIGHT / 2)).toEqual([0, 0]);
		expect([...frameToLngLat(0, FRAME_HEIGHT), ...frameToLngLat(FRAME_WIDTH, 0)]).toEqual(
			FRAME_LNGLAT_BOUNDS
		);
		// Mercator's y of the returned latitude is linear in the frame's y.
		const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
		const y = (fy: number) => mercator(frameToLngLat(0, fy)[1]);
		expect(y(100) - y(200)).toBeCloseTo(y(200) - y(300), 9);
	});
});

describe('region views', () => {
	it.each([
		['europe', [2.35, 48.85], [24.1, 56.9]],
		['mea', [31.2, 30], [18.4, -33.9]],
		['asia-pacific', [139.7, 35.7], [174.8, -41.3]],
		['americas', [-77, 38.9], [-58.4, -34.6]]
	] as const)('frames %s around its cities', (region, a, b) => {
		const box = regionBox(region)!;
		for (const lngLat of [a, b]) {
			const [x, y] = projectToFrame(lngLat[0], lngLat[1]);
			expect(x).toBeGreaterThan(box.x);
			expect(x).toBeLessThan(box.x + box.width);
			expect(y).toBeGreaterThan(box.y);
			expect(y).toBeLessThan(box.y + box.height);
		}
		expect(box.width).toBeLessThan(FRAME_WIDTH / 1.5);
	});

	it('has no box for the world: the whole frame', () => {
		expect(regionBox('world')).toBeNull();
	});
});
