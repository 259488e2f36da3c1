import { describe, expect, it } from 'vitest';
import { militaryAt } from '../../src/lib/model/militaryAt';
import { AFG, GBR, ISL } from '../fixtures/countries';

describe('militaryAt', () => {
	it.each([
		['an open-ended presence holds today', GBR, '2026-11-01', 'major'],
		['a presence holds on its first day', AFG, '2012-01-01', 'major'],
		['a presence holds on the day before it ends', AFG, '2021-08-29', 'major'],
		['a presence has ended on its end date', AFG, '2021-08-30', undefined],
		['a country without presence has none', ISL, '2020-01-01', undefined],
		['nothing holds before a presence starts', AFG, '2011-12-31', undefined]
	] as const)('%s', (_name, country, date, level) => {
		expect(militaryAt(country, date)?.level).toBe(level);
	});
});
