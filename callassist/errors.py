"""Domain errors, split the way the UI treats them.

``UserInputError``: the operator (or a file, or a command line) said something the rules refuse; show the message.
``EnvironmentFailure``: the world failed (database gone, disk full); show it, nothing was half-written.
Anything else is a bug and is reported with the log path.

An error carries a message **code** (see :mod:`callassist.messages`) and its parameters, never a sentence of its
own: ``UserInputError("wrapup.reason_required", field="refusalReason")``. Whoever shows it renders it in the
person's language with :meth:`CallAssistError.render`. ``str(error)`` is the English text, for logs.
Older call sites that still pass an English sentence keep working: an unknown code renders as itself.
"""

from __future__ import annotations

from typing import Any

from callassist.messages import render


class CallAssistError(Exception):
    """Base of every error the core raises on purpose.

    Attributes:
        code: the message code (or, for an older caller, the sentence itself).
        params: the values the message names.
    """

    def __init__(self, code: str = "", /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def render(self, language: str | None = None) -> str:
        """The message in ``language`` ("ru" or "en"; English when None)."""
        return render(self.code, language, **self.params)

    def __str__(self) -> str:
        return self.render("en")


class UserInputError(CallAssistError):
    """Input the rules refuse. ``field`` names the field code (or column) at fault, when there is one."""

    def __init__(self, code: str, field: str | None = None, **params: Any) -> None:
        super().__init__(code, **params)
        self.field = field

    def __reduce__(self) -> tuple[Any, ...]:  # survives pickling across processes and the outbox
        return (_rebuild, (type(self), self.code, self.field, self.params))


def _rebuild(cls: type[UserInputError], code: str, field: str | None, params: dict[str, Any]) -> UserInputError:
    return cls(code, field, **params)


class EnvironmentFailure(CallAssistError):
    """The database, a file or the network failed; the unit of work was rolled back."""


class NotFound(UserInputError):
    """A client, operator or catalogue entry that does not exist."""
