import { describe, expect, it } from 'vitest';
import {
	build,
	EVENT_COLUMNS,
	MILESTONE_COLUMNS,
	REVIEW_COLUMNS
} from '../../src/build/build-data';
import { MUST_REVIEW } from '../../src/build/regions';
import {
	good,
	goodMilestone,
	goodMilitary,
	header,
	milestoneHeader,
	militaryHeader,
	reviewRows,
	run,
	withField
} from '../fixtures/dataFiles';
import { decodeEvents } from '../../src/lib/model/eventCodec';

const col = (name: (typeof EVENT_COLUMNS)[number]) => EVENT_COLUMNS.indexOf(name);

describe('npm run data validation', () => {
	it('accepts good files and writes the map data and the open data', () => {
		const result = run([good]);
		expect(result.problems).toEqual([]);
		const names = Object.keys(result.outputs).sort();
		expect(names.filter((n) => n.startsWith('details/'))).toEqual(
			expect.arrayContaining([
				'details/GBR.json',
				'details/DEU.json',
				'details/ISL.json',
				'details/milestones.json'
			])
		);
		expect(names.filter((n) => !n.startsWith('details/'))).toEqual([
			'countries.json',
			'dataset.json',
			'events.csv',
			'first-paint.json',
			'milestones.csv',
			'reviews.csv',
			'stances.json',
			'svg-map.json',
			'us-military.csv'
		]);
	});

	it('keeps summaries and quotes out of the first-load data and puts them in the details', () => {
		const { outputs } = run([good]);
		expect(outputs['stances.json']).not.toContain('remove it by 2027');
		expect(outputs['stances.json']).not.toContain('must remove Huawei equipment');
		const gbr = JSON.parse(outputs['details/GBR.json']);
		expect(gbr.events[0]).toMatchObject({
			summary: expect.stringContaining('remove it by 2027'),
			source: { quote: expect.stringContaining('must remove Huawei equipment'), original: null },
			checked: '2026-11-29'
		});
		expect(JSON.parse(outputs['details/ISL.json']).review.finding).toBe(
			'No government action found in this test'
		);
		expect(outputs['details/GRL.json']).toBeUndefined();
	});

	it('marks China as the home of both vendors and carries review dates', () => {
		const stances = JSON.parse(run([good]).outputs['stances.json']);
		const byId = new Map<string, { events: string }>(
			stances.countries.map((c: { id: string; events: string }) => [c.id, c])
		);
		expect(byId.get('CHN')).toMatchObject({ home: true, events: '' });
		expect(byId.get('ISL')).toMatchObject({ home: false, reviewed: '2026-11-01' });
		expect(byId.get('GRL')).toMatchObject({ reviewed: null, events: '' });
		expect(decodeEvents(byId.get('GBR')!.events)).toEqual([
			{
				date: '2020-07-14',
				precision: 'day',
				company: 'huawei',
				stance: 'banned',
				uncertain: false
			}
		]);
	});

	it('publishes the open data: the CSVs as given and one JSON with the licence', () => {
		const { outputs } = run([good]);
		expect(outputs['events.csv']).toBe(header + '\n' + good.replace('AUTO,', 'TST-001,') + '\n');
		const all = JSON.parse(outputs['dataset.json']);
		expect(all.licence).toContain('CC BY 4.0');
		expect(all.events).toHaveLength(1);
		expect(all.milestones[0].title).toBe('Huawei on the Entity List');
		expect(all.reviews.length).toBe(MUST_REVIEW.size);
	});

	it.each([
		[
			'an unknown country code',
			withField(good, col('country'), 'XYZ'),
			'country: unknown country code'
		],
		['a lower-case code', withField(good, col('country'), 'gbr'), 'country: unknown country code'],
		['an impossible date', withField(good, col('date'), '2019-02-30'), 'date: must be a real date'],
		[
			'a date written another way',
			withField(good, col('date'), '14/07/2020'),
			'date: must be a real date'
		],
		[
			'a future date',
			withField(good, col('date'), '2099-01-01'),
			'date: must not be in the future'
		],
		['an unknown stance', withField(good, col('stance'), 'embargoed'), 'stance: must be one of'],
		[
			'an unknown company',
			withField(good, col('company'), 'nokia'),
			'company: must be huawei, zte or both'
		],
		[
			'an unknown precision',
			withField(good, col('precision'), 'week'),
			'precision: must be day, month or year'
		],
		[
			'a month-precise date that is not the 1st',
			withField(withField(good, col('precision'), 'month'), col('date'), '2020-07-14'),
			'date: a month-precise date must be the 1st'
		],
		[
			'a javascript: link',
			withField(good, col('source_url'), 'javascript:alert(1)'),
			'source_url: must start with http:// or https://'
		],
		[
			'a vbscript: link',
			withField(good, col('source_url'), 'vbscript:msgbox(1)'),
			'source_url: must start with http:// or https://'
		],
		[
			'a link that is not a URL',
			withField(good, col('source_url'), 'www.bbc.co.uk/news'),
			'source_url: must be a full URL'
		],
		[
			'HTML in the summary',
			withField(good, col('summary'), 'Banned <script>alert(1)</script> today by law'),
			'summary: must be plain text'
		],
		[
			'an img tag in the title',
			withField(good, col('source_title'), '<img src=x onerror=alert(1)>'),
			'source_title: must be plain text'
		],
		['no source link', withField(good, col('source_url'), ''), 'source_url: must be a full URL'],
		[
			'no quote from the source',
			withField(good, col('source_quote'), ''),
			'source_quote: must be at least 20 characters'
		],
		[
			'a quote too long to be a short quote',
			withField(good, col('source_quote'), 'x'.repeat(301)),
			'source_quote: must be at most 300 characters'
		],
		[
			'HTML in the quote',
			withField(good, col('source_quote'), 'He said <b>no</b> to Huawei in the network today'),
			'source_quote: must be plain text'
		],
		[
			'a javascript: original link',
			withField(good, col('source_original'), 'javascript:alert(1)'),
			'source_original: must start with http:// or https://'
		],
		['no second reading', withField(good, col('checked'), ''), 'checked: must be a real date'],
		[
			'a second reading in the future',
			withField(good, col('checked'), '2099-01-01'),
			'checked: must not be in the future'
		],
		[
			'a missing publisher',
			withField(good, col('source_publisher'), ''),
			'source_publisher: must be at least 2 characters'
		],
		[
			'an unknown certainty',
			withField(good, col('certainty'), 'maybe'),
			'certainty: must be confirmed or uncertain'
		]
	])('rejects %s, naming file, line and field', (_name, row, message) => {
		const result = run([good.replace('2020-07-14', '2020-01-28'), row]);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toContain('data/events.csv:3: ');
		expect(result.problems[0]).toContain(message);
		expect(result.outputs).toEqual({});
	});

	it('reports every problem in every file at once, in line order', () => {
		const result = run(
			[
				good,
				withField(good, col('country'), 'XYZ'),
				'GBR,2020',
				withField(good, col('date'), '2020-13-01')
			],
			[goodMilitary, goodMilitary.replace('2012-01-01,', '2015-01-01,2014-01-01')]
		);
		expect(result.problems).toEqual([
			expect.stringMatching(/^data\/events\.csv:3: country: /),
			'data/events.csv:4: row: has 2 fields, the header has 15',
			expect.stringMatching(/^data\/events\.csv:5: date: /),
			expect.stringMatching(/^data\/us-military\.csv:3: to: must be after from/)
		]);
	});

	it('counts lines correctly after a quoted field that spans lines', () => {
		const multi = withField(
			good,
			col('summary'),
			'"A summary that goes on\nto a second line, as a spreadsheet may save it."'
		);
		const result = run([
			multi,
			withField(good.replace('2020-07-14', '2021-01-01'), col('stance'), 'nope')
		]);
		expect(result.problems).toEqual([expect.stringMatching(/^data\/events\.csv:4: stance: /)]);
	});

	it.each([
		['an exact duplicate row', [good, good], 'data/events.csv:3: date: duplicates line 2'],
		[
			'two stances for one company on one day',
			[good, withField(good, col('stance'), 'restricted')],
			'already sets GBR'
		],
		[
			'a both row clashing with a huawei row',
			[good, withField(good, col('company'), 'both')],
			'already sets GBR'
		],
		[
			'a country with no shape on the map',
			[good, withField(good, col('country'), 'ATA')],
			'country: ATA has no shape on the map'
		],
		[
			"a stance row for China, the vendors' home",
			[good, withField(good, col('country'), 'CHN')],
			"data/events.csv:3: country: CHN is the vendors' home"
		]
	])('rejects %s', (_name, rows, message) => {
		const result = run(rows);
		expect(result.problems.join('\n')).toContain(message);
	});

	it('rejects overlapping military periods in one country', () => {
		const result = run([good], [goodMilitary, goodMilitary.replace('2012-01-01', '2015-01-01')]);
		expect(result.problems).toEqual([
			'data/us-military.csv:3: from: overlaps the period on line 2'
		]);
	});

	it('rejects a military row without a quote or a second reading', () => {
		const row = goodMilitary.replace(
			'Ramstein Air Base hosts about 9000 American troops today,,confirmed,2026-11-29',
			',,confirmed,'
		);
		expect(run([good], [row]).problems).toEqual([
			'data/us-military.csv:2: source_quote: must be at least 20 characters ("")',
			'data/us-military.csv:2: checked: must be a real date written YYYY-MM-DD ("")'
		]);
	});

	it('rejects a file whose header lacks a column', () => {
		const result = build({
			events: ['data/events.csv', 'country,date\nGBR,2020-01-01\n'],
			military: ['data/us-military.csv', militaryHeader + '\n'],
			reviews: ['data/reviews.csv', REVIEW_COLUMNS.join(',') + '\n'],
			milestones: ['data/milestones.csv', milestoneHeader + '\n'],
			meta: ['data/meta.json', '{"checked": "2024-01-01"}']
		});
		expect(result.problems[0]).toMatch(
			/^data\/events\.csv:1: header: missing id, precision, company/
		);
	});

	it('gives the same bytes for the same input', () => {
		expect(run([good]).outputs).toEqual(run([good]).outputs);
	});
});

describe('data/reviews.csv', () => {
	const reviews = reviewRows(['ISL', 'TCD']);
	it.each([
		[
			'a UN member with neither events nor a review',
			[
				...reviews,
				'rev-ISL,ISL,2026-11-01,2026-11,No government action found in this test,test search'
			],
			`data/reviews.csv:${reviews.length + 3}: country: TCD (Chad) has neither events nor a review row`
		],
		[
			'an unknown country code',
			[
				...reviews,
				'rev-XYZ,XYZ,2026-11-01,2026-11,No government action found,test search',
				'rev-TCD,TCD,2026-11-01,2026-11,Nothing found here,test search',
				'rev-ISL,ISL,2026-11-01,2026-11,Nothing found here,test search'
			],
			`data/reviews.csv:${reviews.length + 2}: country: unknown country code`
		],
		[
			'a review dated in the future',
			[
				...reviews,
				'rev-ISL,ISL,2099-01-01,2026-11,No government action found,test search',
				'rev-TCD,TCD,2026-11-01,2026-11,Nothing found here,test search'
			],
			`data/reviews.csv:${reviews.length + 2}: reviewed: must not be in the future`
		],
		[
			'HTML in a finding',
			[
				...reviews,
				'rev-ISL,ISL,2026-11-01,2026-11,<script>alert(1)</script> nothing,test search',
				'rev-TCD,TCD,2026-11-01,2026-11,Nothing found here,test search'
			],
			`data/reviews.csv:${reviews.length + 2}: finding: must be plain text`
		],
		[
			'a country reviewed twice',
			[
				...reviews,
				'rev-ISL,ISL,2026-11-01,2026-11,Nothing found here,test search',
				'rev-ISL,ISL,2026-10-01,2026-11,Nothing found here,test search',
				'rev-TCD,TCD,2026-11-01,2026-11,Nothing found here,test search'
			],
			`data/reviews.csv:${reviews.length + 3}: id: rev-ISL is already used on line ${reviews.length + 2}`
		]
	])('rejects %s, naming file, line and field', (_name, rows, message) => {
		const result = run([good], [goodMilitary], { reviews: rows });
		expect(result.problems).toEqual([expect.stringContaining(message)]);
		expect(result.outputs).toEqual({});
	});
});

describe('data/milestones.csv', () => {
	const mcol = (name: (typeof MILESTONE_COLUMNS)[number]) => MILESTONE_COLUMNS.indexOf(name);
	it.each([
		[
			'a bad date',
			withField(goodMilestone, mcol('date'), '2019-02-30'),
			'date: must be a real date'
		],
		[
			'a future date',
			withField(goodMilestone, mcol('date'), '2099-05-15'),
			'date: must not be in the future'
		],
		[
			'a javascript: link',
			withField(goodMilestone, mcol('source_url'), 'javascript:alert(1)'),
			'source_url: must start with http'
		],
		[
			'HTML in the title',
			withField(goodMilestone, mcol('title'), '<b>Entity List</b>'),
			'title: must be plain text'
		],
		[
			'no quote',
			withField(goodMilestone, mcol('source_quote'), ''),
			'source_quote: must be at least 20'
		],
		[
			'a month-precise date that is not the 1st',
			withField(goodMilestone, mcol('precision'), 'month'),
			'date: a month-precise date must be the 1st'
		]
	])('rejects %s, naming file, line and field', (_name, row, message) => {
		const result = run([good], [goodMilitary], {
			milestones: [goodMilestone.replace('2019-05-15', '2018-04-01'), row]
		});
		expect(result.problems).toEqual([expect.stringContaining(`data/milestones.csv:3: ${message}`)]);
	});
});

describe('data/meta.json', () => {
	it.each([
		[
			'a bad date',
			'{\n\t"checked": "2024-02-30"\n}',
			'data/meta.json:2: checked: must be a real date'
		],
		[
			'a future date',
			'{\n\t"checked": "2099-01-01"\n}',
			'data/meta.json:2: checked: must not be in the future'
		],
		['broken JSON', '{ checked: 1 }', 'data/meta.json:1: json: ']
	])('rejects %s', (_name, text, message) => {
		const result = build({
			events: ['data/events.csv', header + '\n' + good.replace('AUTO,', 'GBR-001,') + '\n'],
			military: ['data/us-military.csv', militaryHeader + '\n'],
			reviews: ['data/reviews.csv', [REVIEW_COLUMNS.join(','), ...reviewRows()].join('\n')],
			milestones: ['data/milestones.csv', milestoneHeader + '\n'],
			meta: ['data/meta.json', text]
		});
		expect(result.problems[0]).toContain(message);
	});
});
