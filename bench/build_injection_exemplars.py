"""Build the served-text filter's learned second opinion (`skillhive.safety.learned`): the labelled exemplars
it votes with, and its k and threshold.

    python bench/build_injection_exemplars.py            # writes server/skillhive/safety/data/injection_exemplars.npz

Every text of the labelled injection corpora below (attacks 1, ordinary texts 0) is embedded whole with the
hive's offline `LocalMiniLM` (nothing downloads) and stored as float16. k and the threshold are chosen exactly
as bench/injection_semantic.py chooses them ("knn", "whole" scoring), on these exemplars only: leave-one-corpus-
out scores, the threshold the lowest that withholds at most 2% of the out-of-fold ordinary texts, k the one that
then withholds most out-of-fold attacks. The selection runs on the float16 vectors as shipped. corpus13
(bench/corpora/inject_c13.py) is the held-out test and is never read here (corpus12 was, until it had been
read as one: bench/RESULTS.md). The file is written byte for byte
the same from the same inputs (fixed zip dates): its digest is part of every stored verdict's fingerprint.
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from injection import REPO  # noqa: E402
from injection_embedding import Embeddings, read_corpus  # noqa: E402
from injection_semantic import Item, train  # noqa: E402
from skillhive.safety.learned import EXEMPLARS_PATH  # noqa: E402
from skillhive.store.embeddings import MINILM_SHA256, TOKENIZER_SHA256  # noqa: E402

CORPORA = (
    REPO / "tests" / "trust" / "injection_corpus.py",
    HERE / "corpora" / "inject_c6_dev.py",
    HERE / "corpora" / "inject_c6_heldout.py",
    HERE / "corpora" / "inject_c7.py",
    HERE / "corpora" / "inject_c8.py",
    HERE / "corpora" / "inject_c9.py",
    HERE / "corpora" / "inject_c10.py",
    HERE / "corpora" / "inject_c11.py",
    HERE / "corpora" / "inject_c12.py",
)
FPR = 0.02


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """np.savez_compressed, but with fixed dates in the zip: the same arrays give the same bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, array in arrays.items():
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            body = io.BytesIO()
            np.lib.format.write_array(body, np.asanyarray(array), allow_pickle=False)
            zf.writestr(info, body.getvalue())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=EXEMPLARS_PATH)
    args = ap.parse_args()
    for path in CORPORA:
        assert "c13" not in path.stem, "corpus13 is the held-out test"
    embed = Embeddings()
    corpora = [read_corpus(p) for p in CORPORA]
    texts: list[str] = []
    labels: list[int] = []
    groups: list[int] = []
    for g, corpus in enumerate(corpora):
        for label, cases in ((1, corpus.attacks), (0, corpus.innocent)):
            for _, text in cases:
                texts.append(text)
                labels.append(label)
                groups.append(g)
    vectors = embed(texts).astype(np.float16)
    shipped = vectors.astype(np.float64)  # k and threshold are chosen on the vectors as they ship
    empty = np.zeros((0, shipped.shape[1]))
    items = [
        Item(g, y, str(i), t, shipped[i], empty) for i, (g, y, t) in enumerate(zip(groups, labels, texts, strict=True))
    ]
    trained = train("knn", "whole", items, FPR)
    print(f"{len(texts)} exemplars ({sum(labels)} attacks) from {', '.join(c.name for c in corpora)}")
    print(trained.describe())
    write_npz(
        args.out,
        {
            "vectors": vectors,
            "labels": np.array(labels, dtype=np.uint8),
            "k": np.array(int(trained.setting)),
            "threshold": np.array(trained.threshold),
            "model_id": np.array(embed.model.model_id),
            "weights": np.array(f"{MINILM_SHA256}:{TOKENIZER_SHA256}"),
            "corpora": np.array([c.name for c in corpora]),
            "groups": np.array(groups, dtype=np.uint8),
        },
    )
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
