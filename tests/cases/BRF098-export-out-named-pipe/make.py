"""A named pipe where export is told to write its JSON."""

import os

os.mkfifo("out.json")
