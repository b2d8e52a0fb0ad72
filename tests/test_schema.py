import json
import subprocess
import sys

import jsonschema
import pytest

from accord import extract
from accord.records import to_json
from accord.schema import PUBLISHED, schema_for

from .conftest import EXAMPLES, REPO, SHARED

SCHEMA_DIR = REPO / "docs" / "schema"


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_published_schemas_are_current(name):
    committed = json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert committed == schema_for(PUBLISHED[name]), "run `make schemas` and commit docs/schema/"


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_schemas_are_valid_json_schema(name):
    jsonschema.Draft202012Validator.check_schema(schema_for(PUBLISHED[name]))


def _validator():
    schema = json.loads((SCHEMA_DIR / "extract.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.model
def test_extract_output_of_the_examples_validates(settings, nlp):
    validator = _validator()
    results = [r for r in extract([EXAMPLES], settings=settings, nlp=nlp)]
    assert len(results) == 7
    for result in results:
        validator.validate(to_json(result))


@pytest.mark.model
@pytest.mark.skipif(not (SHARED / "corpus" / "seed").exists(), reason="needs ../shared/corpus/seed")
def test_cli_extract_of_the_seed_validates():
    seed = sorted((SHARED / "corpus" / "seed").glob("*.txt"))
    completed = subprocess.run(
        [sys.executable, "-m", "accord", "extract", *map(str, seed), "--format", "json"],
        capture_output=True, text=True, check=True,
    )
    lines = completed.stdout.splitlines()
    assert len(lines) == len(seed)
    for line in lines:
        data = json.loads(line)
        _validator().validate(data)
        assert data["article"]["published"] == "2025-09-05"
        assert data["entities"], "the seed names many entities"


def test_a_wrong_record_does_not_validate():
    with pytest.raises(jsonschema.ValidationError):
        _validator().validate({"article": {"id": "x"}, "entities": [], "events": [], "statements": [], "commitments": [], "positions": []})
