"""The vocabulary's names as the models offer them; it lives in `app.vocabulary`, outside this
package, so code that needs only words (the command line, the first tab) builds no table."""

from app.vocabulary import (
    BAD_MONTH,
    LABEL_CONTEXT,
    LABELS,
    OTHER_PLATFORM_NAMES,
    PLATFORM_COLORS,
    PLATFORM_NAMES,
    Month,
    MonthError,
    Platform,
    label,
    label_group,
    labels,
    platform_code,
    platform_name,
)

__all__ = [
    "BAD_MONTH", "LABELS", "LABEL_CONTEXT", "OTHER_PLATFORM_NAMES", "PLATFORM_COLORS", "PLATFORM_NAMES", "Month",
    "MonthError", "Platform", "label", "label_group", "labels", "platform_code", "platform_name",
]
