import { describe, expect, it } from 'vitest';
import { outlineRing, pathData, snapped, type Point } from '../../src/build/svgPaths';

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
