"""The library is typed: mypy on src/accord is part of the suite."""

import subprocess
import sys

from .conftest import REPO


def test_mypy_finds_no_errors():
    completed = subprocess.run([sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout + completed.stderr
