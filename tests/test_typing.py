"""The library is typed and lint-clean: mypy on src/accord and ruff on the repository are part of the suite."""

import subprocess
import sys

from .conftest import REPO


def test_mypy_finds_no_errors():
    completed = subprocess.run([sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_ruff_finds_no_errors():
    completed = subprocess.run([sys.executable, "-m", "ruff", "check", "src", "tests", "scripts"], cwd=REPO, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout + completed.stderr
