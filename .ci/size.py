#!/usr/bin/env python3
"""Prints raw, gzip (level 9) and brotli (quality 11, when the module is present) bytes per file."""
import gzip
import os
import sys

try:
    import brotli  # optional: pip install brotli
except ImportError:
    brotli = None

root = sys.argv[1] if len(sys.argv) > 1 else "dist"
rows = []
for dirpath, _, files in os.walk(root):
    for name in sorted(files):
        path = os.path.join(dirpath, name)
        data = open(path, "rb").read()
        gz = len(gzip.compress(data, 9))
        br = len(brotli.compress(data, quality=11)) if brotli else None
        rows.append((os.path.relpath(path, root), len(data), gz, br))
rows.sort()
w = max(len(r[0]) for r in rows) if rows else 10
print(f"{'file':<{w}}  {'raw':>9}  {'gzip':>9}  {'brotli':>9}")
for name, raw, gz, br in rows:
    print(f"{name:<{w}}  {raw:>9}  {gz:>9}  {br if br is not None else 'n/a':>9}")
tr, tg = sum(r[1] for r in rows), sum(r[2] for r in rows)
tb = sum(r[3] for r in rows) if brotli else "n/a"
print(f"{'TOTAL (' + str(len(rows)) + ' files)':<{w}}  {tr:>9}  {tg:>9}  {tb:>9}")
if not brotli:
    print("brotli: python module not installed (pip install brotli) so brotli sizes are n/a")
