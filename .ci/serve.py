#!/usr/bin/env python3
"""Serves a built site the way common static hosts do.

    serve.py DIR [--port 8080] [--bind 127.0.0.1]

- a folder's `index.html` for `/folder/`, and a 301 to `/folder/` for `/folder`;
- the nearest `404.html` above a missing path, with status 404 (as GitHub Pages, Netlify and
  Cloudflare Pages do), so a site under a sub-path answers with its own;
- the body gzip- or brotli-encoded by `Accept-Encoding`: the precompressed `.br`/`.gz`
  beside the file when the build wrote one, otherwise compressed on the fly;
- `Cache-Control`: a year, immutable, for content-hashed assets; `no-cache` for HTML,
  the service worker and everything else;
- the page's Content-Security-Policy also as a header, read from its `<meta>`.
"""
import argparse
import gzip
import http.server
import os
import re
import sys

try:
    import brotli
except ImportError:  # compression on the fly falls back to gzip alone
    brotli = None

# Trunk writes its 64-bit hash in hex without leading zeros: 16 digits, or fewer.
HASHED = re.compile(r"-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$|\.[0-9a-f]{8,}\.[a-z0-9]+$")
COMPRESSIBLE = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".wasm", ".txt", ".xml", ".csv", ".ics", ".webmanifest")
CSP_META = re.compile(rb'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
ENCODED = {}  # (path, mtime, encoding) -> bytes: compress each file once


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".webmanifest": "application/manifest+json",
        ".ics": "text/calendar",
        ".csv": "text/csv",
    }

    def log_message(self, fmt, *args):
        if os.environ.get("SERVE_LOG"):
            super().log_message(fmt, *args)

    def send_head(self):
        url_path = self.path.split("?", 1)[0].split("#", 1)[0]
        path = self.translate_path(self.path)
        status = 200
        path = path.replace("\0", "_")  # a NUL byte can name no file
        if os.path.isdir(path):
            if not url_path.endswith("/"):
                self.send_response(301)
                query = self.path[len(url_path):]
                self.send_header("Location", url_path + "/" + query)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            status = 404
            path = self.nearest_404(path)
            if path is None:
                self.send_error(404, "File not found")
                return None
        with open(path, "rb") as f:
            body = f.read()
        headers = {"Content-Type": self.guess_type(path)}
        if path.endswith(".html"):
            headers["Content-Type"] = "text/html; charset=utf-8"
            m = CSP_META.search(body)
            if m:
                headers["Content-Security-Policy"] = m.group(1).decode()
        name = os.path.basename(path)
        if status == 200 and HASHED.search(name):
            headers["Cache-Control"] = "public, max-age=31536000, immutable"
        else:
            headers["Cache-Control"] = "no-cache"
        accept = self.headers.get("Accept-Encoding", "")
        if path.endswith(COMPRESSIBLE):
            headers["Vary"] = "Accept-Encoding"
            body, encoding = self.encode(path, body, accept)
            if encoding:
                headers["Content-Encoding"] = encoding
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.body = body
        return self

    def nearest_404(self, missing):
        """The 404.html of the site the missing path belongs to: the nearest one
        above it, so a site under a sub-path answers with its own."""
        root = os.path.abspath(self.directory)
        folder = os.path.dirname(os.path.abspath(missing))
        while folder.startswith(root):
            candidate = os.path.join(folder, "404.html")
            if os.path.isfile(candidate):
                return candidate
            if folder == root:
                break
            folder = os.path.dirname(folder)
        return None

    @staticmethod
    def encode(path, body, accept):
        wants = {part.split(";")[0].strip() for part in accept.split(",")}
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            if encoding in wants and os.path.isfile(path + suffix):
                with open(path + suffix, "rb") as f:
                    return f.read(), encoding
        for encoding, ok, compress in (
            ("br", brotli is not None, lambda b: brotli.compress(b, quality=11)),
            ("gzip", True, lambda b: gzip.compress(b, 9)),
        ):
            if encoding in wants and ok:
                key = (path, os.path.getmtime(path), encoding)
                if key not in ENCODED:
                    ENCODED[key] = compress(body)
                return ENCODED[key], encoding
        return body, None

    # send_head returns self; copyfile then writes the prepared body.
    def read(self, *_):
        body, self.body = self.body, b""
        return body

    def close(self):
        pass

    def copyfile(self, source, outputfile):
        outputfile.write(source.read())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--bind", default="127.0.0.1")
    args = parser.parse_args()
    if not os.path.isdir(args.directory):
        sys.exit(f"serve.py: {args.directory} does not exist; build the site first (make build)")
    handler = lambda *a, **kw: Handler(*a, directory=args.directory, **kw)
    server = http.server.ThreadingHTTPServer((args.bind, args.port), handler)
    print(f"Serving {args.directory} on http://{args.bind}:{args.port}/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
