"""A copy of the briefing with the other extension."""

import shutil

shutil.copyfile("briefings/harbour-ferry.yaml", "briefings/harbour-ferry.yml")
