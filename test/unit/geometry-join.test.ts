import { readdirSync, readFileSync } from 'node:fs';
import { readCsv } from '../../src/build/csv';
import { describe, expect, it } from 'vitest';
import { build, readInputs } from '../../src/build/build-data';
import { correctionsFrom } from '../../src/build/versions';
import { buildGeometry } from '../../src/build/geometry';
import { ogImages } from '../../src/build/og-images';
import type { SvgShapes } from '../../src/lib/map/svgMarkup';

const geometry = buildGeometry();
const shapeIds = new Set(geometry.shapes.flatMap((s) => (s.id ? [s.id] : [])));

describe('the geometry', () => {
	it('joins every country in data/events.csv, us-military.csv and reviews.csv to a shape', () => {
		const codes = ['data/events.csv', 'data/us-military.csv', 'data/reviews.csv'].flatMap((file) =>
			readCsv(readFileSync(file, 'utf8')).records.map((r) => r.values.country)
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

/** Square pixels a ring of our path data encloses (M x,y then relative l dx,dy steps). */
function pathArea(d: string): number {
	let total = 0;
	for (const ring of d.split('M').filter(Boolean)) {
		const numbers = ring
			.replace(/z$/, '')
			.split(/l|,|(?=-)/)
			.map(Number);
		const points: [number, number][] = [];
		for (let i = 0; i < numbers.length; i += 2) {
			const [px, py] = points.at(-1) ?? [0, 0];
			points.push([px + numbers[i], py + numbers[i + 1]]);
		}
		let twice = 0;
		points.forEach(([x1, y1], i) => {
			const [x2, y2] = points[(i + 1) % points.length];
			twice += x1 * y2 - x2 * y1;
		});
		total += Math.abs(twice) / 2;
	}
	return total;
}

describe('the first paint (the SVG map readers see)', () => {
	const firstPaint = JSON.parse(readFileSync('static/data/first-paint.json', 'utf8')) as SvgShapes;
	const recorded = build(readInputs()).preview!.dataset.countries.filter(
		(c) => c.events.length || c.military.length
	);

	it('shows every country with a record at world size: as a shape of a pixel or more, or a marker', () => {
		const drawn = new Map<string, number>();
		for (const { id, d } of firstPaint.paths)
			if (id) drawn.set(id, (drawn.get(id) ?? 0) + pathArea(d));
		const worldMarkers = new Set(firstPaint.markers.filter((m) => !m.zoomed).map((m) => m.id));
		const unseen = recorded
			.map((c) => c.id)
			.filter((id) => shapeIds.has(id) && (drawn.get(id) ?? 0) < 1 && !worldMarkers.has(id));
		expect(unseen).toEqual([]);
	});

	it('marks island countries that simplification leaves undrawn, however much land they have', () => {
		const marked = new Set(firstPaint.markers.map((m) => m.id));
		for (const id of ['SLB', 'BHS']) expect(marked).toContain(id);
	});

	it('draws the borders between countries as thin filled shapes', () => {
		expect(firstPaint.borders).toMatch(/^(M[-.\d,l]+z)+$/);
		expect(pathArea(firstPaint.borders)).toBeGreaterThan(100);
	});
});

describe('npm run data', () => {
	it('reproduces the committed static/data files byte for byte', () => {
		const result = build(readInputs(), { corrections: correctionsFrom(process.cwd()) });
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
