"""Exception classes of the anomaly engine (same classes for the Go and Python backends).

go/sarkbind/anomaly.go maps go/anomaly's sentinels: ``ErrInvalidEvent`` -> :class:`InvalidEvent`,
``ErrInvalidState`` -> :class:`InvalidState`, ``ErrUnsupportedVersion`` -> :class:`UnsupportedVersion`,
``ErrCapacity`` -> :class:`CapacityExceeded`, ``ErrInvalidOption`` -> ``InvalidArgument``. The text is
the Go error's, e.g. ``"event 3: anomaly: invalid event: result_size: outside 0..2^53-1"``; it never
holds an event's values.
"""

from __future__ import annotations

from sark_accel.errors import InvalidArgument, SarkAccelError, register_kind

__all__ = ["CapacityExceeded", "InvalidEvent", "InvalidState", "UnsupportedVersion"]


@register_kind
class InvalidEvent(InvalidArgument):
    """An event breaks a rule of go/anomaly/README.md section 1 (the message names the field)."""

    kind = "anomaly_invalid_event"


@register_kind
class InvalidState(InvalidArgument):
    """A state given to ``import_state`` is corrupt, inconsistent or not this format."""

    kind = "anomaly_invalid_state"


@register_kind
class UnsupportedVersion(InvalidArgument):
    """A state given to ``import_state`` has a newer format version than this release reads."""

    kind = "anomaly_unsupported_version"


@register_kind
class CapacityExceeded(SarkAccelError, OverflowError):
    """A principal's window would count more than 2^32 - 1 events."""

    kind = "anomaly_capacity"
