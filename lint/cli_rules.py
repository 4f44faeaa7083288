"""``fzlint rules`` and ``fzlint explain``: the rule catalogue, and validating rule files."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from lint.errors import FzlintError

if TYPE_CHECKING:
    from lint.rules import RuleSet

RULES_HELP = "同时载入这些规则文件或目录（可重复）"


def _load(extra: tuple[str, ...]) -> RuleSet:
    from lint.rules import load_bundled

    try:
        return load_bundled([Path(p) for p in extra])
    except FzlintError as exc:
        _fail([exc])
        raise  # unreachable: _fail exits


def _fail(errors: list[FzlintError]) -> None:
    for exc in errors:
        click.echo(f"fzlint: [{exc.code}] {exc.message}", err=True)
    sys.exit(2)


@click.command("rules")
@click.argument("paths", nargs=-1)
@click.option("--markdown", is_flag=True, help="输出 Markdown 规则目录（rules/README.md）")
@click.option("--check", "validate", is_flag=True, help="只校验给出的规则文件、目录或检查清单")
@click.option("--rules", "extra", multiple=True, help=RULES_HELP)
def rules_cmd(
    paths: tuple[str, ...], markdown: bool, validate: bool, extra: tuple[str, ...]
) -> None:
    """列出规则；--markdown 生成规则目录；--check PATH... 校验规则文件与检查清单。"""
    from lint.rules import catalogue

    if validate:
        _validate([Path(p) for p in (*paths, *extra)])
        return
    if paths:
        raise click.UsageError("列出规则时不接受路径参数；追加规则请用 --rules，校验请用 --check")
    ruleset = _load(extra)
    if markdown:
        click.echo(catalogue.markdown(ruleset), nl=False)
        return
    ordered = sorted(ruleset.rules.values(), key=lambda r: r.id)
    click.echo(catalogue.table(catalogue.rows(ordered)))


def _validate(paths: list[Path]) -> None:
    from lint.rules.validate import validate_paths

    checked, errors = validate_paths(paths)
    if errors:
        _fail(list(errors))
    click.echo(f"规则校验通过：{checked}")


@click.command("explain")
@click.argument("name")
@click.option("--rules", "extra", multiple=True, help=RULES_HELP)
def explain_cmd(name: str, extra: tuple[str, ...]) -> None:
    """解释一条规则（编号或 slug）：摘要、理由、依据、适用范围、示例、定义位置。"""
    from lint.rules import catalogue

    ruleset = _load(extra)
    found = [ruleset.rules[name]] if name in ruleset.rules else []
    # A slug names a concept, shared across outline packs: show every rule of it, by id.
    found = found or sorted(
        (r for r in ruleset.rules.values() if r.slug == name), key=lambda r: r.id
    )
    if not found:
        _fail([FzlintError(f"没有编号或 slug 为 {name} 的规则", code="unknown-rule")])
    click.echo("\n\n".join(catalogue.explain(rule, ruleset) for rule in found))
