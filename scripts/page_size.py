#!/usr/bin/env python3
"""page_size.py PAGE_DIR NAMED_WASM TOP: the report scripts/page-size prints.

PAGE_DIR holds the page as built (index.js, index.wasm); NAMED_WASM is the same link
with a name section (--profiling-funcs). Standard library only.
"""
import collections
import gzip
import re
import sys

SECTIONS = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
            6: "global", 7: "export", 8: "start", 9: "elem", 10: "code", 11: "data",
            12: "datacount", 13: "tag"}

# Owner of a function, from its (demangled) name: first match wins.
OWNERS = [
    ("PCRE2 (inside taskplay's regex wrapper)", r"^taskplay::lang::regex::"),
    ("PCRE2", r"pcre2|^(compile_regex|compile_branch|parse_regex|match|match_ref|"
              r"find_fixedlength|get_branchlength|find_minlength|set_start_bits|"
              r"auto_possessify|compare_opcodes|check_lookbehinds|add_to_class|"
              r"add_list_to_class|do_callout|internal_dfa_match|is_startline|is_anchored|"
              r"find_recurse|get_ucp|manage_callouts|read_repeat_counts|scan_for_captures)\b"),
    ("SDL2", r"SDL|^Blit|^Emscripten_|^SDL_"),
    ("Dear ImGui", r"^Im|^ImGui|^stb|^stbtt|^stbrp|^STB"),
    ("taskplay UI (ui/, web/)", r"taskplay::ui|main_loop|^taskplay_"),
    ("taskplay language (lang/, prelude)", r"taskplay::lang"),
    ("taskplay runtime (core/)", r"taskplay::"),
    ("libc++ / libc++abi", r"^std::|^__cxa|^__cxxabiv1|^__cxx_|^operator new|^operator delete"),
]


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if not x & 0x80:
            return r, i


def sections(data):
    i = 8
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        yield sid, data[i:i + size]
        i += size


def imported_functions(body):
    count, j = leb(body, 0)
    n = 0
    for _ in range(count):
        for _ in range(2):
            length, j = leb(body, j)
            j += length
        kind = body[j]
        j += 1
        if kind == 0:
            _, j = leb(body, j)
            n += 1
        elif kind == 1:
            j += 1
            flags = body[j]
            _, j = leb(body, j + 1)
            if flags & 1:
                _, j = leb(body, j)
        elif kind == 2:
            flags = body[j]
            _, j = leb(body, j + 1)
            if flags & 1:
                _, j = leb(body, j)
        elif kind == 3:
            j += 2
        elif kind == 4:
            _, j = leb(body, j + 1)
    return n


def function_names(body):
    names = {}
    length, j = leb(body, 0)
    if body[j:j + length] != b"name":
        return names
    k = j + length
    while k < len(body):
        sub = body[k]
        size, k = leb(body, k + 1)
        if sub == 1:
            count, m = leb(body, k)
            for _ in range(count):
                idx, m = leb(body, m)
                length, m = leb(body, m)
                names[idx] = body[m:m + length].decode(errors="replace")
                m += length
        k += size
    return names


def gz(b):
    return len(gzip.compress(b, 9))


def main():
    page, named, top = sys.argv[1], sys.argv[2], int(sys.argv[3])
    js = open(f"{page}/index.js", "rb").read()
    wasm = open(f"{page}/index.wasm", "rb").read()
    print(f"page as built: index.js {len(js):,} bytes ({gz(js):,} gzipped), index.wasm "
          f"{len(wasm):,} ({gz(wasm):,} gzipped); js + wasm {gz(js) + gz(wasm):,} gzipped")
    print("\nwasm sections (the page as built):")
    for sid, body in sections(wasm):
        print(f"  {SECTIONS.get(sid, sid):10} {len(body):>10,} bytes {gz(body):>9,} gzipped")

    data = open(named, "rb").read()
    imports, names, bodies, segments = 0, {}, [], []
    for sid, body in sections(data):
        if sid == 2:
            imports = imported_functions(body)
        elif sid == 0:
            names.update(function_names(body))
        elif sid == 10:
            count, j = leb(body, 0)
            for f in range(count):
                length, j = leb(body, j)
                bodies.append((f + imports, body[j:j + length]))
                j += length
        elif sid == 11:
            count, j = leb(body, 0)
            for _ in range(count):
                flags, j = leb(body, j)
                if flags != 1:
                    if flags == 2:
                        _, j = leb(body, j)
                    while body[j] != 0x0B:
                        j += 1
                    j += 1
                length, j = leb(body, j)
                segments.append(body[j:j + length])
                j += length
    code = b"".join(b for _, b in bodies)
    code_gz = gz(code)
    owners = collections.Counter()
    rows = []
    for idx, body in bodies:
        name = names.get(idx, f"function {idx}")
        owner = next((o for o, pat in OWNERS if re.search(pat, name)), "other (libc, malloc, glue)")
        owners[owner] += len(body)
        rows.append((len(body), name))
    print(f"\ncode by owner ({len(code):,} bytes, {code_gz:,} gzipped; gzipped share estimated"
          " in proportion):")
    for owner, size in owners.most_common():
        print(f"  {owner:40} {size:>10,} bytes  ~{size * code_gz // len(code):>8,} gzipped")
    print(f"\nlargest functions (of {len(rows):,}):")
    for size, name in sorted(rows, reverse=True)[:top]:
        print(f"  {size:>8,}  {name[:150]}")
    blob = b"".join(segments)
    print(f"\ndata: {len(segments)} segments, {len(blob):,} bytes, {gz(blob):,} gzipped; largest:")
    for seg in sorted(segments, key=len, reverse=True)[:8]:
        text = re.sub(rb"[^ -~]", b".", seg[:60]).decode()
        print(f"  {len(seg):>8,} bytes {gz(seg):>8,} gzipped  {text}")


if __name__ == "__main__":
    main()
