import { describe, expect, it } from 'vitest';
import {
	addMonths,
	addYears,
	isIsoDate,
	monthsBetween,
	parseIsoDate,
	toIso,
	todayIso
} from '../../src/lib/model/dates';

describe('reading and writing ISO dates', () => {
	it.each([
		['2019-02-28', true, 'a plain date'],
		['2020-02-29', true, '29 February of a leap year'],
		['2019-02-29', false, '29 February of a common year'],
		['2019-02-30', false, 'a day past the month'],
		['2019-04-31', false, '31 April'],
		['2019-13-01', false, 'a thirteenth month'],
		['2019-00-10', false, 'month zero'],
		['2019-01-00', false, 'day zero'],
		['2019-1-01', false, 'a one-digit month'],
		['19-01-01', false, 'a two-digit year'],
		['2019-01-01T00:00', false, 'a time after the date'],
		[' 2019-01-01', false, 'a space before the date'],
		['2019/01/01', false, 'slashes'],
		['', false, 'nothing'],
		['0099-06-01', true, 'a year under 100, not read as 1999'],
		['9999-12-31', true, 'the last four-digit day']
	])('%s is %s (%s)', (text, valid) => {
		expect(isIsoDate(text)).toBe(valid);
		if (valid) expect(toIso(parseIsoDate(text)!)).toBe(text);
		else expect(parseIsoDate(text)).toBeNull();
	});

	it('reads a date as midnight UTC, whatever the machine’s time zone', () => {
		expect(parseIsoDate('2018-11-23')!.getTime()).toBe(Date.UTC(2018, 10, 23));
	});

	it.each([
		['2018-11-23T23:59:59Z', '2018-11-23'],
		['2018-11-23T00:00:00Z', '2018-11-23'],
		['2018-11-23T23:30:00-05:00', '2018-11-24']
	])('the day of %s is the UTC day %s', (instant, day) => {
		expect(toIso(new Date(instant))).toBe(day);
		expect(todayIso(new Date(instant))).toBe(day);
	});
});

describe('calendar arithmetic on ISO dates', () => {
	it.each([
		['2018-11-23', 1, '2018-12-23'],
		['2018-12-15', 1, '2019-01-15'],
		['2019-01-31', 1, '2019-02-28'],
		['2020-01-31', 1, '2020-02-29'],
		['2019-03-15', -3, '2018-12-15'],
		['2012-10-08', 0, '2012-10-08']
	])('%s plus %i months is %s', (from, months, to) => {
		expect(addMonths(from, months)).toBe(to);
	});

	it.each([
		['2019-05-15', 1, '2020-05-15'],
		['2020-02-29', 1, '2021-02-28'],
		['2026-12-06', -14, '2012-12-06']
	])('%s plus %i years is %s', (from, years, to) => {
		expect(addYears(from, years)).toBe(to);
	});

	it.each([
		['2012-10-08', '2012-10-31', 0],
		['2012-10-31', '2012-11-01', 1],
		['2012-01-01', '2026-12-06', 179],
		['2020-05-01', '2019-05-01', -12]
	])('from %s to %s is %i calendar months', (from, to, months) => {
		expect(monthsBetween(from, to)).toBe(months);
	});
});
