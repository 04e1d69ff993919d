"""Value types shared by every backend of the policy engine."""

from __future__ import annotations

from typing import Any

__all__ = ["UNDEFINED", "UndefinedType"]


class UndefinedType:
    """Type of :data:`UNDEFINED`: the result of a query that has no value.

    Rego distinguishes "undefined" (no rule produced a value) from ``null``, ``false`` and
    empty collections; ``None`` cannot stand for it because ``null`` is a valid result.
    There is exactly one instance; it is falsy, and copying or pickling it yields the same object,
    so ``result is UNDEFINED`` is always the right test.
    """

    __slots__ = ()
    _instance: UndefinedType | None = None

    def __new__(cls) -> UndefinedType:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNDEFINED"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self) -> str:
        # A string tells pickle to store a reference to the module global of that name.
        return "UNDEFINED"

    def __copy__(self) -> UndefinedType:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> UndefinedType:
        return self


#: The singleton returned when a query is undefined.
UNDEFINED = UndefinedType()
