"""A named pipe where mkdocs.yml is expected."""

import os

os.remove("mkdocs.yml")
os.mkfifo("mkdocs.yml")
