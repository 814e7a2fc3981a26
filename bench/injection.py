"""The served-text filter (`safety.safety_problem`) on injection corpora: attacks withheld, ordinary
texts wrongly withheld, and its cost per text beside that of `normalise` alone (its first step).

    python bench/injection.py                          # the project's corpus (tests/trust/injection_corpus.py)
    python bench/injection.py --only /path/corpus.py   # another corpus module instead (repeatable)
    python bench/injection.py --verbose                # list the attacks missed and the texts wrongly withheld
    python bench/injection.py --filter old_safety.py   # and a version of the filter that was one file, beside it
                                                       # (git show REV:server/skillhive/safety.py > old_safety.py)

A corpus module has `ATTACKS` and `INNOCENT`, lists of (id, text) or of texts; the project's own
corpus is read as its sets: FINDING + HELD_OUT against INNOCENT, FRESH against FRESH_INNOCENT and
CLASSES against NEAR_MISSES (see its docstring for which were tuned on). Prints a table and
writes bench/results/injection-<corpora>.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).parent
REPO = HERE.parent
DEFAULT_CORPORA = (REPO / "tests" / "trust" / "injection_corpus.py",)

Case = tuple[str, str]  # (id, text)
Check = Callable[[str], "str | None"]


def load(path: Path, name: str = "corpus") -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"{name}_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: not a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def cases(items: Sequence[Any], prefix: str) -> list[Case]:
    """(id, text) pairs of a corpus list whose items are pairs or bare texts (numbered)."""
    return [(str(i[0]), str(i[1])) if isinstance(i, tuple) else (f"{prefix}{n}", str(i)) for n, i in enumerate(items)]


def corpus_sets(module: ModuleType, stem: str) -> list[tuple[str, list[Case], list[Case]]]:
    """(name, attacks, innocent) of a corpus module."""
    if hasattr(module, "ATTACKS"):
        return [(stem, cases(module.ATTACKS, "attack-"), cases(module.INNOCENT, "innocent-"))]
    sets = []
    if hasattr(module, "FINDING"):
        attacks = cases(module.FINDING, "finding-") + cases(module.HELD_OUT, "held-out-")
        sets.append((f"{stem}:tuned", attacks, cases(module.INNOCENT, "innocent-")))
    if hasattr(module, "FRESH"):
        sets.append((f"{stem}:fresh", cases(module.FRESH, "fresh-"), cases(module.FRESH_INNOCENT, "fresh-innocent-")))
    if hasattr(module, "CLASSES"):
        attacks = [case for family, texts in module.CLASSES.items() for case in cases(texts, f"{family}-")]
        sets.append((f"{stem}:classes", attacks, cases(module.NEAR_MISSES, "near-miss-")))
    if not sets:
        raise SystemExit(f"{stem}: neither ATTACKS/INNOCENT nor the project's FINDING/FRESH sets")
    return sets


def per_text_us(fn: Callable[[str], object], texts: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            fn(text)
        runs.append((time.perf_counter() - started) / max(1, len(texts)) * 1e6)
    return min(runs)  # the least disturbed run: the machine is shared


def measure(check: Check, normalise: Callable[[str], str], attacks: list[Case], innocent: list[Case], repeat: int):
    missed = [(i, t) for i, t in attacks if check(t) is None]
    wrongly = [(i, t, check(t)) for i, t in innocent if check(t) is not None]
    texts = [t for _, t in attacks + innocent]
    return {
        "withheld": len(attacks) - len(missed),
        "attacks": len(attacks),
        "wrongly_withheld": len(wrongly),
        "innocent": len(innocent),
        "us_per_text": per_text_us(check, texts, repeat),
        "normalise_us_per_text": per_text_us(normalise, texts, repeat),
        # ids and reasons only: a corpus written by others is not copied into results
        "missed": [i for i, _ in missed],
        "wrongly": [{"id": i, "reason": r.split(":", 1)[0]} for i, _, r in wrongly],
        "_texts": dict(missed + [(i, t) for i, t, _ in wrongly]),
        "_reasons": {i: r for i, _, r in wrongly},
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", type=Path, action="append", default=[], help="these corpora instead of the project's")
    ap.add_argument("--filter", type=Path, action="append", default=[], help="and this one-file filter (repeatable)")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--verbose", action="store_true", help="list the attacks missed and the texts wrongly withheld")
    args = ap.parse_args()
    from skillhive import safety

    filters: dict[str, ModuleType] = {"current": safety}
    for path in args.filter:
        filters[path.stem] = load(path, "filter")
    paths = args.only or [p for p in DEFAULT_CORPORA if p.exists()]
    figures: dict[str, Any] = {"machine": machine(), "corpora": {}}
    print(f"{'corpus':34} {'filter':14} {'withheld':>10} {'wrongly withheld':>17} {'us/text':>8} {'normalise':>10}")
    for path in paths:
        for name, attacks, innocent in corpus_sets(load(path), path.stem):
            figures["corpora"][name] = per_filter = {}
            for label, module in filters.items():
                f = per_filter[label] = measure(module.safety_problem, module.normalise, attacks, innocent, args.repeat)
                withheld, wrongly = f"{f['withheld']}/{f['attacks']}", f"{f['wrongly_withheld']}/{f['innocent']}"
                print(
                    f"{name:34} {label:14} {withheld:>10} {wrongly:>17}"
                    f" {f['us_per_text']:>8.1f} {f['normalise_us_per_text']:>10.1f}"
                )
                texts, reasons = f.pop("_texts"), f.pop("_reasons")
                if args.verbose:
                    for i in f["missed"]:
                        print(f"    missed   {i}: {texts[i][:110]!r}")
                    for w in f["wrongly"]:
                        i = w["id"]
                        print(f"    wrongly  {i}: {texts[i][:110]!r}\n             {reasons[i][:110]}")
    out = HERE / "results" / f"injection-{'-'.join(p.stem for p in paths)}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


if __name__ == "__main__":
    main()
