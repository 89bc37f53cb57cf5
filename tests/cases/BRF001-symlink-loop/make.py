"""A briefing file that is a link to itself."""

import os

os.symlink("union.yaml", "briefings/union.yaml")
