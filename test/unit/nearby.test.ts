import { describe, expect, it } from 'vitest';
import { countriesNear, tapChoice, type HitMarker, type HitShape } from '../../src/lib/map/nearby';
import type { Point } from '../../src/lib/map/pathData';

/** A square `size` wide with its top-left corner at (x, y). */
const square = (x: number, y: number, size: number): Point[] => [
	[x, y],
	[x + size, y],
	[x + size, y + size],
	[x, y + size]
];
// Three small countries side by side, a big one to the south, one with a hole (a lake), and an
// island state drawn as a marker.
const SHAPES: HitShape[] = [
	{ id: 'NLD', rings: [square(10, 10, 3)] },
	{ id: 'BEL', rings: [square(10, 16, 3)] },
	{ id: 'LUX', rings: [square(14, 20, 1)] },
	{ id: 'FRA', rings: [square(0, 40, 30)] },
	{ id: 'LAK', rings: [square(100, 0, 30), square(110, 10, 10)] }
];
const MARKERS: HitMarker[] = [{ id: 'MLT', x: 60, y: 20, r: 2 }];

describe('countries within a fingertip of a tap', () => {
	it.each([
		['a tap between three small countries, nearest first', [12, 15], 8, ['BEL', 'NLD', 'LUX']],
		['a tap inside one: it comes first, a country 8.5 away is out', [11, 12], 8, ['NLD', 'BEL']],
		['a smaller radius: only the ones that close', [11, 14], 2, ['NLD', 'BEL']],
		['a tap inside a big country, far from the small ones', [15, 60], 8, ['FRA']],
		['a tap on open sea', [80, 80], 8, []],
		['a marker: its ring counts, not only its centre', [64, 20], 3, ['MLT']],
		['a marker out of reach', [70, 20], 3, []],
		['a tap in a country’s lake is near its shore, not inside', [115, 15], 4, []],
		['the lake’s shore within reach', [115, 15], 6, ['LAK']],
		['inside the country round the lake', [104, 4], 1, ['LAK']]
	] as const)('%s', (_, point, radius, ids) => {
		expect(
			countriesNear(SHAPES, MARKERS, point as unknown as Point, radius).map((n) => n.id)
		).toEqual(ids);
	});

	it('gives distance 0 inside a shape and the distance to its edge outside', () => {
		expect(countriesNear(SHAPES, [], [11, 11], 8)[0]).toEqual({ id: 'NLD', distance: 0, size: 3 });
		expect(countriesNear(SHAPES, [], [11, 15], 8).find((n) => n.id === 'BEL')?.distance).toBe(1);
	});

	it('names a country once when several of its rings are near', () => {
		const islands: HitShape[] = [{ id: 'GRC', rings: [square(0, 0, 2), square(4, 0, 2)] }];
		expect(countriesNear(islands, [], [3, 1], 5)).toEqual([{ id: 'GRC', distance: 1, size: 2 }]);
	});
});

describe('what a tap means', () => {
	it.each([
		['several small countries in reach: ask which', [12, 15], 8, { choose: ['BEL', 'NLD', 'LUX'] }],
		[
			'inside a small country with neighbours in reach: still ask',
			[11, 11],
			8,
			{ choose: ['NLD', 'BEL'] }
		],
		['inside a country a fingertip fits in: open it', [15, 45], 8, { open: 'FRA' }],
		['inside a country a fingertip does not fit in: ask', [11, 11], 5, { choose: ['NLD', 'BEL'] }],
		['one country in reach: open it', [64, 20], 3, { open: 'MLT' }],
		['nothing in reach: the sea', [80, 80], 8, { open: null }],
		['no more than the limit', [12, 15], 8, { choose: ['BEL', 'NLD'] }, 2]
	] as const)('%s', (_, point, radius, meaning, limit: number = 6) => {
		expect(tapChoice(SHAPES, MARKERS, point as unknown as Point, radius, limit)).toEqual(meaning);
	});
});
