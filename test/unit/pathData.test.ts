import { describe, expect, it } from 'vitest';
import {
	bandPath,
	outlineRing,
	parsePathData,
	pathData,
	snapped,
	type Point
} from '../../src/lib/map/pathData';

describe('pathData', () => {
	it.each<[string, Point[][], Parameters<typeof pathData>[1], string]>([
		[
			'writes each ring from its first point in relative steps',
			[
				[
					[1, 2],
					[4, 2],
					[4, 6]
				]
			],
			{},
			'M1,2l3,0l0,4z'
		],
		[
			'writes a negative step without a comma',
			[
				[
					[5, 5],
					[2, 5],
					[2, 1]
				]
			],
			{},
			'M5,5l-3,0l0-4z'
		],
		[
			'rounds to whole units by default',
			[
				[
					[1.4, 2.6],
					[4.2, 2.4],
					[3.6, 6.5]
				]
			],
			{},
			'M1,3l3-1l0,5z'
		],
		[
			'keeps one decimal without leading zeros when asked',
			[
				[
					[0.25, 1],
					[1, 1.04],
					[1, 0.5]
				]
			],
			{ digits: 1 },
			'M.3,1l.7,0l0-.5z'
		],
		[
			'drops a point that rounds onto the one before',
			[
				[
					[0, 0],
					[0.2, 0.1],
					[3, 0],
					[3, 3]
				]
			],
			{},
			'M0,0l3,0l0,3z'
		],
		[
			'drops a closing point equal to the first',
			[
				[
					[0, 0],
					[3, 0],
					[3, 3],
					[0, 0]
				]
			],
			{},
			'M0,0l3,0l0,3z'
		],
		[
			'drops a ring that rounds to fewer than three points',
			[
				[
					[0, 0],
					[0.3, 0.2],
					[0.1, 0.4]
				],
				[
					[0, 0],
					[2, 0],
					[2, 2]
				]
			],
			{},
			'M0,0l2,0l0,2z'
		],
		[
			'leaves lines open when asked',
			[
				[
					[0, 0],
					[2, 0]
				]
			],
			{ closed: false, minPoints: 2 },
			'M0,0l2,0'
		]
	])('%s', (_name, lines, options, expected) => {
		expect(pathData(lines, options)).toBe(expected);
	});

	it('never lets rounding accumulate along a long line', () => {
		const line: Point[] = Array.from({ length: 1000 }, (_, i) => [i * 1.3, 0]);
		const steps = pathData([line], { closed: false, minPoints: 2 })
			.slice(1)
			.split(/[lM]/)
			.map((step) => Number(step.split(',')[0]));
		const end = steps.reduce((a, b) => a + b, 0);
		expect(end).toBe(Math.round(999 * 1.3));
	});
});

describe('snapped', () => {
	it('rounds and removes repeats', () => {
		expect(
			snapped([
				[0.4, 0.4],
				[0.2, 0.1],
				[1.6, 0]
			])
		).toEqual([
			[0, 0],
			[2, 0]
		]);
	});
});

describe('outlineRing', () => {
	const width = 0.5;
	it('outlines a straight line as a rectangle of the width', () => {
		expect(
			outlineRing(
				[
					[0, 0],
					[10, 0]
				],
				width
			)
		).toEqual([
			[0, 0.25],
			[10, 0.25],
			[10, -0.25],
			[0, -0.25]
		]);
	});

	it('mitres a right angle so both legs keep the width', () => {
		const ring = outlineRing(
			[
				[0, 0],
				[10, 0],
				[10, 10]
			],
			width
		);
		const [x, y] = ring[1];
		expect(x).toBeCloseTo(9.75);
		expect(y).toBeCloseTo(0.25);
	});

	it('caps the mitre where a line doubles back', () => {
		const ring = outlineRing(
			[
				[0, 0],
				[10, 0],
				[0, 0.001]
			],
			width
		);
		const [x, y] = ring[1];
		expect(Math.hypot(x - 10, y)).toBeLessThanOrEqual(width + 1e-9);
	});
});

describe('parsePathData', () => {
	it.each<[string, string, Point[][]]>([
		[
			'reads what pathData writes',
			'M1,2l3,0l0,4zM-1,-1l.5-.5l1,0z',
			[
				[
					[1, 2],
					[4, 2],
					[4, 6]
				],
				[
					[-1, -1],
					[-0.5, -1.5],
					[0.5, -1.5]
				]
			]
		],
		[
			'reads absolute lines, implicit lines after a move, and H and V',
			'M0 0 10 0 L10 10 h-5 V5 z',
			[
				[
					[0, 0],
					[10, 0],
					[10, 10],
					[5, 10],
					[5, 5]
				]
			]
		],
		['reads nothing from nothing', '', []]
	])('%s', (_name, d, rings) => {
		expect(parsePathData(d)).toEqual(rings);
	});

	it('round-trips the path data of any rings it writes', () => {
		const rings: Point[][] = [
			[
				[3, 4],
				[10, 4],
				[10, 12],
				[2, 9]
			],
			[
				[20, 20],
				[25, 21],
				[22, 26]
			]
		];
		expect(parsePathData(pathData(rings))).toEqual(rings);
	});

	it('starts a new ring where the closed one began when a line follows a close', () => {
		expect(parsePathData('M1,1l2,0l0,2zl-1,0l0,-1z')).toEqual([
			[
				[1, 1],
				[3, 1],
				[3, 3]
			],
			[
				[1, 1],
				[0, 1],
				[0, 0]
			]
		]);
	});

	it.each([
		['a number before any move', '0,0l1,1'],
		['numbers after a close', 'M0,0l1,0l0,1z5,5']
	])('refuses %s', (_name, d) => {
		expect(() => parsePathData(d)).toThrow(/where a command belongs/);
	});

	it('refuses curves and arcs rather than drawing something else', () => {
		expect(() => parsePathData('M0,0C1,1,2,2,3,3')).toThrow(/M, L, H, V and Z/);
		expect(() => parsePathData('M0,0a1,1,0,0,1,2,2')).toThrow(/M, L, H, V and Z/);
	});
});

describe('bandPath', () => {
	it('bands each ring of a square, reaching half the width out and half in', () => {
		const [outline] = parsePathData(bandPath('M0,0l10,0l0,10l-10,0z', 1));
		const xs = outline.map(([x]) => x);
		expect(Math.min(...xs)).toBeCloseTo(-0.5);
		expect(Math.max(...xs)).toBeCloseTo(10.5);
		// The inner side runs half the width inside the square.
		expect(xs.filter((x) => x > 0 && x < 10).sort((a, b) => a - b)[0]).toBeCloseTo(0.5);
	});

	it('mitres every corner, the first one too', () => {
		const [outline] = parsePathData(bandPath('M0,0l10,0l0,10l-10,0z', 1));
		for (const corner of [
			[-0.5, -0.5],
			[10.5, -0.5],
			[10.5, 10.5],
			[-0.5, 10.5]
		])
			expect(outline.some(([x, y]) => x === corner[0] && y === corner[1])).toBe(true);
	});

	it('keeps one band per ring, with enough decimals for a band narrower than a unit', () => {
		const d = bandPath('M0,0l10,0l0,10zM20,20l5,0l0,5z', 0.05);
		expect(parsePathData(d)).toHaveLength(2);
		expect(d).toMatch(/\.\d{3}/);
	});
});
