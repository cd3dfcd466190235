#!/usr/bin/env python3
"""bench/report.py: turn the BENCH lines of one scripts/bench run into RESULTS.md and results.json.

    report.py RAW.jsonl META.json OUT.md OUT.json

RAW.jsonl holds one JSON object per repetition and metric, as the benchmark programs
print them (impl, workload, metric, value, n, rep). META.json says how the run was made
(machine, date, commands, quick or not, page figures). Only the standard library.
"""
import json
import statistics
import sys

# [SECTION] What the table shows ---------------------------------------------------------

IMPLS = [
    ("taskplay-native", "taskplay native"),
    ("taskplay-wasm", "taskplay wasm (node)"),
    ("beam-s1", "BEAM +S 1:1"),
    ("beam-default", "BEAM default"),
    ("caf-1", "CAF 1 worker"),
    ("caf-default", "CAF default"),
]

# (key, label, workload, metric, unit, better) in table order.
# better: "lower" (a time or a size) or "higher" (a rate).
ROWS = [
    ("1", "spawn + exit of a trivial process", "spawn", "ns_per_process", "ns/process", "lower"),
    ("1b", "Task.async + Task.await, trivial task", "task", "ns_per_task", "ns/task", "lower"),
    ("2", "memory per idle process (in receive)", "memory", "bytes_per_process", "bytes/process", "lower"),
    ("2s", "memory per idle process spawned in the shell (`spawn(f)`, f a fn in receive)", "lang_memory", "bytes_per_process", "bytes/process", "lower"),
    ("3", "ping-pong, per message", "pingpong", "ns_per_msg", "ns/message", "lower"),
    ("4", "Fib.of(27) in a process", "fib", "ms_in_process", "ms", "lower"),
    ("4p", "fib(27), plain C++ recursion", "fib", "ms_plain_cpp", "ms", "lower"),
    ("4s", "Fib.of(27) typed in the shell (the language)", "lang_fib", "ms", "ms", "lower"),
    ("5", "crash along a link chain, per hop", "chain", "ns_per_hop", "ns/hop", "lower"),
    ("6", "supervisor restart (10,000 in a 5 s window)", "supervisor", "us_per_restart", "µs/restart", "lower"),
    ("7", "1,000 tasks of Fib.of(15), awaited", "tasks_fib", "ms_total", "ms", "lower"),
    ("9", "GenServer.call round trip (a counter server)", "gen_call", "ns_per_call", "ns/call", "lower"),
    ("10", "GenServer.cast, per cast handled", "gen_cast", "ns_per_cast", "ns/cast", "lower"),
    ("11", "race explorer: schedules explored per second (lost-update preset)", "explore", "schedules_per_s", "schedules/s", "higher"),
    ("12", "program: list work over 1,000,000 elements (bench/programs/lists.exs), whole process", "prog_lists", "ms_whole", "ms", "lower"),
    ("13", "program: the book's chain of 100,000 processes (chain.exs), whole process", "prog_chain", "ms_whole", "ms", "lower"),
    ("14", "program: the book's chain of 1,000,000 processes (+P 2000000), whole process", "prog_chain_1m", "ms_whole", "ms", "lower"),
    ("14m", "program: the chain of 1,000,000, peak resident memory", "prog_chain_1m", "mb_resident", "MB", "lower"),
    ("15", "program: parallel map over 20,000 elements, a process each (pmap.exs), whole process", "prog_pmap", "ms_whole", "ms", "lower"),
    ("16", "`taskplay test` / `mix test` on tests/cli/project (ExUnit: 2 files, 5 tests), whole process", "prog_test", "ms_whole", "ms", "lower"),
    ("17", "program: word count and 100,000 puts/updates/deletes on one map (bench/programs/maps.exs), whole process", "prog_maps", "ms_whole", "ms", "lower"),
]
# The programs (rows 12-17) run as the CLI and `elixir`: no wasm CLI, no CAF peer.
PROGRAMS = ("prog_lists", "prog_maps", "prog_chain", "prog_chain_1m", "prog_pmap", "prog_test")

# What CAF lacks, said in the table instead of a number.
NOT_APPLICABLE = {
    ("caf-1", "fib"): "n/a¹",
    ("caf-default", "fib"): "n/a¹",
    ("caf-1", "supervisor"): "n/a²",
    ("caf-default", "supervisor"): "n/a²",
    ("caf-1", "gen_call"): "n/a³",
    ("caf-default", "gen_call"): "n/a³",
    ("caf-1", "gen_cast"): "n/a³",
    ("caf-default", "gen_cast"): "n/a³",
    ("taskplay-wasm", "memory_rss"): "n/a",
    ("beam-s1", "explore"): "n/a⁴",
    ("beam-default", "explore"): "n/a⁴",
    ("caf-1", "explore"): "n/a⁴",
    ("caf-default", "explore"): "n/a⁴",
    **{(impl, w): "n/a⁵" for w in PROGRAMS for impl in ("taskplay-wasm", "caf-1", "caf-default")},
}

# Rows whose peers are read off another workload: the BEAM's figure for "Fib typed in the
# shell" is its Fib.of(27) of row 4 (iex evaluates `Fib.of(27)` by calling the compiled
# module, which is what the row-4 program times); a BEAM process spawned from iex with a
# fn costs what row 2's does (both are a process waiting in receive).
PEER_SOURCE = {"4s": ("fib", "ms_in_process"), "2s": ("memory", "bytes_per_process")}


def source(key, impl, workload, metric):
    """The (workload, metric) a table cell of row KEY reads for IMPL."""
    if key in PEER_SOURCE and not impl.startswith("taskplay"):
        return PEER_SOURCE[key]
    return workload, metric

# The targets of issues 3 and 4, read off the table. (row key, impl, peer, kind, factor)
# kind "faster": peer_time / impl_time >= factor; "smaller": impl / peer <= factor;
# "within": impl / plain <= factor.
TARGETS = [
    ("1", "taskplay-native", "beam-s1", "faster", 5, "issue 3: spawn+exit natively >= 5x BEAM +S 1:1"),
    ("3", "taskplay-native", "beam-s1", "faster", 5, "issue 3: message round trips natively >= 5x BEAM +S 1:1"),
    ("5", "taskplay-native", "beam-s1", "faster", 5, "issue 3: crash propagation natively >= 5x BEAM +S 1:1"),
    ("6", "taskplay-native", "beam-s1", "faster", 5, "issue 4: supervisor restarts/s natively >= 5x BEAM"),
    ("1b", "taskplay-native", "beam-s1", "faster", 5, "issue 4: Task.async+await natively >= 5x BEAM"),
    ("2", "taskplay-native", "beam-s1", "smaller", 0.25, "issue 3: memory per idle process < 1/4 of the BEAM's"),
    ("1", "taskplay-wasm", "beam-s1", "faster", 2, "issue 3: spawn+exit as wasm >= 2x BEAM"),
    ("3", "taskplay-wasm", "beam-s1", "faster", 2, "issue 3: round trips as wasm >= 2x BEAM"),
    ("5", "taskplay-wasm", "beam-s1", "faster", 2, "issue 3: crash propagation as wasm >= 2x BEAM"),
    ("1b", "taskplay-wasm", "beam-s1", "faster", 2, "issue 4: Task.async+await as wasm >= 2x BEAM"),
    ("6", "taskplay-wasm", "beam-s1", "faster", 2, "issue 3/4: supervisor restarts as wasm >= 2x BEAM"),
    ("9", "taskplay-native", "beam-s1", "faster", 5, "issue 12: GenServer.call round trips natively >= 5x BEAM"),
    ("10", "taskplay-native", "beam-s1", "faster", 5, "issue 12: GenServer.cast throughput natively >= 5x BEAM"),
    ("9", "taskplay-wasm", "beam-s1", "faster", 2, "issue 12: GenServer.call round trips as wasm >= 2x BEAM"),
    ("10", "taskplay-wasm", "beam-s1", "faster", 2, "issue 12: GenServer.cast throughput as wasm >= 2x BEAM"),
    ("4", "taskplay-native", "plain", "within", 3, "issue 3: Fib.of(27) in a process within 3x plain C++"),
    ("4s", "taskplay-native", "beam-s1", "faster", 0.1, "issue 5: Fib.of(27) typed in the shell within 10x of the BEAM"),
]

NOISE = 1.5  # differences under 1.5x are noise on this machine


# [SECTION] Numbers ---------------------------------------------------------------------

def load(raw_path):
    series = {}  # (impl, workload, metric) -> {"values": [...], "n": n}
    with open(raw_path) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            key = (r["impl"], r["workload"], r["metric"])
            s = series.setdefault(key, {"values": [], "n": r.get("n")})
            s["values"].append(float(r["value"]))
    for s in series.values():
        v = s["values"]
        s["median"] = statistics.median(v)
        s["min"] = min(v)
        s["max"] = max(v)
    return series


def fmt(x):
    if x is None:
        return "–"
    a = abs(x)
    if a >= 1000:
        return f"{x:,.0f}"
    if a >= 100:
        return f"{x:.0f}"
    if a >= 10:
        return f"{x:.1f}"
    if a >= 1:
        return f"{x:.2f}"
    return f"{x:.3g}"


def cell(series, impl, workload, metric):
    na = NOT_APPLICABLE.get((impl, workload))
    if na:
        return na
    if impl == "taskplay-native" and metric == "ms_plain_cpp":
        pass
    s = series.get((impl, workload, metric))
    if not s:
        return "pending" if impl.startswith("taskplay") or impl.startswith("beam") else "–"
    if len(s["values"]) == 1:
        return fmt(s["median"])
    return f"{fmt(s['median'])} ({fmt(s['min'])}–{fmt(s['max'])})"


def median_of(series, impl, workload, metric):
    s = series.get((impl, workload, metric))
    return s["median"] if s else None


def min_ratio(series, impl, peer, key, workload, metric):
    """Peer's fastest repetition over ours: on a loaded machine noise only adds time."""
    a = series.get((impl, workload, metric))
    b = series.get((peer, *source(key, peer, workload, metric)))
    return b["min"] / a["min"] if a and b and a["min"] > 0 else None


def ratio_text(r):
    """A speed ratio (peer time / our time) as text, with the noise band called out."""
    if r is None:
        return "–"
    if 1 / NOISE < r < NOISE:
        return f"{r:.2f}× (≈, noise)"
    return f"{r:.1f}×" if r >= 1 else f"{r:.2f}×"


# [SECTION] Writing ------------------------------------------------------------------------

def main():
    raw, meta_path, out_md, out_json = sys.argv[1:5]
    series = load(raw)
    with open(meta_path) as f:
        meta = json.load(f)
    row_by_key = {r[0]: r for r in ROWS}

    md = []
    quick = meta.get("quick")
    md.append("# taskplay benchmarks" + (" (quick mode: tiny sizes, NOT figures)" if quick else ""))
    md.append("")
    md.append("Written by `scripts/bench`" + (" --quick" if quick else "") +
              f" on {meta['date']}, at taskplay {meta['revision']}. Do not edit by hand: rerun the script.")
    md.append("")
    md.append("## The machine")
    md.append("")
    md.append(f"- CPU: {meta['cpu']} × {meta['nproc']} (`nproc` = {meta['nproc']}); {meta['mem']} RAM; {meta['os']}")
    md.append(f"- Load average before the run: {meta['load_before']}; after: {meta.get('load_after', '?')}")
    md.append("- **Shared vCPUs.** Figures move between runs, by 2× or more when other work runs at the same")
    md.append("  time (the load average above says how busy the machine was; the builds just before the")
    md.append("  runs account for up to 2 of it). Every figure is the median of several repetitions after a")
    md.append("  warm-up, with the min–max range in brackets; **treat differences under 1.5× as noise**.")
    md.append(f"- Peers: {meta['peers']}")
    md.append(f"- Repetitions: {meta['reps']} timed (after one untimed warm-up; none for memory, whose first")
    md.append("  repetition must run on a fresh process)")
    md.append("")

    # -- the table
    md.append("## Results")
    md.append("")
    md.append("Median (min–max) of the repetitions. Lower is better everywhere (times and sizes).")
    md.append("Ratios are the BEAM `+S 1:1` figure divided by taskplay's: above 1, taskplay is faster")
    md.append("(for memory: taskplay's bytes over the BEAM's, below 1 is smaller).")
    md.append("")
    head = ["#", "workload", "unit"] + [label for _, label in IMPLS] + \
        ["native vs BEAM 1:1", "wasm vs BEAM 1:1", "native vs CAF 1"]
    md.append("| " + " | ".join(head) + " |")
    md.append("|" + "|".join(["---"] * len(head)) + "|")
    ratios = []
    for key, label, workload, metric, unit, better in ROWS:
        cells = [key, label, unit]
        for impl, _ in IMPLS:
            if key == "4p":
                # plain C++ is measured by the taskplay programs (native and wasm) only
                cells.append(cell(series, impl, workload, metric) if impl.startswith("taskplay") else "")
            else:
                cells.append(cell(series, impl, *source(key, impl, workload, metric)))
        if key == "4p":
            cells += ["", "", ""]
        else:
            native = median_of(series, "taskplay-native", workload, metric)
            wasm = median_of(series, "taskplay-wasm", workload, metric)
            beam = median_of(series, "beam-s1", *source(key, "beam-s1", workload, metric))
            caf = median_of(series, "caf-1", *source(key, "caf-1", workload, metric))
            row_ratios = {}
            for name, ours, peer in (("native_vs_beam_s1", native, beam), ("wasm_vs_beam_s1", wasm, beam),
                                     ("native_vs_caf_1", native, caf)):
                r = (peer / ours) if (ours and peer) else None
                if workload == "memory" and r is not None:
                    r = ours / peer  # a size: ours over theirs
                row_ratios[name] = r
                if workload == "memory":
                    cells.append("–" if r is None else f"{r:.2f}×")
                else:
                    cells.append(ratio_text(r))
            ratios.append({"row": key, "workload": workload, "metric": metric, **row_ratios})
        md.append("| " + " | ".join(cells) + " |")
    md.append("")
    md.append("¹ A CAF actor is not preemptible: Fib in an actor is the plain C++ function holding a")
    md.append("worker thread, so CAF's figure is row 4p. ² CAF has no supervisors (no restart strategies,")
    md.append("no child specs). Row 1b for CAF is its nearest idiom: spawn an actor, `request` it, receive")
    md.append("the response. Row 7 for CAF: 1,000 actors each computing fib(15) in plain C++ and sending")
    md.append("it back. Row 4s: the chapter's `Fib` module typed into taskplay's shell, then `Fib.of(27)`")
    md.append("typed there, timed from the line to its printed result (`taskplay_lang_bench`); its BEAM")
    md.append("figures are row 4's, since iex runs `Fib.of(27)` by calling the compiled module.")
    md.append("Rows 9 and 10: the counter server of bench/beam/counter.exs (taskplay: the same callbacks in")
    md.append("C++ on its one GenServer loop); ³ CAF has no GenServer. Row 11: `taskplay explore` on")
    md.append("scenarios/19_race_lost_update.exs with the default bounds (186 schedules, each compiling and")
    md.append("running the program on a fresh runtime; docs/races.md); ⁴ neither the BEAM nor CAF explores")
    md.append("schedules (Concuerror, the BEAM's tool for it, is not packaged for Debian).")
    md.append("Rows 12-17: the same .exs programs (bench/programs/) run by `taskplay run` (native, Release)")
    md.append("and by `elixir`, each timed as a whole process, start to exit, boot included: what a person")
    md.append("waits for. (Inside a program taskplay's `:timer.tc` reads the run's work clock, 1 ms per")
    md.append("100,000 reductions, docs/time.md, so only whole-process times compare.) Row 16 runs `mix")
    md.append("test` (BEAM 1:1 through `ELIXIR_ERL_OPTIONS=\"+S 1:1\"`), compiled by the untimed warm-up.")
    md.append("⁵ The CLI is not built for wasm, and CAF runs no Elixir.")
    md.append("")

    # -- extra figures
    md.append("### More figures")
    md.append("")
    extra = [
        ("trace on: spawn + exit (ns/process)", "taskplay-native-trace", "spawn", "ns_per_process"),
        ("trace on: ping-pong (ns/message)", "taskplay-native-trace", "pingpong", "ns_per_msg"),
        ("Fib.of(27) in a process / plain C++, native (ratio)", "taskplay-native", "fib", "ratio_to_plain"),
        ("Fib.of(27) in a process / plain C++, wasm (ratio)", "taskplay-wasm", "fib", "ratio_to_plain"),
        ("memory: resident-set growth per idle process, native (bytes)", "taskplay-native", "memory", "rss_bytes_per_process"),
        ("memory: sizeof(Process) (bytes)", "taskplay-native", "memory", "sizeof_process"),
        ("memory: resident-set growth per idle process spawned in the shell, native (bytes)", "taskplay-native", "lang_memory", "rss_bytes_per_process"),
        ("memory: linear-memory growth per idle process spawned in the shell, wasm (bytes)", "taskplay-wasm", "lang_memory", "rss_bytes_per_process"),
        ("memory: Process.info(pid, :memory) of one idle BEAM process (bytes)", "beam-s1", "memory", "process_info_memory"),
        ("memory: CAF resident-set growth per idle actor, 1 worker (bytes)", "caf-1", "memory", "rss_bytes_per_process"),
        ("chain: building the chain, native (ns/link)", "taskplay-native", "chain", "ns_per_link_built"),
        ("chain: building the chain, BEAM +S 1:1 (ns/link)", "beam-s1", "chain", "ns_per_link_built"),
        ("supervisor: restarts per second, native", "taskplay-native", "supervisor", "restarts_per_s"),
        ("supervisor: restarts per second, wasm", "taskplay-wasm", "supervisor", "restarts_per_s"),
        ("supervisor: restarts per second, BEAM +S 1:1", "beam-s1", "supervisor", "restarts_per_s"),
        ("supervisor: restarts per second, BEAM default", "beam-default", "supervisor", "restarts_per_s"),
    ]
    md.append("| figure | median (min–max) |")
    md.append("|---|---|")
    for label, impl, workload, metric in extra:
        md.append(f"| {label} | {cell(series, impl, workload, metric)} |")
    costs = []
    for workload, metric, what in (("spawn", "ns_per_process", "spawn + exit"), ("pingpong", "ns_per_msg", "ping-pong")):
        on = median_of(series, "taskplay-native-trace", workload, metric)
        off = median_of(series, "taskplay-native", workload, metric)
        if on and off:
            costs.append(f"{on / off:.1f}× on {what}")
    if costs:
        md.append("")
        md.append("The trace (RuntimeOptions.trace, on in the playground) costs " + " and ".join(costs) + ";")
        md.append("every other figure here is with the trace off.")
    md.append("")

    # -- targets
    md.append("## Targets (issues 3, 4, 5 and 6)")
    md.append("")
    md.append("The verdict reads the ratio of medians; the ratio of the fastest repetitions (\"minima\")")
    md.append("is shown beside it because on a loaded machine noise only ever adds time.")
    md.append("")
    md.append("| target | measured | verdict |")
    md.append("|---|---|---|")
    verdicts = []
    for key, impl, peer, kind, factor, text in TARGETS:
        _, _, workload, metric, _, _ = row_by_key[key]
        ours = median_of(series, impl, workload, metric)
        if kind == "within":
            ratio = median_of(series, impl, workload, "ratio_to_plain")
            measured = None if ratio is None else ratio
            ok = None if ratio is None else ratio <= factor
            shown = "–" if ratio is None else f"{ratio:.1f}× plain C++"
            by = None if ratio is None or ok else ratio / factor
        else:
            theirs = median_of(series, peer, *source(key, peer, workload, metric))
            if ours is None or theirs is None:
                measured, ok, shown, by = None, None, "pending", None
            elif kind == "faster":
                measured = theirs / ours
                ok = measured >= factor
                if factor < 1:  # a slowdown allowed: say it as one
                    shown = f"{1 / measured:.1f}× the BEAM's time (allowed: {1 / factor:.0f}×)"
                else:
                    shown = f"{measured:.1f}× the BEAM"
                best = min_ratio(series, impl, peer, key, workload, metric)
                if best and factor < 1:
                    shown += f" (minima: {1 / best:.1f}×)"
                elif best:
                    shown += f" (minima: {best:.1f}×)"
                by = None if ok else factor / measured
            else:
                measured = ours / theirs
                ok = measured <= factor
                shown = f"{measured:.2f}× the BEAM's"
                by = None if ok else measured / factor
        if ok is None:
            verdict = "pending"
        elif ok:
            verdict = "holds" + (" (within the noise band: rerun)" if measured and kind == "faster" and measured < factor * NOISE else "")
        else:
            verdict = f"**missed**, by {by:.1f}×" + (" (within the noise band)" if by < NOISE else "")
        verdicts.append({"target": text, "measured": measured, "verdict": verdict})
        md.append(f"| {text} | {shown} | {verdict} |")
    page = meta.get("page") or {}
    for label, k, fmtx in (("page: fps while Fib.of(45) runs (>= 30)", "fps_fib45", "{:.0f} fps"),
                           ("page: fps with 10,000 runnable processes (>= 30)", "fps_10k", "{:.0f} fps"),
                           ("page: fps while a million processes are spawned (>= 30)", "fps_spawning_1m", "{:.0f} fps")):
        v = page.get(k)
        verdict = "pending" if v is None else ("holds" if v >= 30 else f"**missed**, by {30 / v:.1f}×")
        md.append(f"| {label} | {'pending' if v is None else fmtx.format(v)} | {verdict} |")
        verdicts.append({"target": label, "measured": v, "verdict": verdict})
    md.append("")
    md.append("Where a target is missed, `bench/ANALYSIS.md` says where the time goes (profiles) and what")
    md.append("to change; it describes the run it was written for, so check its date against this one.")
    md.append("")

    # -- the page
    md.append("## 8. The page (headless Chromium, software GL)")
    md.append("")
    if page.get("status") == "measured":
        md.append(f"Page: `{page.get('dir')}`, taskplay {page.get('revision', '?')}.")
        md.append("")
        md.append("| figure | value |")
        md.append("|---|---|")
        md.append(f"| time to first frame | {page.get('first_frame_ms', 0):.0f} ms (median of {page.get('loads', '?')} loads) |")
        md.append(f"| fps, idle playground | {page.get('fps_idle', 0):.1f} |")
        md.append(f"| fps while Fib.of(45) runs | {fmt(page.get('fps_fib45')) if page.get('fps_fib45') is not None else 'pending³'} |")
        md.append(f"| fps with 10,000 runnable processes | {fmt(page.get('fps_10k')) if page.get('fps_10k') is not None else 'pending³'} |")
        for label, k, unit in (("fps, 100,000 processes waiting in receive", "fps_idle_100k", ""),
                               ("fps, 1,000,000 processes waiting in receive (within 10% of idle)", "fps_idle_1m", ""),
                               ("fps while the million are spawned (>= 30)", "fps_spawning_1m", ""),
                               ("time to spawn 100,000 in the page", "spawn_100k_s", " s"),
                               ("time to spawn 1,000,000 in the page", "spawn_1m_s", " s")):
            v = page.get(k)
            md.append(f"| {label} | {f'{v:.1f}{unit}' if v is not None else 'pending'} |")
        md.append(f"| bundle, gzipped (index.html + index.js + index.wasm, gzip -9) | {page.get('gzip_total', 0):,} bytes |")
        md.append("")
        split = [(label, page.get(k)) for label, k in (("idle", "frame_ms_idle"), ("Fib.of(45) running", "frame_ms_fib45"),
                                                        ("10,000 runnable processes", "frame_ms_10k"),
                                                        ("100,000 waiting in receive", "frame_ms_idle_100k"),
                                                        ("1,000,000 waiting in receive", "frame_ms_idle_1m"))]
        if any(v for _, v in split):
            md.append("Where a frame's time goes on the page's main thread (ms, as the page measures it,")
            md.append("averaged over the last frames): the scheduler's slice, building the panels (Dear ImGui")
            md.append("included), and handing the draw lists to WebGL (which includes waiting for the GPU")
            md.append("process). The rest of a frame's 1000/fps ms is the browser's and SwiftShader's.")
            md.append("")
            md.append("| workload | scheduler | panels | WebGL | total | 1000/fps |")
            md.append("|---|---|---|---|---|---|")
            fps_of = {"idle": page.get("fps_idle"), "Fib.of(45) running": page.get("fps_fib45"),
                      "10,000 runnable processes": page.get("fps_10k"),
                      "100,000 waiting in receive": page.get("fps_idle_100k"),
                      "1,000,000 waiting in receive": page.get("fps_idle_1m")}
            for label, v in split:
                if not v:
                    continue
                total = v["scheduler"] + v["ui"] + v["gl"]
                f = fps_of.get(label)
                md.append(f"| {label} | {v['scheduler']:.1f} | {v['ui']:.1f} | {v['gl']:.1f} | {total:.1f} | "
                          f"{(1000 / f) if f else 0:.1f} |")
            md.append("")
        if page.get("pending_reason"):
            md.append("³ " + page["pending_reason"])
            md.append("")
    else:
        md.append("Pending: " + page.get("reason", "the page was not measured in this run."))
        md.append("")

    # -- commands
    md.append("## Exactly what ran")
    md.append("")
    md.append("```")
    for c in meta["commands"]:
        md.append(c)
    md.append("```")
    md.append("")
    md.append("Each program prints one `BENCH {...}` line per repetition and metric; `bench/report.py` takes")
    md.append("the medians. Every repetition's value is in `bench/results.json` (`results[].values`).")
    md.append("")
    md.append("## How each workload is measured")
    md.append("")
    for line in meta.get("method", []):
        md.append(line)
    md.append("")

    with open(out_md, "w") as f:
        f.write("\n".join(md))

    out = {
        "meta": meta,
        "results": [
            {"impl": k[0], "workload": k[1], "metric": k[2], "n": s["n"], "median": s["median"],
             "min": s["min"], "max": s["max"], "values": s["values"]}
            for k, s in sorted(series.items())
        ],
        "ratios": ratios,
        "targets": verdicts,
    }
    with open(out_json, "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
