"""The base of every dataclass in the package: one shared ``__repr__``.

Python compiles each generated dataclass method from source text when the
class is created, at import time, on every run. The generated ``__repr__``
was a third of that cost (about 0.5 ms a class on a 2-CPU VM, 15 ms of each
``accession list``), so our dataclasses say ``repr=False`` and inherit
this one, which prints exactly what the generated one would.
"""

from __future__ import annotations

import reprlib
from dataclasses import fields


class Record:
    """Mixin for ``@dataclass(repr=False)`` classes."""

    __slots__ = ()

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        # every subclass is a dataclass; mypy cannot know it of the mixin
        own = fields(self)  # type: ignore[arg-type]
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in own if f.repr)
        return f"{type(self).__qualname__}({shown})"
