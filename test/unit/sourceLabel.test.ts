import { describe, expect, it } from 'vitest';
import { hostOf, sourceLabel } from '../../src/lib/model/sourceLabel';

describe('sourceLabel', () => {
	it.each([
		['Reuters', 'https://www.reuters.com/world/x', 'Reuters'],
		['Reuters', 'https://www.dawn.com/news/1', 'Reuters, via dawn.com'],
		['The Guardian', 'https://www.theguardian.com/a', 'The Guardian'],
		['CNN', 'https://edition.cnn.com/2020/x', 'CNN'],
		['Yahoo News (Reuters)', 'https://news.yahoo.com/x', 'Yahoo News (Reuters)'],
		[
			'Anadolu Agency (via Worldwide News Canada)',
			'http://www.worldwidenews.ca/x',
			'Anadolu Agency (via Worldwide News Canada)'
		],
		['AP', 'https://www.680news.com/2020/x', 'AP, via 680news.com'],
		['UK Government', 'https://www.gov.uk/x', 'UK Government, via gov.uk'],
		['Tech Law Journal', 'http://www.techlawjournal.com/x', 'Tech Law Journal'],
		['Reuters', 'not a url', 'Reuters']
	])('labels %s at %s as %s', (publisher, url, expected) => {
		expect(sourceLabel(publisher, url)).toBe(expected);
	});

	it('names the host without www', () => {
		expect(hostOf('https://www.example.org/a?b')).toBe('example.org');
	});
});
