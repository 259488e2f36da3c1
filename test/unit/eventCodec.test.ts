import { describe, expect, it } from 'vitest';
import { decodeEvents, encodeEvents } from '../../src/lib/model/eventCodec';
import type { StanceEvent } from '../../src/lib/model/types';
import { ALL } from '../fixtures/countries';

const ev = (
	date: string,
	company: StanceEvent['company'],
	stance: StanceEvent['stance'],
	precision: StanceEvent['precision'] = 'day',
	uncertain = false
): StanceEvent => ({ date, company, stance, precision, uncertain });

describe('the event codec', () => {
	it.each([
		['no events', []],
		['one day-precise event', [ev('2020-07-14', 'huawei', 'banned')]],
		['a month-precise, uncertain event', [ev('2019-07-01', 'zte', 'restricted', 'month', true)]],
		['a year-precise event before 2012', [ev('2010-01-01', 'both', 'allowed', 'year')]],
		[
			'two events on one day',
			[ev('2022-11-25', 'huawei', 'none'), ev('2022-11-25', 'zte', 'briefed')]
		],
		[
			'events years apart',
			[ev('2012-10-08', 'both', 'pressured'), ev('2026-11-29', 'both', 'banned')]
		],
		...ALL.map((c) => [`${c.name}'s timeline`, c.events] as [string, StanceEvent[]])
	])('gives back %s exactly', (_name, events) => {
		expect(decodeEvents(encodeEvents(events))).toEqual(events);
	});

	it('spends a few characters per event', () => {
		const events = [ev('2020-01-28', 'huawei', 'restricted'), ev('2020-07-14', 'huawei', 'banned')];
		expect(encodeEvents(events).length).toBeLessThanOrEqual(10);
	});
});
