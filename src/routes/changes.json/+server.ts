import { changesFeed, jsonFeed11 } from '$lib/server/changesFeed';

export const prerender = true;
export const trailingSlash = 'never';

export const GET = () =>
	new Response(jsonFeed11(changesFeed()), {
		headers: { 'content-type': 'application/feed+json; charset=utf-8' }
	});
