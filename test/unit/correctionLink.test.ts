import { describe, expect, it } from 'vitest';
import { correctionLink, DEFAULT_CORRECTIONS_URL } from '../../src/lib/feedback/correctionLink';

const ctx = {
	id: 'DEU-002',
	country: 'Germany (DEU)',
	date: '11 March 2019',
	version: '2026-12-06',
	url: 'https://example.org/map/?country=DEU&date=2019-03-11'
};

describe('correctionLink', () => {
	it('prefills the default mailto with the row, country, date, version and page', () => {
		const link = correctionLink(DEFAULT_CORRECTIONS_URL, ctx);
		expect(link.startsWith('mailto:?subject=Correction%3A%20Germany%20(DEU)%20DEU-002&body=')).toBe(
			true
		);
		const body = decodeURIComponent(link.split('&body=')[1]);
		expect(body).toContain('Row: DEU-002');
		expect(body).toContain('Data version: 2026-12-06');
		expect(body).toContain('Page: https://example.org/map/?country=DEU&date=2019-03-11');
	});

	it.each([
		[
			'an issue form',
			'https://forms.example.org/new?row={id}&v={version}',
			'https://forms.example.org/new?row=DEU-002&v=2026-12-06'
		],
		[
			'a placeholder it does not know, kept as written',
			'https://f.example.org/?x={nope}',
			'https://f.example.org/?x={nope}'
		]
	])('fills %s', (_name, template, expected) => {
		expect(correctionLink(template, ctx)).toBe(expected);
	});

	it.each(['javascript:alert(1)', 'data:text/html,x', 'http://plain.example.org/', ' vbscript:x'])(
		'gives no link for the unsafe template %j',
		(template) => {
			expect(correctionLink(template, ctx)).toBe('');
		}
	);

	it('encodes values that would break out of their place', () => {
		const link = correctionLink('https://f.example.org/?c={country}&u={url}', {
			...ctx,
			country: 'A&b=c"<x>',
			url: 'https://e.org/?a=1#x'
		});
		expect(link).toBe(
			'https://f.example.org/?c=A%26b%3Dc%22%3Cx%3E&u=https%3A%2F%2Fe.org%2F%3Fa%3D1%23x'
		);
	});
});
