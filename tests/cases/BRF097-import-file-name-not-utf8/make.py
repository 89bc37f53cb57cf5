"""A raw article whose file name holds the byte 0xff, which is not UTF-8 (ÿ in Latin-1)."""

import os

os.mkdir("raw")
with open(os.path.join(b"raw", b"fares\xff.txt"), "wb") as handle:
    handle.write(b"Ferry fares to rise in August\n\nFares on the harbour ferry will rise in August.\n")
