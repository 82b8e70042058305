"""Train the shipped pipeline in one command: ``python -m training.train``.

Steps: convert the shared corpora (``prepare``); distil static word vectors
from all-MiniLM-L6-v2 (``vectors``); train ``pipeline.cfg`` (tagger,
morphologizer, lemmatizer and parser on a shared tok2vec, trained with an NER
beside them); train ``ner.cfg`` (entities with a tok2vec of their own) and
fine-tune it; train the graph-based parser over the shared tok2vec
(``graph_parser``); put that NER and that parser in place of the shared NER and
the transition-based parser, stamp the metadata with the measured scores and
copy the result into the package (without the strings that only key a word
vector, ``strings``), where ``storyline.nlp.load()`` finds it. ``--set
key=value`` overrides ``pipeline.cfg`` values; ``--parser-only`` retrains just
the graph parser over the shipped pipeline and installs it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import spacy
from spacy.cli.train import train
from thinc.api import Config

from storyline import __version__
from storyline.nlp import load
from storyline.nlp.evaluate import DEFAULT_DATA, evaluate
from storyline.nlp.model import SHIPPED_PATH

from . import scorers  # noqa: F401  registers the scorer pipeline.cfg names
from .graph_parser import OUTPUT as GRAPH
from .graph_parser import build as build_graph
from .graph_parser import put_in
from .prepare import CORPUS, prepare
from .strings import drop_vector_only
from .vectors import OUTPUT as VECTORS
from .vectors import build as build_vectors

HERE = Path(__file__).parent
META = {
    "name": "storyline",
    "description": "Storyline's English pipeline: tagger, morphologizer, lemmatizer and parser trained on "
    "UD English EWT; entities (PERSON ORG GPE LOC NORP MISC) trained on CoNLL-2003.",
    "license": "CC BY-SA 4.0 (trained on UD English EWT); CoNLL-2003 entities for research use",
    "sources": [
        {"name": "UD English EWT", "url": "https://github.com/UniversalDependencies/UD_English-EWT", "license": "CC BY-SA 4.0"},
        {"name": "CoNLL-2003 English", "url": "https://www.clips.uantwerpen.be/conll2003/ner/", "license": "research use"},
    ],
}


def _overrides(pairs: list[str]) -> dict[str, object]:
    out = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


NER_FINETUNE_STEPS = 5000


def train_ner(output: Path) -> Path:
    """Train ``ner.cfg``, then fine-tune its best model; the fine-tuned best model's folder."""
    train(HERE / "ner.cfg", output / "base", overrides={"paths.vectors": str(VECTORS)})
    config = Config().from_disk(HERE / "ner.cfg", interpolate=False)
    config["paths"]["vectors"] = str(VECTORS)
    config["components"]["ner"] = {"source": str(output / "base" / "model-best")}
    config["training"]["max_steps"] = NER_FINETUNE_STEPS
    config["training"]["optimizer"]["learn_rate"] = 0.0005
    config["training"]["batcher"]["size"]["start"] = 1000  # the size the first run's batches had grown to
    config.to_disk(output / "finetune.cfg", interpolate=False)
    train(output / "finetune.cfg", output / "finetuned")
    return output / "finetuned" / "model-best"


def install(model: Path, data: Path, ner: Path | None = None, graph: Path = GRAPH, target: Path = SHIPPED_PATH) -> Path:
    """Copy a trained pipeline into the package with Storyline's metadata and its measured scores.

    ``ner``, a pipeline whose entity recognizer has a tok2vec of its own, replaces the model's;
    the graph parser whose weights are in ``graph`` replaces its parser.
    """
    nlp = load(str(model))  # as Storyline loads it, so the speed in the metadata is the one users get
    if ner is not None:
        nlp.remove_pipe("ner")
        nlp.add_pipe("ner", source=spacy.load(ner))
    put_in(nlp, graph)
    nlp.meta.update(META, version=__version__, spacy_version=f">={spacy.__version__},<3.9.0")
    nlp.meta["performance"] = evaluate(nlp, data, progress=print)
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    print(f"left out {drop_vector_only(nlp, target):,} strings that only key a word vector")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the shared corpora")
    parser.add_argument("--output", type=Path, default=HERE / "output" / "pipeline", help="spaCy's training output")
    parser.add_argument("--ner-output", type=Path, default=HERE / "output" / "ner", help="the NER's training output")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="pipeline.cfg override")
    steps = parser.add_mutually_exclusive_group()
    steps.add_argument("--no-install", action="store_true", help="train only; leave the package's model alone")
    steps.add_argument("--install-only", action="store_true",
                       help="install OUTPUT/model-best and the graph parser in training/output/graph_parser")
    steps.add_argument("--parser-only", action="store_true", help="retrain the graph parser alone and install it")
    args = parser.parse_args()
    if args.parser_only:
        start = time.perf_counter()
        build_graph(SHIPPED_PATH, args.data, GRAPH)
        print(f"graph parser trained in {(time.perf_counter() - start) / 60:.1f} min")
        print(f"installed {install(SHIPPED_PATH, args.data)}")
        return
    if not args.install_only:
        start = time.perf_counter()
        prepare(args.data, CORPUS)
        build_vectors(args.data, VECTORS)
        print(f"vectors distilled in {(time.perf_counter() - start) / 60:.1f} min")
        train(HERE / "pipeline.cfg", args.output, overrides={"paths.vectors": str(VECTORS)} | _overrides(args.set))
        print(f"corpora, vectors and pipeline trained in {(time.perf_counter() - start) / 60:.1f} min")
        start = time.perf_counter()
        train_ner(args.ner_output)
        print(f"NER trained in {(time.perf_counter() - start) / 60:.1f} min")
        start = time.perf_counter()
        build_graph(args.output / "model-best", args.data, GRAPH)
        print(f"graph parser trained in {(time.perf_counter() - start) / 60:.1f} min")
    if not args.no_install:
        ner = args.ner_output / "finetuned" / "model-best"
        print(f"installed {install(args.output / 'model-best', args.data, ner)}")


if __name__ == "__main__":
    main()
