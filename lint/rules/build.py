"""One rule mapping → a ``Rule``: common keys checked here, kind-specific keys by the check.

After the common keys, the rule's implementation (``lint.checks.implementation``) validates
its own keys; a ``RuleError`` it raises with ``key="match.regex[1]"`` is moved to that key's
line, so check authors never deal with line numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lint.checks import DEFAULT_CHECK, registry
from lint.errors import RuleError
from lint.model import Example, Rule
from lint.rules.regex import compile_pattern
from lint.rules.schema import (
    EXAMPLE_KEYS,
    EXAMPLES_KEYS,
    ID_RE,
    KINDS,
    LEVELS,
    META_KEYS,
    RULE_KEYS,
    SEVERITIES,
    SLUG_RE,
    Where,
    check_choice,
    check_levels,
    check_mapping,
    check_years,
    describe,
    iso_date,
)
from lint.rules.yamlnodes import split_key


def build_rule(raw: Any, where: Where, pack: str, parts: Mapping[str, object]) -> Rule:
    """Check one rule mapping and build the ``Rule`` (kind-specific validation included)."""
    check_mapping(raw, RULE_KEYS, where)
    rule_id = raw["id"]
    if not ID_RE.match(rule_id):
        raise where.error(f"规则编号 {rule_id} 无效（字母开头，仅含字母、数字、-、_）", "id")
    kind = check_choice(raw["kind"], KINDS, "kind", where, "kind")
    rule = Rule(
        id=rule_id,
        kind=kind,
        title=raw["title"].strip(),
        severity=check_choice(raw["severity"], SEVERITIES, "severity", where, "severity"),
        message=raw["message"].strip(),
        slug=_slug(raw, where),
        check=raw.get("check") or DEFAULT_CHECK.get(kind, ""),
        summary=_text(raw, "summary"),
        rationale=_text(raw, "rationale"),
        reference=_text(raw, "reference"),
        part=_part(raw, where, pack, parts),
        levels=check_levels(raw["levels"], where) if raw.get("levels") is not None else (),
        years=check_years(raw["years"], where) if raw.get("years") is not None else None,
        params=_params(raw, where),
        examples=_examples(raw.get("examples"), where.child("examples")),
        origin=where.location(),
    )
    validate_kind(rule, where, "check" in raw)
    return rule


def validate_kind(rule: Rule, where: Where, explicit_check: bool) -> None:
    """Delegate to the (kind, check) implementation; unknown pairs name the allowed ones."""
    impl = registry().get((rule.kind, rule.check))
    if impl is None:
        allowed = "、".join(f"{k}/{c}" for k, c in sorted(registry()))
        raise where.error(
            f"没有 kind={rule.kind}、check={rule.check or '（未填）'} 的检查实现"
            f"（可用：{allowed}）",
            "check" if explicit_check else "kind",
        )
    try:
        impl.validate(rule)
    except RuleError as exc:
        raise relocate(exc, where) from None
    except Exception as exc:  # a check's validate tripped over a malformed value
        raise where.error(f"规则参数无效（{type(exc).__name__}: {exc}）") from None


def relocate(exc: RuleError, where: Where) -> RuleError:
    """The same error, at the line of its key (a path relative to the rule)."""
    where_text = exc.location + (f" [{exc.key}]" if exc.key else "")
    message = exc.message.removeprefix(f"{where_text}: ") if where_text else exc.message
    if not exc.key:
        return RuleError(message, location=exc.location or where.location())
    sub = split_key(exc.key)
    return RuleError(message, location=where.location(*sub), key=exc.key)


def _text(raw: Mapping[str, Any], name: str) -> str:
    return str(raw.get(name) or "").strip()


def _slug(raw: Mapping[str, Any], where: Where) -> str:
    if raw.get("slug") is None:
        return str(raw["id"]).lower().replace("_", "-")
    slug = raw["slug"]
    if not SLUG_RE.match(slug):
        raise where.error(f"slug {slug} 无效（应为小写 kebab-case，如 legal-advisers）", "slug")
    return str(slug)


def _part(raw: Mapping[str, Any], where: Where, pack: str, parts: Mapping[str, object]) -> str:
    part = raw.get("part")
    if part is None:
        return ""
    full = part if "/" in part or not pack else f"{pack}/{part}"
    if full not in parts:
        known = "、".join(sorted(parts)) or "（无）"
        raise where.error(f"未定义的纲要部分 {full}（已定义：{known}）", "part")
    return str(full)


def _params(raw: Mapping[str, Any], where: Where) -> dict[str, Any]:
    params = dict(raw.get("params") or {})
    if "match" in raw and raw["match"] is not None:
        if "match" in params:
            raise where.error("match 与 params.match 不能同时出现", "params", "match")
        params["match"] = raw["match"]
        _check_match_regex(raw["match"], where)
    return params


def _check_match_regex(match: Mapping[str, Any], where: Where) -> None:
    """``match.regex`` (a string or a list of strings) must compile with RE2."""
    patterns = match.get("regex")
    if patterns is None:
        return
    if isinstance(patterns, str):
        compile_pattern(patterns, where.location("match", "regex"), where.key("match", "regex"))
        return
    if not isinstance(patterns, list):
        raise where.error(f"应为字符串或字符串列表，实际为{describe(patterns)}", "match", "regex")
    for index, pattern in enumerate(patterns):
        sub = ("match", "regex", index)
        compile_pattern(pattern, where.location(*sub), where.key(*sub))


def _examples(raw: Any, where: Where) -> tuple[Example, ...]:
    if raw is None:
        return ()
    check_mapping(raw, EXAMPLES_KEYS, where)
    examples: list[Example] = []
    for good in (True, False):
        name = "good" if good else "bad"
        for index, item in enumerate(raw.get(name) or []):
            examples.append(_example(item, good, where.child(name, index)))
    return tuple(examples)


def _example(item: Any, good: bool, where: Where) -> Example:
    if isinstance(item, str):
        if not item.strip():
            raise where.error("示例文本不能为空")
        return Example(item, good)
    check_mapping(item, EXAMPLE_KEYS, where)
    meta = dict(check_mapping(item.get("meta") or {}, META_KEYS, where.child("meta")))
    if "level" in meta:
        check_choice(meta["level"], (*LEVELS, "unknown"), "层级", where, "meta", "level")
    for name in ("published", "signed"):
        if name in meta:
            meta[name] = iso_date(meta[name], where.child("meta"), name)
    return Example(item["text"], good, meta)
