"""Schema errors mapped back onto the file: the line and column of the offending key or value, and a hint."""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.diagnostics import Diagnostic
from generator.inputs.load import Document, KeyPath
from generator.inputs.schema import (
    ID_PATTERN,
    MIGRATIONS,
    OUTLET_MIGRATION,
    SeedMeta,
)
from generator.inputs.slugs import slug
from generator.validate.inputs import OUTLETS


def validated(doc: Document, model: type[Any]) -> tuple[Any, list[Diagnostic]]:
    """The model for a document, or a best-effort partial one plus the schema diagnostics."""
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        found = [schema_diagnostic(doc, model, err) for err in exc.errors()]
        return _salvage(model, doc.data), found


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation


def _at(model: Any, loc: KeyPath) -> Any:
    """The type at a location inside a model, following fields and list items."""
    current = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            args = typing.get_args(current)
            if typing.get_origin(current) is not list or not args:
                return None
            current = args[0]
        elif isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = current.model_fields[part].annotation
        else:
            return None
    return _unwrap(current)


def _field(model: Any, loc: KeyPath) -> Any:
    parent = _at(model, loc[:-1])
    if isinstance(parent, type) and issubclass(parent, BaseModel) and loc and loc[-1] in parent.model_fields:
        return parent.model_fields[str(loc[-1])]
    return None


def close(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate closest to ``word``, if any is close enough to suggest."""
    found = difflib.get_close_matches(str(word), list(candidates), n=1, cutoff=0.6)
    return found[0] if found else None


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping (key: value lines)"
    if isinstance(value, list):
        return "a list"
    return f"'{value}'"


_EXPECTED = {
    "string_type": "text",
    "list_type": "a list (lines starting with '- ')",
    "model_type": "a mapping (key: value lines)",
    "model_attributes_type": "a mapping (key: value lines)",
    "dict_type": "a mapping (key: value lines)",
    "enum": "one of the allowed words",
}


def schema_diagnostic(doc: Document, model: Any, err: Any) -> Diagnostic:
    """One pydantic error as a located, plain-language diagnostic."""
    loc: KeyPath = tuple(err["loc"])
    kind, value = err["type"], err.get("input")
    name = str(loc[-1]) if loc and isinstance(loc[-1], str) else ""
    info = _field(model, loc)
    about = f" ({info.description.rstrip('.')})" if info is not None and info.description else ""
    example = (
        f', e.g. "{info.examples[0]}"'
        if info is not None and info.examples and isinstance(info.examples[0], str)
        else ""
    )
    parent = _at(model, loc[:-1])
    change = MIGRATIONS.get((getattr(parent, "__name__", ""), name)) if kind in ("missing", "extra_forbidden") else None
    if change:
        if kind == "missing":
            return doc.diagnostic(
                loc[:-1], "BRF080", f"'{name}' is required since the annotation format changed", change
            )
        return doc.diagnostic(loc, "BRF080", f"'{name}' belongs to an older annotation format", change, key=True)
    if kind == "extra_forbidden":
        allowed = list(parent.model_fields) if isinstance(parent, type) and issubclass(parent, BaseModel) else []
        guess = close(name, allowed)
        hint = f"did you mean '{guess}'?" if guess else f"the keys allowed here are: {', '.join(allowed)}"
        return doc.diagnostic(loc, "BRF020", f"unknown key '{name}'", hint, key=True)
    if kind == "missing":
        example = (
            f', e.g. {name}: "{info.examples[0]}"'
            if info is not None and info.examples and isinstance(info.examples[0], str)
            else ""
        )
        return doc.diagnostic(loc[:-1], "BRF021", f"missing required key '{name}'", f"add '{name}:'{about}{example}")
    if kind == "enum":
        choices = [e.value for e in _at(model, loc)]
        guess = close(str(value), choices)
        hint = f"did you mean '{guess}'?" if guess else f"use one of: {', '.join(choices)}"
        return doc.diagnostic(loc, "BRF023", f"'{value}' is not one of: {', '.join(choices)}", hint)
    if kind == "string_pattern_mismatch" and loc == ("outlet",) and model is SeedMeta:
        return doc.diagnostic(
            loc,
            "BRF080",
            f"'{value}' is not an outlet id",
            f'{OUTLET_MIGRATION}, e.g. outlet: "{slug(str(value))}" with, in briefings/{OUTLETS}:\n'
            f'  - id: "{slug(str(value))}"\n    name: "{value}"\n    kind: "newspaper"',
        )
    if kind == "string_pattern_mismatch":
        if err.get("ctx", {}).get("pattern") == ID_PATTERN:
            return doc.diagnostic(
                loc,
                "BRF024",
                f"'{value}' is not a valid id",
                f"ids use lower-case letters, digits and hyphens, e.g. '{slug(str(value))}'",
            )
        return doc.diagnostic(loc, "BRF026", f"'{value}' is not in the expected form", f"expected{about}{example}")
    if kind == "string_too_long":
        limit = err.get("ctx", {}).get("max_length")
        return doc.diagnostic(loc, "BRF026", f"'{name}' is too long (at most {limit} characters)", "shorten it")
    if kind.startswith("date") or kind == "date_format":
        return doc.diagnostic(
            loc,
            "BRF025",
            err["msg"] if kind == "date_format" else f"'{value}' is not a date",
            'write the date as YYYY-MM-DD, in quotes, e.g. "2025-09-05"',
        )
    if kind == "too_short":
        return doc.diagnostic(loc, "BRF026", f"'{name}' needs at least one item", f"add an item{about}")
    if kind == "string_too_short" or (value is None and kind in _EXPECTED):
        return doc.diagnostic(
            loc,
            "BRF022",
            f"'{name or 'value'}' is empty",
            f"write a value after the colon{about}; leave the key out if it is optional",
        )
    if kind in _EXPECTED:
        where = f"'{name}' expects" if name else "expected"
        return doc.diagnostic(
            loc,
            "BRF022",
            f"{where} {_EXPECTED[kind]}, found {_describe(value)}",
            f"check the indentation and the value{about}",
        )
    return doc.diagnostic(loc, "BRF026", err["msg"], f"check the value{about}")


def _salvage(model: Any, data: Any) -> Any:
    """A partial model from the valid parts of a file, so cross-file checks still run.

    List items that fail are kept as ``None`` so indices still match the file.
    """
    if not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        annotation = _unwrap(info.annotation)
        is_list = typing.get_origin(annotation) is list
        raw = data.get(name)
        item = _unwrap(typing.get_args(annotation)[0]) if is_list else None
        if is_list and isinstance(raw, list) and isinstance(item, type) and issubclass(item, BaseModel):
            values[name] = [_try(item, x) for x in raw]
            continue
        empty: Any = [] if is_list else None
        try:
            if name in data:
                values[name] = TypeAdapter(info.annotation).validate_python(raw)
            else:
                values[name] = empty if info.is_required() else info.get_default(call_default_factory=True)
        except (ValidationError, TypeError):
            values[name] = empty
    return model.model_construct(**values)


def _try(model: Any, data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError:
        return None
