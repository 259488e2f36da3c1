import { describe, expect, it } from 'vitest';
import { build, EVENT_COLUMNS, MILITARY_COLUMNS } from '../../src/build/build-data';

const header = EVENT_COLUMNS.join(',');
const good =
	'GBR,2020-07-14,day,huawei,banned,5G networks,The government ordered operators to stop buying Huawei 5G kit and remove it by 2027.,https://www.gov.uk/x,UK Government,Huawei to be removed from UK 5G networks by 2027,confirmed';
const militaryHeader = MILITARY_COLUMNS.join(',');
const goodMilitary =
	'DEU,2012-01-01,,major,35000,Ramstein Air Base,https://example.org/a,Example,US troops in Germany,confirmed';

function run(eventRows: string[], militaryRows: string[] = [goodMilitary]) {
	return build({
		events: ['data/events.csv', [header, ...eventRows].join('\n') + '\n'],
		military: ['data/us-military.csv', [militaryHeader, ...militaryRows].join('\n') + '\n'],
		meta: ['data/meta.json', '{"checked": "2024-01-01"}']
	});
}
const withField = (row: string, index: number, value: string) => {
	const fields = row.split(',');
	fields[index] = value;
	return fields.join(',');
};
const col = (name: (typeof EVENT_COLUMNS)[number]) => EVENT_COLUMNS.indexOf(name);

describe('npm run data validation', () => {
	it('accepts a good file and writes the four outputs', () => {
		const result = run([good]);
		expect(result.problems).toEqual([]);
		expect(Object.keys(result.outputs).sort()).toEqual([
			'countries.json',
			'first-paint.json',
			'stances.json',
			'svg-map.json'
		]);
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
		[
			'no source at all',
			withField(withField(good, col('source_url'), ''), col('source_title'), ''),
			'source_title: needs a source_url or a headline'
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
			[
				goodMilitary,
				'DEU,2015-01-01,2014-01-01,major,,Ramstein,https://example.org/b,Example,Title,confirmed'
			]
		);
		expect(result.problems).toEqual([
			expect.stringMatching(/^data\/events\.csv:3: country: /),
			'data/events.csv:4: row: has 2 fields, the header has 11',
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
			[withField(good, col('country'), 'ATA')],
			'country: ATA has no shape on the map'
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

	it('rejects a file whose header lacks a column', () => {
		const result = build({
			events: ['data/events.csv', 'country,date\nGBR,2020-01-01\n'],
			military: ['data/us-military.csv', militaryHeader + '\n'],
			meta: ['data/meta.json', '{"checked": "2024-01-01"}']
		});
		expect(result.problems[0]).toMatch(/^data\/events\.csv:1: header: missing precision, company/);
	});

	it('gives the same bytes for the same input', () => {
		expect(run([good]).outputs).toEqual(run([good]).outputs);
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
			events: ['data/events.csv', header + '\n' + good + '\n'],
			military: ['data/us-military.csv', militaryHeader + '\n'],
			meta: ['data/meta.json', text]
		});
		expect(result.problems[0]).toContain(message);
	});
});
