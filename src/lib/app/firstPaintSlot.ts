/**
 * The empty element MapView renders where the first-paint SVG goes; the server hook fills it.
 * Svelte hydrates the element without looking inside it, so the SVG stays until the map replaces it.
 */
export const FIRST_PAINT_SLOT = /<div [^>]*data-first-paint=""[^>]*><\/div>/;
