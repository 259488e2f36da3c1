import { area, curveStepAfter } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { stepPoints } from '../../src/lib/timeline/stepPoints';

type Band = [number, number][];

describe('a band of the stacked step chart keeps only the points its outline needs', () => {
	it.each<[string, Band, Band]>([
		['an empty band stays empty', [], []],
		['a single point is kept', [[0, 1]], [[0, 1]]],
		[
			'a flat band keeps its two ends',
			[
				[0, 2],
				[0, 2],
				[0, 2],
				[0, 2]
			],
			[
				[0, 2],
				[0, 2]
			]
		],
		[
			'a rise of its top is kept',
			[
				[0, 1],
				[0, 1],
				[0, 3],
				[0, 3]
			],
			[
				[0, 1],
				[0, 3],
				[0, 3]
			]
		],
		[
			'a move of its bottom alone is kept',
			[
				[0, 3],
				[1, 3],
				[1, 3]
			],
			[
				[0, 3],
				[1, 3],
				[1, 3]
			]
		],
		[
			'a fall back to an earlier level is kept',
			[
				[0, 1],
				[0, 2],
				[0, 1],
				[0, 1]
			],
			[
				[0, 1],
				[0, 2],
				[0, 1],
				[0, 1]
			]
		]
	])('%s', (_, band, kept) => {
		expect(stepPoints(band)).toEqual(kept);
	});

	it('draws the same outline as every point does, with fewer vertices', () => {
		const band: Band = [
			[0, 1],
			[0, 1],
			[0, 1],
			[1, 2],
			[1, 2],
			[0, 2],
			[0, 2]
		];
		const at = band.map((p, i) => Object.assign([...p], { i }) as [number, number] & { i: number });
		const outline = area<[number, number] & { i: number }>()
			.curve(curveStepAfter)
			.x((p) => p.i)
			.y0((p) => p[0])
			.y1((p) => p[1]);
		/** The outline as the corners it turns at: runs of points on one line merged. */
		const corners = (d: string) => {
			const points = d
				.replace(/Z$/, '')
				.slice(1)
				.split('L')
				.map((p) => p.split(',').map(Number));
			return points.filter((p, i) => {
				const [a, b] = [points[i - 1], points[i + 1]];
				if (!a || !b) return true;
				return !((a[0] === p[0] && p[0] === b[0]) || (a[1] === p[1] && p[1] === b[1]));
			});
		};
		const all = outline(at)!;
		const few = outline(stepPoints(at))!;
		expect(corners(few)).toEqual(corners(all));
		expect(few.length).toBeLessThan(all.length / 1.5);
	});
});
