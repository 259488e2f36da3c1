/**
 * The benchmark's server: a gzip front for the test server. serveStatic (test/support) sends
 * identity bodies, which no real static host does, and Lighthouse's simulated slow 4G would charge
 * the uncompressed bytes. This proxy forwards each request to serveStatic and gzips text responses
 * (level 6, like common hosts) with Content-Encoding: gzip, so every figure is "as deployed".
 */
import { request as httpRequest, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { StaticServer } from '../support/static-server';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg\+xml)/;

export async function gzipFront(upstream: string): Promise<StaticServer> {
	const target = new URL(upstream);
	const server = createServer((req, res) => {
		const forward = httpRequest(
			{
				host: target.hostname,
				port: target.port,
				path: req.url,
				method: req.method,
				headers: req.headers
			},
			(up) => {
				const chunks: Buffer[] = [];
				up.on('data', (c: Buffer) => chunks.push(c));
				up.on('end', () => {
					const body = Buffer.concat(chunks);
					const type = String(up.headers['content-type'] ?? '');
					const headers = { ...up.headers };
					delete headers['content-length'];
					const gzip =
						COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
					const out = gzip ? gzipSync(body, { level: 6 }) : body;
					if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
					res.writeHead(up.statusCode ?? 502, { ...headers, 'content-length': out.length });
					res.end(out);
				});
			}
		);
		forward.on('error', (e) => res.writeHead(502).end(String(e)));
		req.pipe(forward);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${target.pathname}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
