"""Would a learned second opinion beside the served-text rules generalise better than the rules do?
The one that did, rules OR (kNN whole AND machine), is now the product's (`skillhive.safety.learned`).

    python bench/injection_semantic.py                   # dev set (corpus10) and leave-one-corpus-out
    python bench/injection_semantic.py --test PATH.py    # another corpus, trained on all training corpora + dev

Texts are embedded offline with the hive's own `LocalMiniLM` (all-MiniLM-L6-v2 int8; nothing downloads).
Two detectors on the embedding, each scored on the whole text (`whole`) or as the max over the whole text
and its sentence windows (`windows`: every run of one or two consecutive sentences):

- `knn`: cosine-weighted vote of the k nearest labelled exemplars (the attack share of their similarity);
- `lr`: L2-regularised logistic regression (numpy, Newton, classes weighted equally; bench/injection_embedding.py).

In `windows` scoring the exemplars / training rows are the whole texts plus every window of an ordinary
text (a window of an attack is not labelled: it may be innocent on its own). Settings (k or penalty) and
the decision threshold are chosen on the training corpora only, by leave-one-corpus-out: out-of-fold
scores, the threshold the lowest that withholds at most `--fpr` of the out-of-fold ordinary texts, the
setting the one that then withholds most out-of-fold attacks. Each detector is also combined with the rules
(`skillhive.safety.safety_problem`): `rules|X` withholds if either does, `rules|(X&machine)` if the rules do
or X does and the text names an automated reader (`skillhive.safety.machine_reader`, written here first).
With `--test`, two more rows: `shipped-knn`, the product's exemplars and setting (the nine labelled corpora,
bench/build_injection_exemplars.py), and `served verdict (product)`, the filter as the indexer runs it
(`skillhive.safety.judged` with the second opinion); never for a corpus among the shipped exemplars.

Figures: attacks withheld x/N and ordinary texts wrongly withheld y/M, on the dev set (corpus10, trained on
the six training corpora) and summed over leave-one-corpus-out of the six (each held out in turn, its
settings chosen by leave-one-corpus-out over the other five; the rules were tuned on all six, so their
figures there flatter them). With `--test`, trained on the six and corpus10 (settings chosen the same way
over the seven), the test corpus read once. Also the embedding cost per text. Writes
bench/results/injection-semantic-<name>.json (ids only, no corpus text).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from injection import REPO, machine  # noqa: E402
from injection_embedding import Corpus, Embeddings, fit, non_english_script, read_corpus, threshold_at  # noqa: E402
from skillhive.safety.learned import knn_vote, machine_reader  # noqa: E402

Vec = NDArray[np.float64]
TRAINING = (
    REPO / "tests" / "trust" / "injection_corpus.py",
    HERE / "corpora" / "inject_c6_dev.py",
    HERE / "corpora" / "inject_c6_heldout.py",
    HERE / "corpora" / "inject_c7.py",
    HERE / "corpora" / "inject_c8.py",
    HERE / "corpora" / "inject_c9.py",
)
DEV = HERE / "corpora" / "inject_c10.py"
GRIDS: dict[str, tuple[float, ...]] = {"knn": (1, 3, 5, 9, 15, 25), "lr": (0.3, 3.0, 30.0, 300.0)}  # k; L2 penalty
SCORINGS = ("whole", "windows")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|(?<=[\u3002\uff01\uff1f])\s*")


def sentences(text: str) -> list[str]:
    """The text's lines split into sentences, those with at least 8 word characters."""
    pieces = [s.strip() for line in text.splitlines() for s in _SENTENCE_END.split(line)]
    return [p for p in pieces if len(re.findall(r"\w", p)) >= 8]


def windows(text: str) -> list[str]:
    """Every run of one or two consecutive sentences, bar the whole text; none when it is one sentence."""
    parts = sentences(text)
    if len(parts) < 2:
        return []
    runs = [*parts, *(f"{a} {b}" for a, b in itertools.pairwise(parts))]
    return [r for r in dict.fromkeys(runs) if r != text.strip()]


@dataclass
class Item:
    group: int
    label: int
    id: str
    text: str
    whole: Vec
    parts: Vec  # (windows, dim), possibly empty


def items_of(corpora: Sequence[Corpus], embed: Embeddings, first_group: int = 0) -> list[Item]:
    out = []
    for g, corpus in enumerate(corpora, start=first_group):
        for label, cases in ((1, corpus.attacks), (0, corpus.innocent)):
            for i, text in cases:
                out.append(Item(g, label, i, text, embed([text])[0], embed(windows(text))))
    return out


def training_rows(items: Sequence[Item], scoring: str) -> tuple[Vec, Vec]:
    rows = [it.whole for it in items]
    labels = [float(it.label) for it in items]
    if scoring == "windows":
        for it in items:
            if it.label == 0:
                rows.extend(it.parts)
                labels.extend([0.0] * len(it.parts))
    return np.array(rows), np.array(labels)


Scorer = Callable[[Vec], Vec]


def fit_method(method: str, x: Vec, y: Vec, setting: float) -> Scorer:
    if method == "lr":
        return fit(x, y, setting).score

    def knn(q: Vec) -> Vec:
        return knn_vote(q, x, y, int(setting))

    return knn


def text_scores(score: Scorer, items: Sequence[Item], scoring: str) -> Vec:
    whole = score(np.array([it.whole for it in items]))
    if scoring == "whole":
        return whole
    return np.array([max(s, *score(it.parts)) if len(it.parts) else s for s, it in zip(whole, items, strict=True)])


@dataclass
class Trained:
    method: str
    scoring: str
    setting: float
    threshold: float
    oof_recall: float
    oof_fpr: float
    score: Scorer

    @property
    def name(self) -> str:
        return f"{self.method}-{self.scoring}"

    def describe(self) -> str:
        what = "k" if self.method == "knn" else "penalty"
        return (
            f"{self.name}: {what} {self.setting:g}, threshold {self.threshold:.3f}"
            f" (out-of-fold on its training corpora: recall {self.oof_recall:.0%}, false positives {self.oof_fpr:.1%})"
        )


def train(method: str, scoring: str, items: Sequence[Item], fpr: float) -> Trained:
    """Setting and threshold by leave-one-corpus-out over the training items' corpora; then fitted on all."""
    labels = np.array([it.label for it in items])
    groups = np.array([it.group for it in items])
    best: tuple[float, float, float, float] | None = None  # recall, -fpr, setting, threshold
    for setting in GRIDS[method]:
        oof = np.zeros(len(items))
        for g in sorted(set(groups.tolist())):
            inside = [it for it in items if it.group != g]
            scorer = fit_method(method, *training_rows(inside, scoring), setting)
            oof[groups == g] = text_scores(scorer, [it for it in items if it.group == g], scoring)
        threshold = threshold_at(oof[labels == 0], fpr)
        recall = float((oof[labels == 1] > threshold).mean())
        seen_fpr = float((oof[labels == 0] > threshold).mean())
        if best is None or (recall, -seen_fpr) > best[:2]:
            best = (recall, -seen_fpr, setting, threshold)
    assert best is not None
    recall, neg_fpr, setting, threshold = best
    scorer = fit_method(method, *training_rows(items, scoring), setting)
    return Trained(method, scoring, setting, threshold, recall, -neg_fpr, scorer)


def train_all(items: Sequence[Item], fpr: float) -> list[Trained]:
    return [train(m, s, items, fpr) for m in GRIDS for s in SCORINGS]


def verdicts(trained: Sequence[Trained], items: Sequence[Item]) -> dict[str, NDArray[np.bool_]]:
    from skillhive.safety import safety_problem

    rules = np.array([safety_problem(it.text) is not None for it in items])
    reader = np.array([machine_reader(it.text) for it in items])
    out = {"rules": rules, "machine-reader (gate alone)": reader}
    for t in trained:
        flagged = text_scores(t.score, items, t.scoring) > t.threshold
        out[t.name] = flagged
        out[f"rules|{t.name}"] = rules | flagged
        out[f"rules|({t.name}&machine)"] = rules | (flagged & reader)
    return out


def product_verdicts(items: Sequence[Item], embed: Embeddings) -> dict[str, NDArray[np.bool_]]:
    """The shipped second opinion on these items: its kNN alone, and the served-text verdict as stored."""
    from skillhive.safety import judged
    from skillhive.safety.learned import exemplars
    from skillhive.store.indexer import second_opinion

    shipped = exemplars()
    second = second_opinion(embed.model)
    product = judged([it.text for it in items], second)
    assert all(v.rules == product[0].rules for v in product) and second.available
    return {
        "shipped-knn (alone)": np.array(shipped.attack(np.array([it.whole for it in items]))),
        "served verdict (product)": np.array([v.flag is not None for v in product]),
    }


def tally(v: dict[str, NDArray[np.bool_]], items: Sequence[Item]) -> dict[str, Any]:
    labels = np.array([it.label for it in items])
    foreign = np.array([non_english_script(it.text) for it in items])
    out: dict[str, Any] = {}
    for name, flags in v.items():
        out[name] = {
            "withheld": int((flags & (labels == 1)).sum()),
            "attacks": int((labels == 1).sum()),
            "wrongly": int((flags & (labels == 0)).sum()),
            "innocent": int((labels == 0).sum()),
            "withheld_non_latin": int((flags & (labels == 1) & foreign).sum()),
            "attacks_non_latin": int(((labels == 1) & foreign).sum()),
            "missed": [it.id for it, f in zip(items, flags, strict=True) if it.label == 1 and not f],
            "wrongly_ids": [it.id for it, f in zip(items, flags, strict=True) if it.label == 0 and f],
        }
    return out


def add(total: dict[str, Any], part: dict[str, Any]) -> None:
    for name, f in part.items():
        t = total.setdefault(name, {k: 0 for k in f if isinstance(f[k], int)})
        for k in t:
            t[k] += f[k]


def cost(embed: Embeddings, texts: Sequence[str]) -> dict[str, float]:
    """ms per text (wall, CPU) on the one-text path, whole text and whole text + its windows in one batch."""
    out = {}
    for label, batch in (("whole", lambda t: [t]), ("windows", lambda t: [t, *windows(t)])):
        started, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            embed.model.embed(batch(text))
        out[f"{label}_ms_wall"] = (time.perf_counter() - started) / len(texts) * 1000
        out[f"{label}_ms_cpu"] = (time.process_time() - cpu) / len(texts) * 1000
    return out


def table(columns: dict[str, dict[str, Any]]) -> None:
    names = list(next(iter(columns.values())))
    print(f"{'detector':34}" + "".join(f"{c:>28}" for c in columns))
    for name in names:
        row = f"{name:34}"
        for f in columns.values():
            v = f[name]
            row += f"{v['withheld']:>10}/{v['attacks']:<4} {v['wrongly']:>6}/{v['innocent']:<5}"
        print(row)
    print("(attacks withheld / attacks, ordinary texts wrongly withheld / ordinary texts)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--test", type=Path, help="measure this corpus module, trained on the training corpora + dev")
    ap.add_argument("--fpr", type=float, default=0.02, help="out-of-fold false positives allowed in training")
    ap.add_argument("--no-loco", action="store_true", help="skip leave-one-corpus-out (dev set or --test only)")
    args = ap.parse_args()
    embed = Embeddings()
    training = [read_corpus(p) for p in TRAINING]
    dev = read_corpus(DEV)
    train_items = items_of(training, embed)
    result: dict[str, Any] = {"machine": machine(), "fpr": args.fpr, "training": [c.name for c in training]}
    columns: dict[str, dict[str, Any]] = {}

    if args.test:
        test = read_corpus(args.test)
        pool = train_items + items_of([dev], embed, first_group=len(training))
        trained = train_all(pool, args.fpr)
        print(f"trained on {', '.join(c.name for c in training)}, {dev.name}; --fpr {args.fpr:g}; settings:")
        for t in trained:
            print(f"  {t.describe()}")
        test_items = items_of([test], embed, first_group=len(training) + 1)
        found = verdicts(trained, test_items)
        from skillhive.safety.learned import exemplars

        if test.name.rsplit("/", 1)[-1] not in {c.rsplit("/", 1)[-1] for c in exemplars().corpora}:
            found |= product_verdicts(test_items, embed)
        columns[f"test {test.name}"] = tally(found, test_items)
        result["settings"] = {t.name: t.describe() for t in trained}
        result["cost"] = cost(embed, [it.text for it in test_items])
    else:
        trained = train_all(train_items, args.fpr)
        print(f"dev set {dev.name}: trained on {', '.join(c.name for c in training)}; --fpr {args.fpr:g}; settings:")
        for t in trained:
            print(f"  {t.describe()}")
        dev_items = items_of([dev], embed, first_group=len(training))
        columns[f"dev {dev.name}"] = tally(verdicts(trained, dev_items), dev_items)
        result["settings"] = {t.name: t.describe() for t in trained}
        result["cost"] = cost(embed, [it.text for it in dev_items])
        if not args.no_loco:
            total: dict[str, Any] = {}
            result["loco"] = {}
            for g, corpus in enumerate(training):
                inside = [it for it in train_items if it.group != g]
                held = [it for it in train_items if it.group == g]
                fold = train_all(inside, args.fpr)
                figures = tally(verdicts(fold, held), held)
                result["loco"][corpus.name] = {"settings": {t.name: t.describe() for t in fold}, "figures": figures}
                add(total, figures)
                print(f"  held out {corpus.name}: " + "; ".join(f"{t.name} {t.setting:g}" for t in fold))
            columns["leave-one-corpus-out (6)"] = total
    table(columns)
    c = result["cost"]
    print(
        f"embedding per text: whole {c['whole_ms_wall']:.1f} ms wall / {c['whole_ms_cpu']:.1f} ms CPU;"
        f" whole + windows {c['windows_ms_wall']:.1f} / {c['windows_ms_cpu']:.1f} ms"
    )
    for col, figures in columns.items():
        r = figures["rules"]
        if r.get("attacks_non_latin"):
            print(
                f"{col}: attacks mostly outside ASCII withheld: "
                + ", ".join(f"{n} {f['withheld_non_latin']}/{f['attacks_non_latin']}" for n, f in figures.items())
            )
    result["figures"] = columns
    name = args.test.stem if args.test else "dev-loco"
    suffix = "" if args.fpr == 0.02 else f"-fpr{args.fpr:g}"
    out = HERE / "results" / f"injection-semantic-{name}{suffix}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")


if __name__ == "__main__":
    main()
