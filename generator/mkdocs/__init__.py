"""The MkDocs adapter, the only package that imports MkDocs: the two plugins, their options, quick rebuilds."""
