import csv
import io
import json
from pathlib import Path
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from accord.cli import app

from .conftest import EXAMPLES, SUMMIT_TEXT, write

runner = CliRunner()

COMMANDS = [["ingest"], ["extract"], ["export"], ["brief"], ["bench"], ["bench", "accuracy"], ["bench", "speed"], ["bench", "ledger"], ["settings"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_python_dash_m_accord_works():
    completed = subprocess.run([sys.executable, "-m", "accord", "--help"], capture_output=True, text=True)
    assert completed.returncode == 0
    assert "ingest" in completed.stdout


@pytest.mark.parametrize("args", [["ingest"], ["ingest", "x.txt", "--workers", "0"], ["export", "--bogus"], ["nonsense"]])
def test_usage_errors_exit_2(args, tmp_path):
    result = runner.invoke(app, args, env={"ACCORD_DB": str(tmp_path / "l.db")})
    assert result.exit_code == 2


@pytest.mark.model
def test_ingest_all_good_exits_0_and_summarises(tmp_path):
    db = tmp_path / "l.db"
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "7 new, 0 updated, 0 unchanged, 0 skipped" in result.output
    again = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert "0 new, 0 updated, 7 unchanged, 0 skipped" in again.output


@pytest.mark.model
def test_ingest_with_a_bad_input_exits_1_and_keeps_the_rest(tmp_path):
    db = tmp_path / "l.db"
    write(tmp_path / "good.txt", SUMMIT_TEXT)
    write(tmp_path / "bad.txt", b"\x00\x01\x02")
    result = runner.invoke(app, ["ingest", str(tmp_path / "good.txt"), str(tmp_path / "bad.txt"), "--db", str(db)])
    assert result.exit_code == 1
    assert "1 new" in result.output and "1 skipped" in result.output
    assert "bad.txt: binary file" in result.output
    exported = runner.invoke(app, ["export", "--what", "articles", "--db", str(db)])
    assert len(exported.output.splitlines()) == 1


@pytest.mark.model
def test_ingest_reads_the_database_from_the_environment(tmp_path):
    db = tmp_path / "env.db"
    result = runner.invoke(app, ["ingest", str(EXAMPLES / "2026-03-10-wire-copy.txt")], env={"ACCORD_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert db.exists()


@pytest.mark.model
def test_extract_prints_one_json_object_per_article(tmp_path):
    result = runner.invoke(app, ["extract", str(EXAMPLES / "story.jsonl"), "--format", "json"])
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == 5
    assert set(objects[0]) == {"article", "entities", "times", "events", "statements", "commitments", "positions"}
    assert not list(tmp_path.iterdir())


@pytest.mark.model
def test_extract_text_format(tmp_path):
    write(tmp_path / "a.txt", SUMMIT_TEXT)
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "published: 2026-02-03" in result.output
    assert "Aino Lehtonen" in result.output


@pytest.fixture
def ledger(tmp_path):
    db = tmp_path / "l.db"
    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db)]).exit_code == 0
    return db


@pytest.mark.model
def test_export_articles_as_jsonl_and_csv(ledger):
    jsonl = runner.invoke(app, ["export", "--what", "articles", "--format", "jsonl", "--db", str(ledger)])
    assert jsonl.exit_code == 0
    assert len(jsonl.stdout.splitlines()) == 7
    assert {"id", "text", "published", "source"} <= set(json.loads(jsonl.stdout.splitlines()[0]))
    as_csv = runner.invoke(app, ["export", "--what", "entities", "--format", "csv", "--db", str(ledger)])
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert rows and {"article_id", "name", "label", "mentions"} <= set(rows[0])
    assert json.loads(rows[0]["mentions"])[0]["text"]


@pytest.mark.model
def test_export_to_a_file(ledger, tmp_path):
    target = tmp_path / "events.plover.jsonl"
    result = runner.invoke(app, ["export", "--what", "events", "--format", "plover", "--db", str(ledger), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.exists()


@pytest.mark.parametrize(("what", "fmt"), [("articles", "plover"), ("rumours", "jsonl"), ("events", "xml")])
def test_export_refuses_what_it_cannot_write(tmp_path, what, fmt):
    result = runner.invoke(app, ["export", "--what", what, "--format", fmt, "--db", str(tmp_path / "l.db")])
    assert result.exit_code == 2
    assert "error:" in result.output


@pytest.mark.model
def test_brief_text_and_json(ledger):
    text = runner.invoke(app, ["brief", "--db", str(ledger)])
    assert text.exit_code == 0
    assert "7 articles, 2026-03-04 to 2026-04-14" in text.output
    data = json.loads(runner.invoke(app, ["brief", "--db", str(ledger), "--format", "json"]).stdout)
    assert data["articles"] == 7
    assert data["first_published"] == "2026-03-04"
    assert any(e["name"] == "Portugal" for e in data["entities"])


@pytest.mark.model
def test_brief_over_the_sample_story_shows_a_change_a_contradiction_and_the_wire_copy(ledger):
    import jsonschema

    data = json.loads(runner.invoke(app, ["brief", "--db", str(ledger), "--format", "json"]).stdout)
    schema = json.loads((Path(__file__).parent.parent / "docs" / "schema" / "brief.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert len(data["copies"]) == 1  # the wire copy of the March 10 story, counted once
    # Spain pledged a frigate on March 4 and withdrew it on March 25.
    assert any(c["actor"] == "Spain" and c["what"] == "naval_forces" and c["before"] == "pledged" and c["after"] in ("withdrawn", "ruled_out")
               for c in data["changes"])
    assert any(c["actor"] == "Portugal" and c["what"] == "air_support" and c["one"]["stance"] == "pledged" and c["other"]["stance"] == "ruled_out"
               for c in data["contradictions"])
    numbers = {n["number"] for n in data["notes"]}
    assert all(line["note"] in numbers for line in data["commitments"])
    # The unrelated fodder story shares no entry with the maritime story.
    fodder = [line for line in data["commitments"] if "IRL" in line["actor"] or "Ireland" in line["actor"]]
    assert all(line["reports"] == 1 for line in fodder)


@pytest.mark.model
def test_brief_filters_and_markdown(ledger):
    only_spain = json.loads(runner.invoke(app, ["brief", "--db", str(ledger), "--format", "json", "--actor", "esp"]).stdout)
    assert only_spain["commitments"] and all("Spain" in line["actor"] for line in only_spain["commitments"])
    later = json.loads(runner.invoke(app, ["brief", "--db", str(ledger), "--format", "json", "--since", "2026-03-20"]).stdout)
    assert all(line["date"] >= "2026-03-20" for line in later["commitments"])
    everything = json.loads(runner.invoke(app, ["brief", "--db", str(ledger), "--format", "json"]).stdout)
    frigates = json.loads(runner.invoke(app, ["brief", "--db", str(ledger), "--format", "json", "--topic", "frigate"]).stdout)
    assert any(line["kind"] == "naval_forces" for line in frigates["commitments"])
    assert len(frigates["commitments"]) < len(everything["commitments"])
    assert "frigate" in " ".join(n["sentence"] for n in frigates["notes"]).lower()
    markdown = runner.invoke(app, ["brief", "--db", str(ledger), "--format", "markdown"]).stdout
    assert "## Commitments" in markdown and "| actor | kind | latest stance |" in markdown and "## Notes" in markdown


def test_brief_refuses_a_bad_date(tmp_path):
    result = runner.invoke(app, ["brief", "--db", str(tmp_path / "l.db"), "--since", "March 3"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_brief_of_an_empty_ledger(tmp_path):
    result = runner.invoke(app, ["brief", "--db", str(tmp_path / "new.db"), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"] == 0


def test_settings_lists_every_setting():
    from accord import Settings

    result = runner.invoke(app, ["settings"])
    for name, env, _default, _help in Settings.describe():
        assert name in result.output


def test_bench_ledger_reports_each_size(tmp_path):
    result = runner.invoke(app, ["bench", "ledger", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 0, result.output
    assert "1x" in result.output and "4x" in result.output
