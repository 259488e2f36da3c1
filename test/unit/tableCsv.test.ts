import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../src/lib/export/tableCsv';

describe('tableCsv', () => {
	it.each([
		[
			'keeps plain cells as they are',
			['Iceland', 'No action found'],
			['Iceland', 'No action found']
		],
		[
			'quotes commas and quotes so the row survives',
			['Korea, South', 'a "b"'],
			['Korea, South', 'a "b"']
		],
		[
			'defuses a formula a spreadsheet would run',
			['=HYPERLINK("x")', '+1', '-2', '@A1'],
			[`'=HYPERLINK("x")`, "'+1", "'-2", "'@A1"]
		]
	])('%s', (_name, row, expected) => {
		const [header, parsed] = csvParseRows(
			tableCsv(['a', 'b', 'c', 'd'].slice(0, row.length), [row])
		);
		expect(header).toHaveLength(row.length);
		expect(parsed).toEqual(expected);
	});
});
