// A tiny static file server on loopback for the end-to-end tests and benchmarks:
// serves a folder with the right MIME types (wasm as application/wasm, for streaming
// compilation). Usage: node tests/e2e/serve.mjs <dir> <port>
//
// The host pages in tests/hosts/ are served at /hosts/, and everything again under a
// sub-path (/deep/sub/path/ and /deep/sub/path/hosts/), the way a site would serve the
// widget from a folder. Pages named *csp.html get a strict Content-Security-Policy header.
// With SERVE_COMPRESSED=1 (the benchmarks) text and wasm are sent compressed, as a real host
// sends them: brotli at quality 11 where the browser accepts it, else gzip -9, each made
// once per file and kept. With SERVE_CORS=1 every response carries
// `Access-Control-Allow-Origin: *`, as the guide's server must send it when a page on
// another origin loads the custom element (embed.spec.js runs one of each).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const COMPRESSED = process.env.SERVE_COMPRESSED === '1';
const CORS = process.env.SERVE_CORS === '1';
const packed = new Map();
/** The body and its encoding for a request that accepts `accept`. */
function encode(file, body, accept) {
  if (!COMPRESSED || !/\.(html|js|mjs|css|wasm|svg|json|txt)$/.test(file)) return [body, null];
  const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!enc) return [body, null];
  const key = `${enc} ${file}`;
  if (!packed.has(key)) {
    packed.set(key, enc === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return [packed.get(key), enc];
}

const root = resolve(process.argv[2] ?? 'dist');
const hosts = resolve(new URL('../hosts', import.meta.url).pathname);
const SUB = '/deep/sub/path';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; frame-src 'self'; base-uri 'none'; object-src 'none'";

/** The folder and the path inside it for a URL path. */
function locate(path) {
  if (path.startsWith(SUB + '/')) path = path.slice(SUB.length);
  if (path.startsWith('/hosts/')) return [hosts, path.slice('/hosts'.length)];
  return [root, path];
}
const port = Number(process.argv[3] ?? 4173);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

createServer(async (req, res) => {
  const [base, path] = locate(decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
  let file = normalize(join(base, path));
  if (!file.startsWith(base)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const [body, encoding] = encode(file, await readFile(file), req.headers['accept-encoding'] ?? '');
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    if (encoding) Object.assign(headers, { 'content-encoding': encoding, vary: 'accept-encoding' });
    if (file.endsWith('csp.html')) headers['content-security-policy'] = CSP;
    if (CORS) headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
