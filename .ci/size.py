#!/usr/bin/env python3
"""Prints raw, gzip and brotli bytes per file of a built site: the precompressed
.gz/.br copy's size where the build wrote one (what a server sends), otherwise the
file compressed here (gzip level 9, brotli quality 11 when the module is present)."""
import gzip
import os
import sys

try:
    import brotli  # optional: pip install brotli
except ImportError:
    brotli = None

root = sys.argv[1] if len(sys.argv) > 1 else "dist"


def size(path, data, ext, compress):
    if os.path.isfile(path + ext):
        return os.path.getsize(path + ext)
    return len(compress(data)) if compress else None


rows = []
for dirpath, _, files in os.walk(root):
    for name in sorted(files):
        if name.endswith((".gz", ".br")):
            continue
        path = os.path.join(dirpath, name)
        data = open(path, "rb").read()
        gz = size(path, data, ".gz", lambda d: gzip.compress(d, 9))
        br = size(path, data, ".br", (lambda d: brotli.compress(d, quality=11)) if brotli else None)
        rows.append((os.path.relpath(path, root), len(data), gz, br))
rows.sort()
w = max(len(r[0]) for r in rows) if rows else 10
print(f"{'file':<{w}}  {'raw':>9}  {'gzip':>9}  {'brotli':>9}")
for name, raw, gz, br in rows:
    print(f"{name:<{w}}  {raw:>9}  {gz:>9}  {br if br is not None else 'n/a':>9}")
tr, tg = sum(r[1] for r in rows), sum(r[2] for r in rows)
tb = sum(r[3] for r in rows) if all(r[3] is not None for r in rows) else "n/a"
print(f"{'TOTAL (' + str(len(rows)) + ' files)':<{w}}  {tr:>9}  {tg:>9}  {tb:>9}")
