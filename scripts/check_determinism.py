"""Whether `dragoman extract` gives byte-identical output under different hash seeds.

Runs the real CLI once per ``PYTHONHASHSEED`` value (in parallel subprocesses) on each
input and compares the JSONL it writes. A difference means some decision still rests on
set or dict-of-set iteration order. Slow (a full extraction per seed), so a script run,
not a test; tests/test_determinism.py holds the quick check.

    .venv/bin/python scripts/check_determinism.py ../shared/corpus/seeds \
        ../shared/corpus/feeds/dev.jsonl ../shared/gold/acled/input.jsonl --seeds 1 2
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DRAGOMAN = Path(sys.executable).with_name("dragoman")


def extract_under(seed: str, paths: list[str], out: Path) -> subprocess.Popen:
    """Start `dragoman extract` on ``paths`` with the hash seed ``seed``, writing ``out``."""
    env = dict(os.environ, PYTHONHASHSEED=seed)
    return subprocess.Popen([str(DRAGOMAN), "extract", *paths, "-o", str(out)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", help="files or folders, each extracted on its own")
    ap.add_argument("--seeds", nargs="+", default=["1", "2"], help="PYTHONHASHSEED values")
    args = ap.parse_args()
    differing = 0
    with tempfile.TemporaryDirectory() as tmp:
        for k, path in enumerate(args.inputs):
            outs = [Path(tmp, f"{k}-{s}.jsonl") for s in args.seeds]
            procs = [extract_under(s, [path], o) for s, o in zip(args.seeds, outs)]
            for p in procs:
                _, err = p.communicate()
                if p.returncode != 0:
                    print(f"{path}: extract failed: {err.strip().splitlines()[-1:]}", file=sys.stderr)
                    return 2
            texts = [o.read_bytes() for o in outs]
            lines = [t.count(b"\n") for t in texts]
            same = len({hashlib.sha256(t).hexdigest() for t in texts}) == 1
            differing += not same
            print(f"{path}: {'identical' if same else 'DIFFERENT'} under seeds {' '.join(args.seeds)} "
                  f"({', '.join(f'{n} events' for n in lines)})")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
