"""The data for other tools: the JSON dataset (declared once), CSV and SQLite tables, Web Annotations, downloads."""
