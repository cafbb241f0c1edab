"""Every error rasd raises, in one tree.

    RasdError
    ├── LexiconError      a language data file is invalid (file, line, reason)
    ├── PipelineError     a pipeline was built wrong (a stage's requirement is missing)
    ├── InputError        an input cannot be read (names the input and the reason)
    ├── EvalError         a gold file or a document set cannot be scored
    └── StoreError        the event store cannot do what was asked

The library raises; it never prints or exits. The CLI turns an error into one line and an exit code.
"""
from __future__ import annotations


class RasdError(Exception):
    """Base of every error rasd raises on purpose."""


class LexiconError(RasdError):
    def __init__(self, path: str, line: int | None, reason: str):
        self.path, self.line, self.reason = path, line, reason
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


class PipelineError(RasdError):
    pass


class InputError(RasdError):
    def __init__(self, source: str, reason: str):
        self.source, self.reason = source, reason
        super().__init__(f"{source}: {reason}")


class EvalError(RasdError):
    pass


class StoreError(RasdError):
    pass
