/** Patterns drawn into pixels in code, so the style needs no sprite sheet. */
export interface PatternImage {
	width: number;
	height: number;
	data: Uint8Array;
}

function blank(size: number): PatternImage {
	return { width: size, height: size, data: new Uint8Array(size * size * 4) };
}

function paint(img: PatternImage, x: number, y: number, rgba: readonly number[]) {
	const i = (y * img.width + x) * 4;
	img.data.set(rgba, i);
}

/** Diagonal hatching: marks US military presence over any stance colour. */
export function hatch(size: number, rgba: readonly number[]): PatternImage {
	const img = blank(size);
	const width = Math.max(1, Math.round(size / 8));
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) if ((x + y) % (size / 2) < width) paint(img, x, y, rgba);
	return img;
}

/** A sparse dot grid: marks `allowed`, so it never rests on colour alone. */
export function dots(size: number, rgba: readonly number[]): PatternImage {
	const img = blank(size);
	const r = size / 8;
	const c = size / 4;
	for (const [cx, cy] of [
		[c, c],
		[3 * c, 3 * c]
	])
		for (let y = 0; y < size; y++)
			for (let x = 0; x < size; x++)
				if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r) paint(img, x, y, rgba);
	return img;
}

/** Horizontal stripes: mark the two map classes that are not stances (home, unreviewed). */
export function stripes(size: number, rgba: readonly number[]): PatternImage {
	const img = blank(size);
	const width = Math.max(1, Math.round(size / 8));
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) if (y % (size / 2) < width) paint(img, x, y, rgba);
	return img;
}
