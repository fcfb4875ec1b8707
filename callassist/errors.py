"""Domain errors, split the way the UI treats them.

``UserInputError``: the operator (or a file, or a command line) said something the rules refuse; show the message.
``EnvironmentFailure``: the world failed (database gone, disk full); show it, nothing was half-written.
Anything else is a bug and is reported with the log path.
"""

from __future__ import annotations


class CallAssistError(Exception):
    """Base of every error the core raises on purpose."""


class UserInputError(CallAssistError):
    """Input the rules refuse. ``field`` names the form field or column at fault, when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class EnvironmentFailure(CallAssistError):
    """The database, a file or the network failed; the unit of work was rolled back."""


class NotFound(UserInputError):
    """A client, operator or catalogue entry that does not exist."""
