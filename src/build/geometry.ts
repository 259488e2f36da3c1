import { geoArea, geoCentroid, geoPath, geoTransform, type GeoProjection } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh, quantize } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { alpha3ForShape } from './codes';
import { frameProjection } from '../lib/map/frame';
import { frameToLngLat } from '../lib/map/frameSize';
import type { SvgShapes } from '../lib/map/svgMarkup';
import { outlineRing, pathData, snapped } from '../lib/map/pathData';
import { projectedLines } from './svgPaths';

const ANTARCTICA = '010';
/** Below this area (steradians, about 2,500 km²) a country also gets a marker to click. */
const SMALL_COUNTRY_AREA = 6e-5;
/**
 * Below this (about 12,000 km²: Kosovo, Lebanon, Cyprus, Jamaica) a country gets a marker that
 * shows only in a region view or zoomed in, where a phone's finger needs a target bigger than
 * the country: at world zoom these would crowd the map.
 */
const REGIONAL_MARKER_AREA = 3e-4;
/**
 * Points that change a ring's area by less than this many steradians (1e-6 is about 40 km²) are
 * dropped. The interactive map keeps coastlines up to country zoom (225 → 110 KiB gzip). The SVG
 * map for the no-WebGL fallback and downloads, drawn about 1,000 to 2,000 px wide, loses ten times
 * more; the first paint, a world view painted before any script, a hundred times more: in software
 * raster that cut its paint time by about a third and the page's HTML by a quarter.
 */
const MAP_WEIGHT = 1e-6;
const SVG_WEIGHT = 1e-5;
const FIRST_PAINT_WEIGHT = 1e-4;
/**
 * Simplification never deletes a ring: an island smaller than the weight is kept as a sliver of
 * three or four points with next to no area. Most polygons of the two SVG maps are such slivers
 * (1,264 of 1,508 in the first paint), invisible yet each a subpath the browser must raster. Any
 * polygon under this area in the frame's square pixels (a tenth of a pixel even at the SVG map's
 * 16× zoom) is left out, but for each shape's largest, so every country keeps a path.
 */
const SPECK_AREA = 0.01;
/**
 * Borders between countries, in frame units (about a pixel each at 1,000 px wide), drawn as thin
 * filled shapes rather than strokes: a stroke costs the browser a second kind of raster work,
 * which in software raster took about a quarter of the first paint. Zoomed in, the SVG map
 * strokes its countries instead (app.css), so borders stay thin at any zoom.
 */
const BORDER_WIDTH = 0.5;
/** Grid steps across the frame: 1/5e4 of its width is about 800 m, under a pixel at zoom 5. */
const QUANTIZATION = 5e4;

type Shape = Feature<Polygon | MultiPolygon, { name: string }>;
type Collection = { features: Shape[] };
/** A country as world-atlas stores it: ISO numeric id (none for a few), name, arcs. */
interface AtlasCountry {
	type: 'Polygon' | 'MultiPolygon';
	id?: string;
	arcs: unknown;
	properties: { name: string };
}

export interface ShapeInfo {
	id: string | null;
	name: string;
}

export interface Geometry {
	/**
	 * Simplified, keyed by alpha-3 in `id`, already in the Equal Earth frame and carried into
	 * maplibre's coordinates (frameToLngLat): what maplibre draws, so its Mercator shows Equal Earth.
	 */
	topology: Topology;
	shapes: ShapeInfo[];
	/** Label points of countries too small to click at world zoom, in maplibre's coordinates. */
	markers: { id: string; lng: number; lat: number; zoomed?: true }[];
	/** SVG path data for the no-WebGL fallback and downloads. */
	svg: SvgShapes;
	/** The same, coarser, for the first paint baked into the HTML. */
	firstPaint: SvgShapes;
}

export function buildGeometry(): Geometry {
	const source = world as unknown as Topology & {
		objects: { countries: { geometries: AtlasCountry[] } };
	};
	const kept = source.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA);
	const shapes: ShapeInfo[] = kept.map((g) => ({
		id: alpha3ForShape(g.id, g.properties.name),
		name: g.properties.name
	}));
	// Only the id survives: names come from the dataset, so the geometry carries no text.
	const geometries = kept.map(({ type, arcs }, i) =>
		shapes[i].id ? { type, arcs, id: shapes[i].id } : { type, arcs }
	) as GeometryCollection['geometries'];
	const trimmed: Topology = {
		type: 'Topology',
		transform: source.transform,
		arcs: source.arcs,
		objects: { countries: { type: 'GeometryCollection', geometries } }
	};
	// presimplify decodes positions to degrees; quantize again so the file stores small integers.
	const weighted = presimplify(trimmed as Parameters<typeof presimplify>[0], sphericalTriangleArea);
	const { projection } = frameProjection();
	const mapFeatures = feature(
		simplify(weighted, MAP_WEIGHT),
		weighted.objects.countries as GeometryCollection
	) as unknown as FeatureCollection<Polygon | MultiPolygon>;
	// d3 clips at the frame's antimeridian as it projects, so no ring wraps around the map.
	const projected = geoProject(mapFeatures, toMaplibre(projection));
	const topology = quantize(
		toTopology({ countries: projected }) as unknown as Parameters<typeof quantize>[0],
		QUANTIZATION
	);

	const features = (
		feature(source, {
			type: 'GeometryCollection',
			geometries: kept as unknown as GeometryCollection['geometries']
		}) as unknown as Collection
	).features;
	const coarse = (weight: number) => {
		const topology = simplify(weighted, weight);
		const object = topology.objects.countries as GeometryCollection;
		return {
			topology,
			object,
			features: (feature(topology, object) as unknown as Collection).features
		};
	};
	const svgOf = ({ topology, object, features }: ReturnType<typeof coarse>) =>
		svgMap(
			features,
			mesh(topology, object, (a, b) => a !== b),
			shapes,
			markers
		);
	const firstPaint = coarse(FIRST_PAINT_WEIGHT);

	// Australia's id also names Ashmore and Cartier Islands: a country's area is all its shapes'.
	const land = new Map<string, number>();
	features.forEach((f, i) => {
		const id = shapes[i].id;
		if (id) land.set(id, (land.get(id) ?? 0) + geoArea(f));
	});
	// Simplification can take a country of many small islands off the SVG map altogether (the
	// Solomon Islands, the Bahamas), however much land they add up to: a country's size for its
	// marker is the smaller of its land and what the first paint draws of it. Equal Earth keeps
	// areas, so the drawing's square pixels convert to steradians at one rate.
	const framePath = geoPath(projection);
	const pixelsPerSteradian = framePath.area({ type: 'Sphere' }) / (4 * Math.PI);
	const drawn = new Map<string, number>();
	firstPaint.features.forEach((f, i) => {
		const id = shapes[i].id;
		if (id) drawn.set(id, (drawn.get(id) ?? 0) + framePath.area(f) / pixelsPerSteradian);
	});
	const size = (id: string) => Math.min(land.get(id)!, drawn.get(id) ?? 0);
	const markers = features.flatMap((f, i) => {
		const id = shapes[i].id;
		if (!id || size(id) >= REGIONAL_MARKER_AREA || geoArea(f) < land.get(id)! / 2) return [];
		const [x, y] = projection(geoCentroid(f))!;
		const zoomed = size(id) >= SMALL_COUNTRY_AREA ? { zoomed: true as const } : {};
		return [{ id, x: round(x, 1), y: round(y, 1), ...zoomed }];
	});
	return {
		topology,
		shapes,
		markers: markers.map(({ id, x, y, ...zoomed }) => {
			const [lng, lat] = frameToLngLat(x, y);
			return { id, lng: round(lng, 4), lat: round(lat, 4), ...zoomed };
		}),
		svg: svgOf(coarse(SVG_WEIGHT)),
		firstPaint: svgOf(firstPaint)
	};
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The frame projection followed by the step into maplibre's coordinates, as one stream. */
function toMaplibre(projection: GeoProjection) {
	const carry = geoTransform({
		point(x, y) {
			this.stream.point(...frameToLngLat(x, y));
		}
	});
	return {
		stream: (sink: Parameters<typeof carry.stream>[0]) => projection.stream(carry.stream(sink))
	};
}

function svgMap(
	features: Shape[],
	borders: MultiLineString,
	shapes: ShapeInfo[],
	markers: SvgShapes['markers']
): SvgShapes {
	const { projection, width, height } = frameProjection();
	const framePath = geoPath(projection);
	const area = (coordinates: Polygon['coordinates']) =>
		framePath.area({ type: 'Polygon', coordinates });
	const lines = (object: Parameters<typeof projectedLines>[0]) =>
		projectedLines(object, (sink) => projection.stream(sink));
	return {
		width,
		height,
		paths: features
			.map((f, i) => ({ id: shapes[i].id, d: pathData(lines(withoutSpecks(f, area))) }))
			.filter((p) => p.d),
		// Whole-unit points, as the countries' edges are rounded, so the two meet.
		borders: pathData(
			lines(borders)
				.map((line) => snapped(line))
				.filter((line) => line.length > 1)
				.map((line) => outlineRing(line, BORDER_WIDTH)),
			{ digits: 1 }
		),
		markers
	};
}

/** The shape without its polygons under SPECK_AREA, always keeping its largest. */
function withoutSpecks(shape: Shape, area: (polygon: Polygon['coordinates']) => number): Shape {
	if (shape.geometry.type === 'Polygon') return shape;
	const polygons = shape.geometry.coordinates.map((p) => ({ p, area: area(p) }));
	const largest = polygons.reduce((a, b) => (b.area > a.area ? b : a));
	const kept = polygons.filter((x) => x === largest || x.area >= SPECK_AREA).map((x) => x.p);
	return { ...shape, geometry: { type: 'MultiPolygon', coordinates: kept } };
}
