import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build, readInputs } from '../../src/build/build-data';
import { buildGeometry } from '../../src/build/geometry';
import { ogImages } from '../../src/build/og-images';

const geometry = buildGeometry();
const shapeIds = new Set(geometry.shapes.flatMap((s) => (s.id ? [s.id] : [])));

describe('the geometry', () => {
	it('joins every country in data/events.csv, us-military.csv and reviews.csv to a shape', () => {
		const codes = ['data/events.csv', 'data/us-military.csv', 'data/reviews.csv'].flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.slice(1)
				.filter(Boolean)
				.map((line) => line.slice(0, 3))
		);
		expect(codes.length).toBeGreaterThan(150);
		// Tuvalu is the one UN member world-atlas draws no shape for: reviewed, not on the map.
		expect(codes.filter((code) => !shapeIds.has(code))).toEqual(
			codes.includes('TUV') ? ['TUV'] : []
		);
	});

	it('lists the shapes that have no country code, so none is lost silently', () => {
		const unnamed = geometry.shapes.filter((s) => !s.id).map((s) => s.name);
		expect(unnamed).toEqual(['Somaliland', 'N. Cyprus', 'Indian Ocean Ter.', 'Siachen Glacier']);
	});

	it('keys Kosovo as XKX and keeps the small states the 110m file lacks', () => {
		for (const id of ['XKX', 'SGP', 'BHR', 'MLT']) expect(shapeIds).toContain(id);
	});

	it('drops Antarctica', () => {
		expect(shapeIds).not.toContain('ATA');
	});

	it('gives small states a marker and large ones none', () => {
		const marked = new Set(geometry.markers.map((m) => m.id));
		for (const id of ['SGP', 'BHR', 'MLT']) expect(marked).toContain(id);
		for (const id of ['AUS', 'USA', 'DEU']) expect(marked).not.toContain(id);
	});
});

describe('npm run data', () => {
	it('reproduces the committed static/data files byte for byte', () => {
		const result = build(readInputs());
		expect(result.problems).toEqual([]);
		expect(
			readdirSync('static/data/details')
				.map((f) => `details/${f}`)
				.sort()
		).toEqual(
			Object.keys(result.outputs)
				.filter((n) => n.startsWith('details/'))
				.sort()
		);
		for (const [name, text] of Object.entries(result.outputs)) {
			const written = name.endsWith('.csv') ? text : text + '\n';
			expect(readFileSync(`static/data/${name}`, 'utf8'), name).toBe(written);
		}
	});

	it('draws the same social preview images as the committed static/og files', () => {
		const result = build(readInputs());
		const images = ogImages(result.preview!.dataset, result.preview!.shapes);
		expect(images.map((i) => i.year)).toEqual(
			readdirSync('static/og').map((f) => Number(f.replace('.png', '')))
		);
		for (const { year, png } of images)
			expect(Buffer.compare(readFileSync(`static/og/${year}.png`), png), `${year}.png`).toBe(0);
	});
});
