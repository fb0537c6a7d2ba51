#!/usr/bin/env python3
"""Code bytes per crate of a wasm file that still has its name section.

Usage: wasm_crates.py FILE.wasm [TOP]

Give it the app's wasm before wasm-opt strips the names, demangled by wasm-bindgen
(`make size` does). A function is charged to the first `crate::` path in its name,
so `<yew::X as core::fmt::Debug>::fmt` counts for yew, and the bodies of our own
components (instantiated inside Yew's lifecycle) count for yew too: read the figures
as where code lands, not who wrote it. Raw bytes, before compression.
"""
import re
import sys
from collections import Counter


def leb(data, i):
    result = shift = 0
    while True:
        b = data[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, i


def sections(data):
    i = 8
    while i < len(data):
        sid = data[i]
        size, j = leb(data, i + 1)
        yield sid, data[j : j + size]
        i = j + size


def main():
    data = open(sys.argv[1], "rb").read()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    imported = 0
    bodies = []
    names = {}
    data_bytes = 0
    for sid, body in sections(data):
        if sid == 2:  # imports
            n, i = leb(body, 0)
            for _ in range(n):
                for _ in range(2):
                    ln, i = leb(body, i)
                    i += ln
                kind = body[i]
                i += 1
                if kind == 0:
                    _, i = leb(body, i)
                    imported += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 2:
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 3:
                    i += 2
        elif sid == 10:  # code
            n, i = leb(body, 0)
            for _ in range(n):
                size, j = leb(body, i)
                bodies.append(size + (j - i))
                i = j + size
        elif sid == 11:
            data_bytes = len(body)
        elif sid == 0:
            ln, i = leb(body, 0)
            if body[i : i + ln] != b"name":
                continue
            i += ln
            while i < len(body):
                sub = body[i]
                size, j = leb(body, i + 1)
                if sub == 1:
                    n, k = leb(body, j)
                    for _ in range(n):
                        idx, k = leb(body, k)
                        ln2, k = leb(body, k)
                        names[idx] = body[k : k + ln2].decode("utf-8", "replace")
                        k += ln2
                i = j + size
    per = Counter()
    for n, size in enumerate(bodies):
        name = names.get(n + imported, "?")
        m = re.search(r"([A-Za-z_][A-Za-z0-9_]*)::", name)
        per[m.group(1) if m else "(unnamed)"] += size
    total = sum(bodies)
    print(f"code {total} bytes in {len(bodies)} functions; data segments {data_bytes} bytes")
    for crate, size in per.most_common(top):
        print(f"{crate:<28} {size:>8}  {100 * size / total:5.1f}%")


main()
