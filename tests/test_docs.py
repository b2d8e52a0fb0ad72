"""The README documents every command and every setting."""

import re

import pytest

import accord
from accord import Settings
from accord.cli import app, bench_app

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _command_names(typer_app):
    return [c.name or c.callback.__name__ for c in typer_app.registered_commands]


@pytest.mark.parametrize("name", _command_names(app))
def test_every_command_is_documented(name):
    assert f"`accord {name}" in README


@pytest.mark.parametrize("name", _command_names(bench_app))
def test_every_bench_command_is_documented(name):
    assert f"`accord bench {name}" in README


@pytest.mark.parametrize(("name", "env"), [(name, env) for name, env, _d, _h in Settings.describe()])
def test_every_setting_is_documented(name, env):
    row = next((line for line in README.splitlines() if line.startswith(f"| `{name}` |")), None)
    assert row is not None, f"setting {name} missing from the README table"
    if env:
        assert f"`{env}`" in row


def test_readme_opens_with_purpose_then_two_commands():
    commands = re.findall(r"^make (\w+)", README, flags=re.M)
    assert commands == ["demo", "test"]
    assert README.index("## Set up and run") < README.index("## Commands")


def test_public_surface_is_pinned():
    assert sorted(accord.__all__) == accord.__all__
    assert set(accord.__all__) == {
        "AccordError", "Article", "ArticleResult", "Brief", "Commitment", "Entity", "Event", "Evidence",
        "FetchError", "IngestReport", "InputError", "Mention", "ModelError", "Position", "SQLiteStore",
        "Settings", "Skip", "Statement", "StorageError", "Store", "UsageError", "analyse", "brief",
        "export", "extract", "extract_articles", "ingest", "open_store", "read_sources", "to_json",
    }
    for name in accord.__all__:
        assert hasattr(accord, name)
