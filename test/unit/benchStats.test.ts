import { describe, expect, it } from 'vitest';
import { median, middleHalf } from '../bench/stats';

const plain = (v: number) => String(v);

describe('the bench statistics', () => {
	it.each<[string, number[], number]>([
		['takes the middle value of an odd count', [5, 1, 3], 3],
		['averages the two middle values of an even count', [4, 1, 3, 2], 2.5],
		['has no median of nothing', [], NaN]
	])('median %s', (_name, values, expected) => {
		expect(median(values)).toBe(expected);
	});

	it.each<[string, number[], string]>([
		['spans the 25th to the 75th percentile', [1, 2, 3, 4, 5, 6, 7, 8], '3–7'],
		['ignores the order it is given', [8, 1, 7, 2, 6, 3, 5, 4], '3–7'],
		['is one value for one value', [9], '9–9'],
		['says n/a for nothing', [], 'n/a']
	])('middle half %s', (_name, values, expected) => {
		expect(middleHalf(values, plain)).toBe(expected);
	});
});
