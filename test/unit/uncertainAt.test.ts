import { describe, expect, it } from 'vitest';
import { uncertainAt } from '../../src/lib/model/uncertainAt';
import type { StanceEvent } from '../../src/lib/model/types';

const ev = (
	date: string,
	company: StanceEvent['company'],
	stance: StanceEvent['stance'],
	uncertain = false
): StanceEvent => ({
	date,
	precision: 'day',
	company,
	stance,
	uncertain
});
const country = {
	events: [
		ev('2019-01-01', 'huawei', 'pressured', true),
		ev('2020-01-01', 'huawei', 'restricted'),
		ev('2020-06-01', 'zte', 'banned', true),
		ev('2021-01-01', 'both', 'allowed', true)
	]
};

describe('uncertainAt', () => {
	it.each([
		['before any row', '2018-06-01', 'huawei', false],
		['on an uncertain Huawei row', '2019-06-01', 'huawei', true],
		['once a confirmed row replaces it', '2020-03-01', 'huawei', false],
		['for ZTE with no row yet', '2020-03-01', 'zte', false],
		['for ZTE on its uncertain ban', '2020-07-01', 'zte', true],
		[
			'for either: the uncertain ZTE ban is the more severe stance shown',
			'2020-07-01',
			'any',
			true
		],
		[
			'for either: the confirmed Huawei restriction is shown, ZTE has none',
			'2020-03-01',
			'any',
			false
		],
		['for a both row marked uncertain', '2021-06-01', 'huawei', true]
	] as const)('is %s', (_name, date, company, expected) => {
		expect(uncertainAt(country, date, company)).toBe(expected);
	});
});
