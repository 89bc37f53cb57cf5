"""The data for other tools: the JSON dataset, CSV and SQLite tables, and W3C Web Annotations."""
