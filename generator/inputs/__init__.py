"""Reading what people typed: files with positions (load), their shape (schema), dates, and quotes in sources."""
