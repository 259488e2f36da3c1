import { describe, expect, it } from 'vitest';
import { frameHeight, iframeSnippet } from '../../src/lib/embed/snippets';

const open = { controls: true, country: true };
const closed = { controls: true, country: false };

describe('the iframe snippet’s height, from the column’s width', () => {
	it.each([
		['a phone’s column, card open: within 1.9 times the width', 320, open, 600],
		['just below the slider’s return', 479, open, 600],
		['a 600 px column, card open: about 1.26 times', 600, open, 758],
		['just below the side-by-side layout', 859, open, 821],
		['a 900 px column, card beside the map', 900, open, 935],
		['a 320 px column, nothing open', 320, closed, 1113],
		['a 600 px column, nothing open', 600, closed, 941]
	])('%s: %i px wide is %i px tall', (_, width, options, height) => {
		expect(frameHeight(width as number, options)).toBe(height);
	});

	it('writes the same steps as one CSS expression in container units', () => {
		const html = iframeSnippet('https://example.org/embed/?country=DEU', 'Map', open);
		expect(html).toContain(
			'height:max(600px, min(calc((100cqw - 479px) * 1000), calc(612px + 24.3cqw)), min(calc((100cqw - 859px) * 1000), 935px))'
		);
		expect(html).toContain('height="758"');
	});
});
