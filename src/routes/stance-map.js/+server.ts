import code from 'virtual:stance-map-element';

export const prerender = true;
export const trailingSlash = 'never';

/** The `<stance-map>` element's script (README, "Embedding"), bundled by vite.config.ts. */
export const GET = () =>
	new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
