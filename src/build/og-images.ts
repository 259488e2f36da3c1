/**
 * Social previews: one 1200×630 PNG per year, the map as it stood at the end of that year (or
 * today, for this year) with title, date, legend and source line, drawn by resvg with a bundled
 * font so every machine writes the same bytes.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { snapshotSvg } from '../lib/export/snapshot';
import type { SvgShapes } from '../lib/map/svgMarkup';
import { countsAt } from '../lib/model/counts';
import { mapClassAt } from '../lib/model/mapClass';
import { previewDate, previewYears } from '../lib/model/preview';
import { MAP_CLASSES, type Dataset, type IsoDate, type MapClass } from '../lib/model/types';
import { formatDate } from '../lib/model/dates';
import { mapLabel } from '../lib/i18n/words';
import { m } from '../lib/paraglide/messages';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const FONT_DIR = join(
	dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
	'ttf'
);

export function ogImage(dataset: Dataset, shapes: SvgShapes, date: IsoDate): Buffer {
	const card = snapshotSvg({
		shapes,
		classes: new Map(dataset.countries.map((c) => [c.id, mapClassAt(c, date, 'huawei')])),
		military: null,
		title: m.title({}, { locale: 'en' }),
		subtitle: 'Stance toward Huawei',
		counts: countsAt(dataset.countries, date, 'huawei'),
		source: 'Sources: government statements and news reports, compiled by Stance Map.',
		dateText: formatDate(date, 'day', 'en'),
		labels: Object.fromEntries(MAP_CLASSES.map((c) => [c, mapLabel(c, 'en')])) as Record<
			MapClass,
			string
		>,
		militaryLabel: m.legend_military({}, { locale: 'en' })
	});
	const [, width, height] = card.match(/width="(\d+)" height="(\d+)"/)!.map(Number);
	const scale = Math.min(OG_WIDTH / width, OG_HEIGHT / height);
	const x = (OG_WIDTH - width * scale) / 2;
	const framed = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}">`,
		`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
		`<g transform="translate(${x} 0) scale(${scale})">${card}</g>`,
		'</svg>'
	].join('');
	return toPng(framed);
}

/** An SVG drawn to PNG with the bundled font, so every machine writes the same bytes. */
export function toPng(svg: string): Buffer {
	return new Resvg(svg, {
		font: {
			loadSystemFonts: false,
			fontFiles: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(FONT_DIR, f)),
			defaultFontFamily: 'DejaVu Sans',
			sansSerifFamily: 'DejaVu Sans'
		}
	})
		.render()
		.asPng();
}

/** One preview per year with a page (/y/YYYY/), dated as previewDate says. */
export function ogImages(dataset: Dataset, shapes: SvgShapes) {
	return previewYears(dataset.updated).map((year) => ({
		year,
		png: ogImage(dataset, shapes, previewDate(year, dataset.updated))
	}));
}
