import { describe, expect, it } from 'vitest';
import { unwrapRing } from '../../src/lib/map/unwrap';

describe('unwrapRing', () => {
	it.each([
		[
			'leaves a ring that never crosses alone',
			[
				[10, 0],
				[20, 0],
				[20, 10],
				[10, 0]
			],
			[
				[10, 0],
				[20, 0],
				[20, 10],
				[10, 0]
			]
		],
		[
			'carries a ring east across 180°',
			[
				[170, 60],
				[180, 65],
				[-175, 66],
				[-170, 60],
				[170, 60]
			],
			[
				[170, 60],
				[180, 65],
				[185, 66],
				[190, 60],
				[170, 60]
			]
		],
		[
			'carries a ring west across -180°',
			[
				[-175, -17],
				[178, -16],
				[179, -18],
				[-175, -17]
			],
			[
				[-175, -17],
				[-182, -16],
				[-181, -18],
				[-175, -17]
			]
		]
	])('%s', (_name, ring, expected) => {
		expect(unwrapRing(ring)).toEqual(expected);
	});

	it('never leaves a step wider than 180°', () => {
		const ring = [
			[179, 0],
			[-179, 1],
			[179, 2],
			[-179, 3],
			[179, 0]
		];
		const out = unwrapRing(ring);
		for (let i = 1; i < out.length; i++)
			expect(Math.abs(out[i][0] - out[i - 1][0])).toBeLessThanOrEqual(180);
	});
});
