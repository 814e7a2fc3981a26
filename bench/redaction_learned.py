"""Would a learned second opinion beside the redaction rules generalise better than the rules do?
Evaluation only: nothing in server/ uses it (the model is bench/learned_secrets.py).

    python bench/redaction_learned.py                      # leave-one-corpus-out figures
    python bench/redaction_learned.py --test PATH.py ...   # and rules alone vs rules + model on held-out corpora
    python bench/redaction_learned.py --real               # and what it changes in real runs (../shared/data)

Training corpora: the two under tests/ and bench/corpora secrets c6-c11 (never c12 or later: those are
held out). Each candidate value of a corpus text (learned.candidates) is labelled a secret when it
covers at least half of the corpus's secret (or the secret half of it), ordinary when it does not touch
it. Logistic regression over the hashed features (Adagrad, L2, fixed settings, not searched).

Thresholds are chosen on the training corpora only: each is held out in turn and scored by a model
trained on the others; for each false-alarm budget the threshold is the lowest on a grid at which at
most that share of the held-out look-alike texts (summed over the folds) would change: 0 (the target
redaction is held to) and 1%. The model trained on all of them is then measured with each threshold.
Figures: per fold, the secrets the model alone finds and the rules' misses it adds; with --test,
caught / readable / look-alikes changed for the rules alone and with the model, and CPU µs per text
(the same texts, alternating). Writes bench/results/redaction-learned.json (ids and figures; no text, no value).
"""

from __future__ import annotations

import argparse
import functools
import json
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from numpy.typing import NDArray

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import learned_secrets as learned  # noqa: E402
from redaction import REPO, load  # noqa: E402
from secret_concepts import concept_hits  # noqa: E402
from skillhive.redact import redact_text  # noqa: E402

TRAINING = (
    REPO / "tests" / "redaction_corpus.py",
    REPO / "tests" / "redaction_fresh_corpus.py",
    *(HERE / "corpora" / f"secrets_{name}.py" for name in ("c6_dev", "c6_heldout", "c7", "c8", "c9", "c10", "c11")),
)
GRID = tuple(np.round(np.arange(0.0, 4.01, 0.25), 2))
BUDGETS = (0.0, 0.01)  # share of the held-out look-alike texts a threshold may change
L2, EPOCHS, RATE = 1e-4, 60, 0.2
REAL = REPO.parent / "shared" / "data"


@dataclass
class Rows:
    """One corpus's candidates: their hashed features, labels, and which text and span each is."""

    x: list[NDArray[np.int64]] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    where: list[tuple[str, str, int, int]] = field(default_factory=list)  # "S"/"I", id, start, end


def rows_of(corpus: ModuleType) -> Rows:
    rows = Rows()
    for kind, cases in (("S", corpus.SECRETS), ("I", corpus.INNOCENT)):
        for case in cases:
            spans = _occurrences(case.text, case.secret) if kind == "S" else []
            hits = concept_hits(case.text)
            for s, e in learned.candidates(case.text):
                label = _label(s, e, spans)
                if label is None:
                    continue
                rows.x.append(np.array(learned.hashed(learned.features(case.text, s, e, hits)), dtype=np.int64))
                rows.y.append(label)
                rows.where.append((kind, case.id, s, e))
    return rows


def _occurrences(text: str, secret: str) -> list[tuple[int, int]]:
    out, at = [], text.find(secret)
    while at != -1:
        out.append((at, at + len(secret)))
        at = text.find(secret, at + 1)
    return out


def _label(s: int, e: int, secrets: list[tuple[int, int]]) -> int | None:
    for a, b in secrets:
        overlap = min(e, b) - max(s, a)
        if overlap > 0:
            return 1 if overlap >= 0.5 * (b - a) or overlap >= 0.5 * (e - s) else None
    return 0


def train(parts: list[Rows]) -> NDArray[np.float64]:
    x = [v for p in parts for v in p.x]
    y = np.array([v for p in parts for v in p.y], dtype=np.float64)
    index = np.concatenate(x)
    row = np.repeat(np.arange(len(x)), [len(v) for v in x])
    w = np.zeros(learned.DIM)
    g2 = np.full(learned.DIM, 1e-8)
    for _ in range(EPOCHS):
        z = np.bincount(row, weights=w[index], minlength=len(x))
        r = (1 / (1 + np.exp(-z)) - y) / len(x)
        grad = np.bincount(index, weights=r[row], minlength=learned.DIM) + L2 * w
        g2 += grad * grad
        w -= RATE * grad / np.sqrt(g2)
    return w


def scores(w: NDArray[np.float64], rows: Rows) -> NDArray[np.float64]:
    return np.array([w[v].sum() for v in rows.x])


def flagged(rows: Rows, sc: NDArray[np.float64], threshold: float) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for (_, cid, s, e), v in zip(rows.where, sc, strict=True):
        if v > threshold:
            out.setdefault(cid, []).append((s, e))
    return out


def with_values(text: str, values: list[str]) -> str:
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, "[REDACTED:likely-secret]")
    return text


def loco(paths: tuple[Path, ...], corpora: list[ModuleType], parts: list[Rows]) -> dict[str, Any]:
    """Out-of-fold scores of each training corpus; a threshold per budget; per-fold figures at each."""
    oof = [scores(train([p for j, p in enumerate(parts) if j != i]), parts[i]) for i in range(len(parts))]
    innocents = sum(len(c.INNOCENT) for c in corpora)
    changed_at = {
        float(t): sum(
            len({cid for (kind, cid, _, _), v in zip(p.where, sc, strict=True) if kind == "I" and v > t})
            for p, sc in zip(parts, oof, strict=True)
        )
        for t in GRID
    }
    ruled = {c.id: redact_text(c.text)[0] for corpus in corpora for c in corpus.SECRETS}
    out: dict[str, Any] = {"changed_at": {str(t): n for t, n in changed_at.items()}, "innocent": innocents}
    for budget in BUDGETS:
        threshold = next((t for t, n in changed_at.items() if n <= budget * innocents), float(GRID[-1]))
        folds: dict[str, Any] = {}
        for path, corpus, p, sc in zip(paths, corpora, parts, oof, strict=True):
            marks = flagged(p, sc, threshold)
            alone = added = 0
            for case in corpus.SECRETS:
                values = [case.text[s:e] for s, e in marks.get(case.id, [])]
                alone += case.secret not in with_values(case.text, values)
                added += case.secret in ruled[case.id] and case.secret not in with_values(ruled[case.id], values)
            folds[path.stem] = {
                "secrets": len(corpus.SECRETS),
                "model_alone_caught": alone,
                "rules_missed": sum(c.secret in ruled[c.id] for c in corpus.SECRETS),
                "model_adds": added,
                "innocent_changed": len({c.id for c in corpus.INNOCENT if c.id in marks}),
                "innocent": len(corpus.INNOCENT),
            }
        out[str(budget)] = {"threshold": threshold, "folds": folds}
    return out


def held_out(corpus: ModuleType, models: dict[str, learned.Model]) -> dict[str, Any]:
    out: dict[str, Any] = {"secrets": len(corpus.SECRETS), "innocent": len(corpus.INNOCENT)}
    redactors: dict[str, Callable[[str], str]] = {"rules": lambda text: redact_text(text)[0]}
    for name, model in models.items():
        redactors[name] = functools.partial(_with_model, model)
    for name, redact in redactors.items():
        out[name] = {
            "missed": [c.id for c in corpus.SECRETS if c.secret in redact(c.text)],
            "changed": [c.id for c in corpus.INNOCENT if redact(c.text) != c.text],
        }
    texts = [c.text for c in corpus.SECRETS] + [c.text for c in corpus.INNOCENT]
    timings: dict[str, list[float]] = {name: [] for name in redactors}
    for _ in range(3):
        for name, redact in redactors.items():
            started = time.process_time()
            for text in texts:
                redact(text)
            timings[name].append((time.process_time() - started) / len(texts) * 1e6)
    for name, runs in timings.items():
        out[name]["us_per_text"] = round(float(np.median(runs)), 1)
    return out


def _with_model(model: learned.Model, text: str) -> str:
    return learned.mask_likely(model, redact_text(text)[0], text)


def real_texts() -> list[str]:
    out: list[str] = []

    def walk(x: Any) -> None:
        if isinstance(x, str):
            if len(x) >= 7:
                out.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for path in sorted(REAL.glob("*/*")):
        if path.suffix in (".json", ".traj"):
            walk(json.loads(path.read_text()))
        elif path.suffix == ".jsonl":
            for line in path.read_text().splitlines():
                walk(json.loads(line))
    return list(dict.fromkeys(out))


def real(models: dict[str, learned.Model]) -> dict[str, Any]:
    """How many real run texts each model changes beyond the rules (the values it takes, the first 20,
    are printed, not kept: they are other projects' data)."""
    texts = real_texts()
    out: dict[str, Any] = {"texts": len(texts)}
    ruled = [redact_text(t)[0] for t in texts]
    for name, model in models.items():
        values = [v for t, r in zip(texts, ruled, strict=True) for v in model.likely_secrets(t) if v in r]
        changed = sum(learned.mask_likely(model, r, t) != r for t, r in zip(texts, ruled, strict=True))
        out[name] = {"changed": changed}
        print(f"real runs, {name}: {changed} of {len(texts)} texts changed; values {values[:20]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--test", type=Path, nargs="*", default=[], help="held-out corpora to measure")
    ap.add_argument("--real", action="store_true", help="count what the model changes in ../shared/data runs")
    ap.add_argument(
        "--train", type=Path, nargs="*", default=None, help="training corpora instead of the defaults (c6-c11)"
    )
    args = ap.parse_args()
    report: dict[str, Any] = {"machine": platform.platform(), "python": platform.python_version()}
    training = tuple(args.train) if args.train else TRAINING
    report["training"] = [p.stem for p in training]
    corpora = [load(p) for p in training]
    parts = [rows_of(c) for c in corpora]
    figures = loco(training, corpora, parts)
    w = train(parts)
    weights = {int(i): float(w[i]) for i in np.flatnonzero(np.abs(w) >= 1e-4)}
    models = {}
    for budget in BUDGETS:
        at = figures[str(budget)]
        name = f"rules+model@{budget:.0%}"
        models[name] = learned.Model(weights, at["threshold"])
        print(
            f"{name}: threshold {at['threshold']} (out-of-fold look-alike texts changed: "
            f"{figures['changed_at'][str(at['threshold'])]}/{figures['innocent']})"
        )
        print(
            f"  {'fold (held out)':24s} {'secrets':>7s} {'model alone':>11s} {'rules missed':>12s} {'model adds':>10s}"
            f" {'look-alikes changed':>19s}"
        )
        for fold, f in at["folds"].items():
            print(
                f"  {fold:24s} {f['secrets']:7d} {f['model_alone_caught']:11d} {f['rules_missed']:12d} "
                f"{f['model_adds']:10d} {f['innocent_changed']:>12d}/{f['innocent']}"
            )
    report["loco"] = figures
    for path in args.test:
        out = held_out(load(path), models)
        report.setdefault("test", {})[path.stem] = out
        n = out["secrets"]
        for name in ("rules", *models):
            r = out[name]
            print(
                f"{path.stem:14s} {name:18s} caught {n - len(r['missed'])}/{n} ({len(r['missed']) / n:.1%} readable), "
                f"look-alikes changed {len(r['changed'])}/{out['innocent']}, {r['us_per_text']} us/text"
            )
    if args.real:
        report["real"] = real(models)
    dest = HERE / "results" / "redaction-learned.json"
    dest.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {dest.relative_to(REPO)}")


if __name__ == "__main__":
    main()
