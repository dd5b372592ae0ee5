"""Shared fixtures: the real seed documents built once per test session."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
KG = [sys.executable, "-m", "kg"]


def run_kg(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(KG + list(args), capture_output=True, text=True, cwd=ROOT)
    if check and result.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} failed: {result.stderr}")
    return result


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the repository")
    out = tmp_path_factory.mktemp("seeds") / "out"
    run_kg("build", str(SEEDS), "--out", str(out))
    return out
