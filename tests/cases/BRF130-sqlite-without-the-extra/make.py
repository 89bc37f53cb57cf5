"""sqlite-utils hidden as if the [sqlite] extra were not installed (undone after the case)."""

import sys

sys.modules["sqlite_utils"] = None  # type: ignore[assignment]  # `import sqlite_utils` now fails as when absent
