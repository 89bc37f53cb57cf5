"""A named pipe where a seed is expected."""

import os

os.mkfifo("seeds/pipe.md")
