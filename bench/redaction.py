"""Secret redaction on the redaction corpora: caught / total, innocent texts changed, and speed.

Side by side: skillhive's engine (`redact_text`) and, when it is installed, detect-secrets (its
plugins run on each line, in memory, with no network and no baseline file; a secret counts as
caught when a reported secret value covers it, a redactor built on it would replace that value).

    python bench/redaction.py                                   # the two corpora under tests/
    python bench/redaction.py --corpus /path/to/more_corpus.py  # add another (same NamedTuples)

Prints a table and writes bench/results/redaction-<corpora>.json. A corpus is a module with
`SECRETS` (id, text, secret) and `INNOCENT` (id, text); it is loaded from its path.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).parent
REPO = HERE.parent
DEFAULT_CORPORA = (REPO / "tests" / "redaction_corpus.py", REPO / "tests" / "redaction_fresh_corpus.py")

Redactor = Callable[[str], str]


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"corpus_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"--corpus {path}: not a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # NamedTuple classes look their module up
    spec.loader.exec_module(module)
    return module


def skillhive_redactor() -> Redactor:
    from skillhive.redact import redact_text

    return lambda text: redact_text(text)[0]


def detect_secrets_redactor() -> Redactor | None:
    """detect-secrets' default plugins, as a redactor: every secret value it reports is replaced."""
    try:
        from detect_secrets.core.scan import _process_line_based_plugins
        from detect_secrets.settings import default_settings
    except ImportError:
        return None

    def redact(text: str) -> str:
        # what `scan_file` does for each file, on lines in memory: the default plugins and filters
        lines = list(enumerate(text.splitlines(), 1))
        with default_settings():
            found = [s.secret_value for s in _process_line_based_plugins(lines, "trajectory.txt") if s.secret_value]
        for value in sorted(found, key=len, reverse=True):
            text = text.replace(value, "[REDACTED]")
        return text

    return redact


def measure(redact: Redactor, corpus: ModuleType, repeat: int) -> dict[str, Any]:
    missed = [c.id for c in corpus.SECRETS if c.secret in redact(c.text)]
    changed = [c.id for c in corpus.INNOCENT if redact(c.text) != c.text]
    texts = [c.text for c in corpus.SECRETS] + [c.text for c in corpus.INNOCENT]
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            redact(text)
        runs.append((time.perf_counter() - started) / len(texts) * 1e6)
    return {
        "caught": len(corpus.SECRETS) - len(missed),
        "secrets": len(corpus.SECRETS),
        "innocent_changed": len(changed),
        "innocent": len(corpus.INNOCENT),
        "us_per_text": statistics.median(runs),
        "missed": missed,
        "changed": changed,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, action="append", default=[], help="another corpus module (repeatable)")
    ap.add_argument("--only", type=Path, action="append", default=[], help="these corpora instead of the defaults")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--verbose", action="store_true", help="list the ids missed and changed")
    args = ap.parse_args()
    paths = [p for p in (args.only or [*DEFAULT_CORPORA]) if p.exists()] + args.corpus
    engines: dict[str, Redactor] = {"skillhive": skillhive_redactor()}
    ds = detect_secrets_redactor()
    if ds is not None:
        engines["detect-secrets"] = ds
    figures: dict[str, Any] = {"machine": machine(), "corpora": {}}
    print(f"{'corpus':28} {'engine':15} {'caught':>10} {'readable':>9} {'innocent changed':>17} {'us/text':>9}")
    for path in paths:
        corpus = load(path)
        figures["corpora"][path.stem] = per_engine = {}
        for name, redact in engines.items():
            f = per_engine[name] = measure(redact, corpus, args.repeat if name == "skillhive" else 3)
            readable = 1 - f["caught"] / f["secrets"]
            print(
                f"{path.stem:28} {name:15} {f['caught']:>4}/{f['secrets']:<5} {readable:>8.1%}"
                f" {f['innocent_changed']:>8}/{f['innocent']:<8} {f['us_per_text']:>9.1f}"
            )
            if args.verbose:
                for case in f["missed"]:
                    print(f"    missed  {case}")
                for case in f["changed"]:
                    print(f"    changed {case}")
    out = HERE / "results" / f"redaction-{'-'.join(p.stem for p in paths)}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n")
    print(f"wrote {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


if __name__ == "__main__":
    main()
