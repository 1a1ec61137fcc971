"""Time whole ``accession`` processes against their floors; print ratios.

    python benchmarks/run.py [--runs N] [--quick] [--work DIR]

Every measurement is a fresh process started with the interpreter running this
script (``sys.executable -m accession_cli``), so it includes start-up, imports,
loading and printing, like a user's run. Compared commands are interleaved
(A B B A A B ...) so slow drift of the machine affects both alike; each figure
is the median of the runs, with the fastest and slowest run beside it. Peak
resident memory comes from the kernel's accounting of each child (wait4).

"Cold" means an empty parse cache (a fresh ACCESSION_CACHE_DIR per run); the
operating system's file cache stays warm, as it is for a user who just edited
a file. "Warm" means the parse cache was filled by an earlier run. The
benchmark never touches the user's own cache: it uses its own directory.

The datasets come from ``benchmarks/generate.py`` and are written once to the
work directory (a temporary one unless --work is given).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (a sibling script, not a package)

FLOOR_CODE = "import typer, rich.console, rich.table, yaml"
YAML_ONLY_CODE = (
    "import pathlib, sys, yaml\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.yaml')):\n"
    "    yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader)\n"
)
#: The floor of target 9: a process that writes the export's rows, already in
#: SQLite's types, into a new database with the export's own tables (the file
#: written by export_rows below), as one transaction without a journal.
SQLITE_ONLY_CODE = (
    "import marshal, os, sqlite3, sys\n"
    "with open(sys.argv[1], 'rb') as handle:\n"
    "    tables = marshal.load(handle)\n"
    "if os.path.exists(sys.argv[2]):\n"
    "    os.remove(sys.argv[2])\n"
    "db = sqlite3.connect(sys.argv[2], isolation_level=None)\n"
    "db.execute('PRAGMA journal_mode = OFF')\n"
    "db.execute('PRAGMA synchronous = OFF')\n"
    "db.execute('BEGIN')\n"
    "for create, insert, rows in tables:\n"
    "    db.execute(create)\n"
    "    db.executemany(insert, rows)\n"
    "db.execute('COMMIT')\n"
    "db.close()\n"
)
MIB = 1024 * 1024
#: Runs ``python -m accession_cli ARGS`` and writes the process's peak resident
#: memory (VmHWM: of this program only) to the file named by $BENCH_PEAK_FILE.
#: The kernel's ru_maxrss would also count the memory of the benchmark process
#: the child was forked from, before it became Python.
PEAK_PRELUDE = (
    "import atexit, os, runpy, sys\n"
    "def peak():\n"
    "    with open('/proc/self/status') as status:\n"
    "        line = next(l for l in status if l.startswith('VmHWM:'))\n"
    "    with open(os.environ['BENCH_PEAK_FILE'], 'w') as out:\n"
    "        out.write(str(int(line.split()[1]) * 1024))\n"
    "atexit.register(peak)\n"
)
PEAK_RUNNER = (
    PEAK_PRELUDE + "sys.argv = ['accession', *sys.argv[1:]]\n"
    "runpy.run_module('accession_cli', run_name='__main__', alter_sys=True)\n"
)


@dataclass
class Sample:
    seconds: list[float] = field(default_factory=list)
    #: user + system CPU time of each run (less disturbed by a busy machine)
    cpu: list[float] = field(default_factory=list)
    #: peak resident set size of each run, bytes
    rss: list[int] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def spread(self) -> str:
        return f"{min(self.seconds) * 1000:.0f}–{max(self.seconds) * 1000:.0f}"

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    @property
    def rss_median(self) -> float:
        return statistics.median(self.rss) / MIB


@dataclass
class Command:
    label: str
    argv: list[str]
    env: dict[str, str]
    cwd: Path
    #: called before each run (e.g. to give the run an empty cache)
    fresh_cache: Path | None = None
    ok_codes: tuple[int, ...] = (0,)
    #: argv writes its peak memory to $BENCH_PEAK_FILE (see PEAK_RUNNER)
    peak: bool = False


def run_once(command: Command, sample: Sample, scratch: Path) -> None:
    env = dict(command.env)
    if command.fresh_cache is not None:
        cold = Path(tempfile.mkdtemp(prefix="cold-", dir=scratch))
        env["ACCESSION_CACHE_DIR"] = str(cold)
    if command.peak:
        env["BENCH_PEAK_FILE"] = str(scratch / "peak")
    start = time.perf_counter()
    process = subprocess.Popen(
        command.argv,
        cwd=command.cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    stderr = process.stderr.read()
    process.stderr.close()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if command.fresh_cache is not None:
        shutil.rmtree(env["ACCESSION_CACHE_DIR"], ignore_errors=True)
    if process.returncode not in command.ok_codes:
        text = stderr.decode("utf-8", "replace").strip()
        raise SystemExit(
            f"benchmark aborted: {command.label} exited {process.returncode}\n"
            f"  command: {' '.join(command.argv)}\n  {text}"
        )
    sample.seconds.append(elapsed)
    sample.cpu.append(usage.ru_utime + usage.ru_stime)
    if command.peak:
        sample.rss.append(int((scratch / "peak").read_text()))
    else:  # includes what the child inherited from this process before exec
        sample.rss.append(usage.ru_maxrss * 1024)  # KiB on Linux


def compare(commands: Sequence[Command], runs: int, scratch: Path) -> list[Sample]:
    """Interleave: A B, B A, A B, ... so drift cancels; one warm-up each first."""
    samples = [Sample() for _ in commands]
    for command in commands:
        run_once(command, Sample(), scratch)  # warm-up (and fills a warm cache)
    for index in range(runs):
        order = list(range(len(commands)))
        if index % 2:
            order.reverse()
        for position in order:
            run_once(commands[position], samples[position], scratch)
    return samples


class Bench:
    def __init__(self, work: Path, runs: int) -> None:
        self.work = work
        self.runs = runs
        self.scratch = work / "scratch"
        self.scratch.mkdir(parents=True, exist_ok=True)
        self.neutral = work / "cwd"  # no ./data here: resolution falls to the bundled data
        self.neutral.mkdir(exist_ok=True)
        self.warm_cache = work / "cache"
        env = {k: v for k, v in os.environ.items() if not k.startswith("ACCESSION_")}
        env["ACCESSION_CACHE_DIR"] = str(self.warm_cache)
        env["COLUMNS"] = "80"
        env.pop("NO_COLOR", None)
        self.env = env
        self.accession = [sys.executable, "-m", "accession_cli"]

    def dataset(self, n: int) -> Path:
        n = min(n, generate.MAX_COUNTRIES)
        path = self.work / f"data-{n}"
        if not (path / "dataset.yaml").is_file():
            if path.exists():
                shutil.rmtree(path)
            generate.generate(n, path)
        return path

    def cmd(
        self,
        label: str,
        *args: str,
        cold: bool = False,
        ok: tuple[int, ...] = (0,),
        peak: bool = False,
    ) -> Command:
        start = [sys.executable, "-c", PEAK_RUNNER] if peak else self.accession
        return Command(
            label,
            [*start, *args],
            self.env,
            self.neutral,
            fresh_cache=self.scratch if cold else None,
            ok_codes=ok,
            peak=peak,
        )

    def floor(self, *, peak: bool = False) -> Command:
        code = PEAK_PRELUDE + FLOOR_CODE if peak else FLOOR_CODE
        return Command(
            "import floor", [sys.executable, "-c", code], self.env, self.neutral, peak=peak
        )

    def yaml_only(self, data: Path) -> Command:
        return Command(
            "CSafeLoader only",
            [sys.executable, "-c", YAML_ONLY_CODE, str(data)],
            self.env,
            self.neutral,
        )

    def sqlite_only(self, data: Path) -> Command:
        """Target 9's floor: the same rows written into SQLite by a bare process."""
        import marshal

        from accession_cli.core.analysis.export import build_export
        from accession_cli.core.analysis.views import CountryFilter
        from accession_cli.core.data.loader import load_dataset
        from accession_cli.render.export.sqlite import _cell, _names, create_table_sql, quote

        dataset = load_dataset(data).dataset
        assert dataset is not None
        tables = []
        for table in build_export(dataset, CountryFilter()).tables:
            marks = ", ".join("?" * len(table.columns))
            insert = (
                f"INSERT INTO {quote(table.name)} ({_names(table.column_names())}) VALUES ({marks})"
            )
            rows = [tuple(_cell(v) for v in row) for row in table.rows]
            tables.append((create_table_sql(table), insert, rows))
        rows_file = self.work / f"rows-{data.name}.marshal"
        rows_file.write_bytes(marshal.dumps(tables))
        return Command(
            "SQLite only",
            [
                sys.executable,
                "-c",
                SQLITE_ONLY_CODE,
                str(rows_file),
                str(self.scratch / "floor.db"),
            ],
            self.env,
            self.neutral,
        )

    def trial(self, command: Command) -> str | None:
        """None if the command runs; else the last line of its error output."""
        result = subprocess.run(command.argv, env=command.env, cwd=command.cwd, capture_output=True)
        if result.returncode in command.ok_codes:
            return None
        lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else f"exit {result.returncode}"

    def has_command(self, name: str) -> bool:
        result = subprocess.run(
            [*self.accession, name, "--help"],
            env=self.env,
            cwd=self.neutral,
            capture_output=True,
        )
        return result.returncode == 0

    def bundled_args(self) -> tuple[list[str], str]:
        """How to reach the bundled dataset: as installed, else the checkout's data/."""
        from accession_cli.core.data.loader import bundled_data

        if bundled_data() is not None:
            return [], "bundled dataset"
        checkout = HERE.parent / "data"
        return ["--data", str(checkout)], "bundled dataset (checkout's data/: editable install)"


@dataclass
class Row:
    label: str
    subject: Sample
    baseline: Sample
    baseline_label: str
    target: float

    def cells(self) -> list[str]:
        ratio = self.subject.median / self.baseline.median
        cpu_ratio = self.subject.cpu_median / self.baseline.cpu_median
        verdict = "ok" if ratio <= self.target else "above"
        return [
            self.label,
            f"{self.subject.median * 1000:.0f} ({self.subject.spread})",
            self.baseline_label,
            f"{self.baseline.median * 1000:.0f} ({self.baseline.spread})",
            f"{ratio:.2f}×",
            f"{cpu_ratio:.2f}×",
            f"≤ {self.target}×",
            verdict,
        ]


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = [
        "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |",
        "| " + " | ".join("-" * w for w in widths) + " |",
    ]
    lines += [
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--runs", type=int, default=None, help="timed runs per command (default 11; 5 with --quick)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer runs; scaling series up to N=100"
    )
    parser.add_argument(
        "--work", type=Path, help="keep datasets and caches here (default: a temporary directory)"
    )
    parser.add_argument("--no-scaling", action="store_true", help="skip the scaling series")
    parser.add_argument(
        "--only",
        type=lambda text: {int(part) for part in text.split(",")},
        help="only these targets, comma-separated (1-7, 9 = export, 10 = show N=249 vs N=50;"
        " 8 = the scaling series)",
    )
    args = parser.parse_args(argv)
    runs = args.runs or (5 if args.quick else 11)
    if runs < 1:
        parser.error("--runs must be at least 1")
    temporary = args.work is None
    work = Path(tempfile.mkdtemp(prefix="accession-bench-")) if temporary else args.work
    work.mkdir(parents=True, exist_ok=True)
    try:
        return _run(
            Bench(work.resolve(), runs),
            quick=args.quick,
            scaling=not args.no_scaling,
            only=args.only,
        )
    finally:
        if temporary:
            shutil.rmtree(work, ignore_errors=True)


def _run(bench: Bench, *, quick: bool, scaling: bool, only: set[int] | None = None) -> int:
    import accession_cli
    from accession_cli import __version__

    # Every run should load our modules' bytecode, as an installed tool does.
    # In a checkout with PYTHONDONTWRITEBYTECODE set (some CI images and
    # sandboxes set it), edited modules would otherwise be compiled from
    # source again in every timed process: several ms a module, not the tool's.
    compileall.compile_dir(Path(accession_cli.__file__).parent, quiet=2)  # unwritable: as is
    print(
        f"accession {__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; "
        f"{bench.runs} runs per command, median (min–max) in ms"
    )

    def wanted(target: int) -> bool:
        return only is None or target in only

    data200 = bench.dataset(200)
    size = sum(p.stat().st_size for p in data200.rglob("*.yaml")) / 1e6
    bundled, bundled_label = bench.bundled_args()
    floor = bench.floor()
    rows: list[Row] = []
    notes: list[str] = []

    # 1, 7: start-up on the bundled dataset (warm cache), --help
    if wanted(1) or wanted(7):
        floor_s, list_s, help_s = compare(
            [floor, bench.cmd("list", *bundled, "list"), bench.cmd("help", "--help")],
            bench.runs,
            bench.scratch,
        )
        rows.append(Row(f"1. list, {bundled_label}", list_s, floor_s, "import floor", 2.0))
        rows.append(Row("7. --help", help_s, floor_s, "import floor", 1.2))

    # 2: warm list on N=200
    if wanted(2):
        floor2, list200 = compare(
            [floor, bench.cmd("list", "--data", str(data200), "list")], bench.runs, bench.scratch
        )
        rows.append(Row("2. list, N=200, warm", list200, floor2, "import floor", 2.5))

    # 3: warm show of one country on N=200
    if wanted(3):
        code = sample_country(data200)
        floor3, show_s = compare(
            [floor, bench.cmd("show", "--data", str(data200), "show", code)],
            bench.runs,
            bench.scratch,
        )
        rows.append(Row(f"3. show {code}, N=200, warm", show_s, floor3, "import floor", 1.8))

    # 4: warm HTML report on N=200
    if wanted(4):
        report = bench.cmd("report", "--data", str(data200), "report", "--format", "html")
        problem = bench.trial(report)
        if problem is None:
            floor4, report_s = compare([floor, report], bench.runs, bench.scratch)
            rows.append(
                Row("4. report --format html, N=200, warm", report_s, floor4, "import floor", 4.0)
            )
        else:
            notes.append(f"4. skipped: 'report --format html' does not run here ({problem})")

    # 5: cold check vs parsing the same files with CSafeLoader
    if wanted(5):
        check_s, yaml_s = compare(
            [
                bench.cmd("check", "--data", str(data200), "check", cold=True),
                bench.yaml_only(data200),
            ],
            bench.runs,
            bench.scratch,
        )
        rows.append(Row("5. check, N=200, cold", check_s, yaml_s, "CSafeLoader only", 1.3))

    # 3b: show is flat in N: N=249 within 10% of N=50
    if wanted(10):
        small, large = bench.dataset(50), bench.dataset(249)
        show50, show249 = compare(
            [
                bench.cmd("show 50", "--data", str(small), "show", sample_country(small)),
                bench.cmd("show 249", "--data", str(large), "show", sample_country(large)),
            ],
            bench.runs,
            bench.scratch,
        )
        rows.append(Row("10. show, N=249 vs N=50, warm", show249, show50, "show at N=50", 1.1))

    # 9: export --format sqlite against writing the same rows in one process
    if wanted(9):
        out = bench.scratch / "export.db"
        export, floor9 = compare(
            [
                bench.cmd(
                    "export", "--data", str(data200), "export", "--format", "sqlite", "-o", str(out)
                ),
                bench.sqlite_only(data200),
            ],
            bench.runs,
            bench.scratch,
        )
        rows.append(
            Row("9. export --format sqlite, N=200, warm", export, floor9, "SQLite only", 1.5)
        )

    print()
    print(f"N=200 dataset: 200 countries, 1000 events, {size:.2f} MB of YAML")
    print()
    if rows:
        print(
            table(
                ["measurement", "ms", "baseline", "ms", "ratio", "CPU ratio", "target", ""],
                [row.cells() for row in rows],
            )
        )
        print()
    if wanted(6):
        memory_table(bench, data200)
    for note in notes:
        print(f"note: {note}")

    if scaling and (only is None or 8 in only):
        print()
        sizes = [25, 50, 100] if quick else [25, 50, 100, 200, 249]
        scaling_series(bench, sizes, bench.floor())
    return 0


def sample_country(data: Path) -> str:
    """A country in the middle of the dataset, for ``show``."""
    names = sorted(p.stem for p in (data / "countries").glob("*.yaml"))
    return names[len(names) // 2].upper()


def memory_table(bench: Bench, data200: Path) -> None:
    """6. Peak resident memory of every command at N=249 (warm, and check cold)."""
    data = bench.dataset(249)
    code = sample_country(data)
    d = ["--data", str(data)]
    commands = [
        bench.cmd("check (cold)", *d, "check", cold=True, peak=True),
        bench.cmd("check (warm)", *d, "check", peak=True),
        bench.cmd("list", *d, "list", peak=True),
        bench.cmd("show", *d, "show", code, peak=True),
        bench.cmd("drafts", *d, "drafts", ok=(0, 1), peak=True),
        bench.cmd("events", *d, "events", ok=(0, 1), peak=True),
        bench.cmd("report (html)", *d, "report", "--format", "html", peak=True),
        bench.cmd("report (md)", *d, "report", "--format", "md", peak=True),
        bench.cmd("report (json)", *d, "report", "--format", "json", peak=True),
        bench.cmd("diff N=200 N=249", *d, "diff", str(data200), str(data), ok=(0, 1), peak=True),
        bench.cmd("schema", "schema", "--kind", "country", peak=True),
        bench.cmd("cache info", "cache", "info", peak=True),
        bench.floor(peak=True),
    ]
    runs = min(bench.runs, 3)
    rows = []
    for command in commands:
        problem = bench.trial(command)
        if problem is not None:
            rows.append([command.label, "-", f"does not run: {problem}"])
            continue
        (sample,) = compare([command], runs, bench.scratch)
        rows.append([command.label, f"{sample.rss_median:.0f}", f"{max(sample.rss) / MIB:.0f}"])
    print("6. peak resident memory at N=249 (target ≤ 150 MiB)")
    print(table(["process", "median MiB", "max MiB"], rows))


def scaling_series(bench: Bench, sizes: list[int], floor: Command) -> None:
    """Cold check and warm list for each N, each beside the import floor."""
    capped = sorted({min(n, generate.MAX_COUNTRIES) for n in sizes})
    if capped != sorted(sizes):
        print(f"note: N is capped at {generate.MAX_COUNTRIES} (the number of ISO 3166-1 codes)")
    rows = []
    for n in capped:
        data = bench.dataset(n)
        commands = [
            floor,
            bench.cmd("check", "--data", str(data), "check", cold=True),
            bench.cmd("list", "--data", str(data), "list"),
        ]
        floor_s, *samples = compare(commands, bench.runs, bench.scratch)
        row = [str(n), f"{floor_s.median * 1000:.0f}"]
        for sample in samples:
            above = sample.median - floor_s.median
            row += [
                f"{sample.median * 1000:.0f}",
                f"{above / n * 1000:.2f}",
                f"{sample.rss_median:.0f}",
            ]
        rows.append(row)
    headers = ["N", "floor ms"]
    for name in ("check (cold)", "list (warm)"):
        headers += [f"{name} ms", "ms/country above floor", "MiB"]
    print("Scaling: time above the import floor per country should stay flat (linear growth)")
    print(table(headers, rows))


if __name__ == "__main__":
    sys.exit(main())
