"""The curated people table stays consistent: scripts/check_people.py passes on it."""

import subprocess
import sys

from .conftest import REPO


def test_people_table_is_consistent():
    completed = subprocess.run([sys.executable, str(REPO / "scripts" / "check_people.py")], capture_output=True, text=True, cwd=REPO)
    assert completed.returncode == 0, completed.stdout + completed.stderr
