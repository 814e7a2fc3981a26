"""Would a small learned classifier on the shipped offline embedder generalise across injection corpora
better than the served-text filter's rules? Evaluation only: nothing here is used by the server.

    python bench/injection_embedding.py --train A.py --train B.py --test C.py   # fit on A+B, measure on C
    python bench/injection_embedding.py --loco A.py --loco B.py --loco C.py      # each held out in turn

Texts are embedded with `LocalMiniLM` (all-MiniLM-L6-v2 int8, offline). An L2-regularised logistic
regression (numpy, Newton steps, balanced class weights) is fitted on the training corpora. Two
scorings, both fixed before any test corpus was read: `whole` scores the text's embedding; `chunks`
scores the text and each of its lines / sentences and takes the max (one planted sentence in a long
ordinary text), trained on whole attacks against whole ordinary texts and their chunks. The penalty
(from a small grid) and the decision threshold are chosen on the training corpora only: out-of-fold
scores, each training corpus held out in turn (5 stratified folds when there is one), the threshold
the highest that keeps false positives at or under `--threshold-fpr` of the ordinary training texts.

For each test corpus it prints attacks withheld and ordinary texts wrongly withheld by (a) the rules
(`skillhive.safety.safety_problem`), (b) the classifier, (c) rules OR classifier, and the embedding
cost per text. A corpus module is read as bench/injection.py reads it; the project's corpus is one
corpus here (its sets joined). Writes bench/results/injection-embedding-<corpora>.json (ids only).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from injection import REPO, Case, corpus_sets, load, machine  # noqa: E402

Vec = NDArray[np.float64]
PENALTIES = (0.3, 3.0, 30.0)  # L2 weight on standardised features, per unit of (balanced) sample weight total
SCORINGS = ("whole", "chunks")
# After . ! ? ; and a space, or after the CJK full stop, exclamation and question marks (no space follows)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|(?<=[\u3002\uff01\uff1f])\s*")


@dataclass
class Corpus:
    name: str
    attacks: list[Case]
    innocent: list[Case]


def read_corpus(path: Path) -> Corpus:
    sets = corpus_sets(load(path), path.stem)
    attacks = [(f"{name}/{i}", t) for name, a, _ in sets for i, t in a]
    innocent = [(f"{name}/{i}", t) for name, _, n in sets for i, t in n]
    name = path.stem if len(sets) > 1 else f"{path.parent.name}/{path.stem}"
    return Corpus(name, attacks, innocent)


def chunks(text: str) -> list[str]:
    """The text's lines and sentences with at least 8 word characters; none when it is one piece."""
    pieces = [s.strip() for line in text.splitlines() for s in _SENTENCE_END.split(line)]
    pieces = [p for p in pieces if len(re.findall(r"\w", p)) >= 8]
    return pieces if len(pieces) > 1 else []


class Embeddings:
    """Embeds each distinct text once (whole texts and chunks alike)."""

    def __init__(self) -> None:
        from skillhive.store.embeddings import LocalMiniLM

        self.model = LocalMiniLM()
        self.model.load()
        self.cache: dict[str, Vec] = {}

    def __call__(self, texts: Sequence[str]) -> Vec:
        todo = sorted({t for t in texts if t not in self.cache})
        if todo:
            for text, row in zip(todo, self.model.embed(todo), strict=True):
                self.cache[text] = row.astype(np.float64)
        return np.array([self.cache[t] for t in texts]).reshape(len(texts), self.model.dim)


# -- the classifier ---------------------------------------------------------------------------------------


@dataclass
class Logistic:
    mean: Vec
    scale: Vec
    w: Vec
    b: float

    def score(self, x: Vec) -> Vec:
        return np.asarray(((x - self.mean) / self.scale) @ self.w + self.b, dtype=np.float64)


def fit(x: Vec, y: Vec, penalty: float) -> Logistic:
    """L2-regularised logistic regression, classes weighted to equal total, by Newton's method."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    pos = y.sum()
    sw = np.where(y == 1, len(y) / (2 * max(pos, 1)), len(y) / (2 * max(len(y) - pos, 1)))
    reg = np.full(z.shape[1], penalty)
    reg[-1] = 0.0  # the intercept is not penalised
    theta = np.zeros(z.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ theta, -30, 30)))
        grad = z.T @ (sw * (p - y)) + reg * theta
        hess = (z * (sw * p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        theta -= step
        if np.abs(step).max() < 1e-6:
            break
    return Logistic(mean, scale, theta[:-1], float(theta[-1]))


@dataclass
class Item:
    """One labelled text with its whole embedding and its chunks' embeddings."""

    group: int
    label: int
    whole: Vec
    parts: Vec  # (chunks, dim), possibly empty


def items_of(corpora: Sequence[Corpus], embed: Embeddings) -> list[Item]:
    out = []
    for g, corpus in enumerate(corpora):
        for label, cases in ((1, corpus.attacks), (0, corpus.innocent)):
            for _, text in cases:
                out.append(Item(g, label, embed([text])[0], embed(chunks(text))))
    return out


def training_rows(items: Sequence[Item], scoring: str) -> tuple[Vec, Vec]:
    """Whole texts; in `chunks` scoring also every chunk of an ordinary text (an attack's chunks are unlabelled)."""
    rows = [it.whole for it in items]
    labels = [it.label for it in items]
    if scoring == "chunks":
        for it in items:
            if it.label == 0:
                rows.extend(it.parts)
                labels.extend([0] * len(it.parts))
    return np.array(rows), np.array(labels, dtype=np.float64)


def text_scores(model: Logistic, items: Sequence[Item], scoring: str) -> Vec:
    whole = model.score(np.array([it.whole for it in items]))
    if scoring == "whole":
        return whole
    return np.array(
        [max(s, *model.score(it.parts)) if len(it.parts) else s for s, it in zip(whole, items, strict=True)]
    )


def folds(items: Sequence[Item]) -> list[NDArray[np.bool_]]:
    """Held-out masks: each training corpus in turn, or 5 stratified folds when there is one corpus."""
    groups = np.array([it.group for it in items])
    if len(set(groups.tolist())) > 1:
        return [groups == g for g in sorted(set(groups.tolist()))]
    labels = np.array([it.label for it in items])
    fold = np.zeros(len(items), dtype=int)
    for label in (0, 1):
        where = np.flatnonzero(labels == label)
        fold[where] = np.arange(len(where)) % 5
    return [fold == k for k in range(5)]


def threshold_at(innocent_scores: Vec, fpr: float) -> float:
    """The lowest threshold (withhold when score > threshold) leaving at most fpr of these ordinary texts above it."""
    ranked = np.sort(innocent_scores)[::-1]
    allowed = int(np.floor(fpr * len(ranked)))
    return float(ranked[allowed]) if allowed < len(ranked) else float(ranked[-1]) - 1.0


@dataclass
class Trained:
    model: Logistic
    threshold: float
    penalty: float
    cv_recall: float
    cv_fpr: float


def train(items: Sequence[Item], scoring: str, fpr: float) -> Trained:
    """Penalty and threshold from out-of-fold scores on the training items only; then fit on all of them."""
    labels = np.array([it.label for it in items])
    best: tuple[float, float, float, float] | None = None  # (recall, penalty, threshold, fpr)
    for penalty in PENALTIES:
        oof = np.zeros(len(items))
        for held in folds(items):
            inside = [it for it, h in zip(items, held, strict=True) if not h]
            model = fit(*training_rows(inside, scoring), penalty)
            oof[held] = text_scores(model, [it for it, h in zip(items, held, strict=True) if h], scoring)
        threshold = threshold_at(oof[labels == 0], fpr)
        recall = float((oof[labels == 1] > threshold).mean())
        seen_fpr = float((oof[labels == 0] > threshold).mean())
        if best is None or recall > best[0]:
            best = (recall, penalty, threshold, seen_fpr)
    assert best is not None
    recall, penalty, threshold, seen_fpr = best
    return Trained(fit(*training_rows(items, scoring), penalty), threshold, penalty, recall, seen_fpr)


# -- measuring --------------------------------------------------------------------------------------------


def auc(positive: Vec, negative: Vec) -> float:
    """Probability that an attack outscores an ordinary text (ties count half)."""
    greater = (positive[:, None] > negative[None, :]).sum() + 0.5 * (positive[:, None] == negative[None, :]).sum()
    return float(greater / (len(positive) * len(negative)))


def non_english_script(text: str) -> bool:
    """At least 30% of the letters outside ASCII: a rough mark of text all-MiniLM barely reads."""
    letters = [c for c in text if unicodedata.category(c).startswith("L")]
    return bool(letters) and sum(ord(c) > 127 for c in letters) >= 0.3 * len(letters)


def cost(embed: Embeddings, texts: Sequence[str], repeat: int) -> dict[str, float]:
    """Wall ms per text on the single-text path (as a retrieve would), whole and with its chunks as one batch."""
    model = embed.model
    out: dict[str, float] = {}
    for label, batch in (("whole", lambda t: [t]), ("chunks", lambda t: [t, *chunks(t)])):
        runs = []
        for _ in range(repeat):
            started, cpu = time.perf_counter(), time.process_time()
            for text in texts:
                model.embed(batch(text))
            runs.append(((time.perf_counter() - started), time.process_time() - cpu))
        wall, cpu_s = min(runs)
        out[f"{label}_ms_wall"] = wall / len(texts) * 1000
        out[f"{label}_ms_cpu"] = cpu_s / len(texts) * 1000
    return out


def evaluate(
    train_corpora: Sequence[Corpus], test_corpora: Sequence[Corpus], embed: Embeddings, fpr: float, repeat: int
) -> dict[str, Any]:
    from skillhive.safety import safety_problem

    train_items = items_of(train_corpora, embed)
    trained = {scoring: train(train_items, scoring, fpr) for scoring in SCORINGS}
    result: dict[str, Any] = {
        "train": [c.name for c in train_corpora],
        "classifiers": {
            s: {"penalty": t.penalty, "threshold": t.threshold, "cv_recall": t.cv_recall, "cv_fpr": t.cv_fpr}
            for s, t in trained.items()
        },
        "tests": {},
    }
    for corpus in test_corpora:
        items = items_of([corpus], embed)
        cases = corpus.attacks + corpus.innocent
        labels = np.array([it.label for it in items])
        rules = np.array([safety_problem(t) is not None for _, t in cases])
        verdicts = {"rules": rules}
        figures: dict[str, Any] = {"attacks": int(labels.sum()), "innocent": int((labels == 0).sum())}
        for scoring, t in trained.items():
            scores = text_scores(t.model, items, scoring)
            flagged = scores > t.threshold
            # Descriptive only, never used to choose anything: how well the scores rank this corpus, and
            # the recall a threshold set on this corpus itself would give (not available in deployment).
            oracle = threshold_at(scores[labels == 0], fpr)
            figures[f"clf-{scoring}-ranking"] = {
                "auc": auc(scores[labels == 1], scores[labels == 0]),
                "recall_at_own_threshold": float((scores[labels == 1] > oracle).mean()),
            }
            verdicts[f"clf-{scoring}"] = flagged
            verdicts[f"rules|clf-{scoring}"] = rules | flagged
        foreign = np.array([non_english_script(t) for _, t in cases])
        for name, v in verdicts.items():
            figures[name] = {
                "withheld": int((v & (labels == 1)).sum()),
                "wrongly": int((v & (labels == 0)).sum()),
                "withheld_non_english_script": f"{int((v & (labels == 1) & foreign).sum())}"
                f"/{int(((labels == 1) & foreign).sum())}",
                "missed": [i for (i, _), f, y in zip(cases, v, labels, strict=True) if y == 1 and not f],
                "wrongly_ids": [i for (i, _), f, y in zip(cases, v, labels, strict=True) if y == 0 and f],
            }
        if repeat:
            figures["cost"] = cost(embed, [t for _, t in cases], repeat)
        result["tests"][corpus.name] = figures
    return result


def report(result: dict[str, Any], print_: Callable[[str], None] = print) -> None:
    print_(f"train: {', '.join(result['train'])}")
    for scoring, c in result["classifiers"].items():
        print_(
            f"  clf-{scoring}: penalty {c['penalty']:g}, threshold {c['threshold']:.2f}; out-of-fold on train:"
            f" recall {c['cv_recall']:.0%}, false positives {c['cv_fpr']:.1%}"
        )
    for name, f in result["tests"].items():
        print_(f"  test {name} ({f['attacks']} attacks / {f['innocent']} ordinary)")
        for label in ("rules", *(f"{p}{s}" for s in SCORINGS for p in ("clf-", "rules|clf-"))):
            v = f[label]
            print_(
                f"    {label:18} {v['withheld']:>3}/{f['attacks']:<3} withheld, {v['wrongly']:>2}/{f['innocent']:<3}"
                f" wrongly   (non-English-script attacks {v['withheld_non_english_script']})"
            )
        for scoring in SCORINGS:
            k = f[f"clf-{scoring}-ranking"]
            print_(
                f"    clf-{scoring} ranking (descriptive): AUC {k['auc']:.2f};"
                f" recall {k['recall_at_own_threshold']:.0%} at a threshold set on this test corpus itself"
            )
        if "cost" in f:
            c = f["cost"]
            print_(
                f"    embedding per text: whole {c['whole_ms_wall']:.1f} ms wall / {c['whole_ms_cpu']:.1f} ms CPU;"
                f" with chunks {c['chunks_ms_wall']:.1f} / {c['chunks_ms_cpu']:.1f} ms"
            )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, action="append", default=[], help="a training corpus (repeatable)")
    ap.add_argument("--test", type=Path, action="append", default=[], help="a test corpus (repeatable)")
    ap.add_argument("--loco", type=Path, action="append", default=[], help="leave-one-corpus-out over these")
    ap.add_argument("--threshold-fpr", type=float, default=0.02, help="false positives allowed on training data")
    ap.add_argument("--repeat", type=int, default=2, help="timing runs per test corpus (0: no timing)")
    args = ap.parse_args()
    if not (args.loco or (args.train and args.test)):
        ap.error("give --train and --test, or --loco (at least two)")
    embed = Embeddings()
    runs = []
    if args.train and args.test:
        runs.append(([read_corpus(p) for p in args.train], [read_corpus(p) for p in args.test]))
    if args.loco:
        pool = [read_corpus(p) for p in args.loco]
        runs.extend(([c for c in pool if c is not held], [held]) for held in pool)
    results = []
    for train_corpora, test_corpora in runs:
        result = evaluate(train_corpora, test_corpora, embed, args.threshold_fpr, args.repeat)
        report(result)
        results.append(result)
    if args.loco:
        summary(results)
    paths = args.train + args.test + args.loco
    stems = "-".join(dict.fromkeys(p.stem for p in paths))
    fpr = "" if args.threshold_fpr == 0.02 else f"-fpr{args.threshold_fpr:g}"
    out = HERE / "results" / f"injection-embedding-{'loco-' if args.loco else ''}{stems}{fpr}.json"
    out.parent.mkdir(exist_ok=True)
    figures = {"machine": machine(), "threshold_fpr": args.threshold_fpr, "runs": results}
    out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")


def summary(results: Sequence[dict[str, Any]]) -> None:
    """The leave-one-corpus-out table: one row per held-out corpus, one column per detector."""
    labels = ("rules", "clf-whole", "rules|clf-whole", "clf-chunks", "rules|clf-chunks")
    print("\nleave-one-corpus-out (withheld / attacks, wrongly / ordinary)")
    print(f"{'held out':22}" + "".join(f"{label:>20}" for label in labels))
    totals = {label: [0, 0, 0, 0] for label in labels}
    for r in results:
        for name, f in r["tests"].items():
            row = f"{name:22}"
            for label in labels:
                v = f[label]
                row += f"{v['withheld']:>6}/{f['attacks']:<3} {v['wrongly']:>3}/{f['innocent']:<5}"
                t = totals[label]
                t[0], t[1], t[2], t[3] = (
                    t[0] + v["withheld"],
                    t[1] + f["attacks"],
                    t[2] + v["wrongly"],
                    t[3] + f["innocent"],
                )
            print(row)
    print(f"{'all':22}" + "".join(f"{t[0]:>6}/{t[1]:<3} {t[2]:>3}/{t[3]:<5}" for t in totals.values()))


if __name__ == "__main__":
    main()
