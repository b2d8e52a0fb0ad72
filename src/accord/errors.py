"""accord's exception tree: one base, three branches users can tell apart.

AccordError
├── UsageError     – the call itself is wrong (bad option, unknown export kind); exit code 2
├── InputError     – one input could not be read (bad file, unreachable URL); the batch goes on
│   └── FetchError – a URL could not be fetched
├── ModelError     – the spaCy model is missing or broken
└── StorageError   – the database could not be opened or written
"""

from __future__ import annotations


class AccordError(Exception):
    """Base of every error accord raises on purpose."""

    def __init__(self, message: str, *, source: str | None = None, stage: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.stage = stage

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class UsageError(AccordError):
    """The caller asked for something accord does not do."""


class InputError(AccordError):
    """One input (file, line, URL) could not be turned into an article."""


class FetchError(InputError):
    """A URL could not be fetched, or was refused."""


class ModelError(AccordError):
    """The spaCy model could not be loaded."""


class StorageError(AccordError):
    """The store could not be opened, migrated or written."""
