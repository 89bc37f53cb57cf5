"""A briefing file that is a link to a file that does not exist."""

import os

os.symlink("missing.yaml", "briefings/union.yaml")
