"""A named pipe given to the importer as the raw article."""

import os

os.mkfifo("raw.txt")
