"""``fzlint rules`` and ``fzlint explain``: the rule catalogue."""

from __future__ import annotations

import click


@click.command("rules")
def rules_cmd() -> None:
    """列出规则。"""
    from lint.rules import load_bundled

    for rule in load_bundled().rules.values():
        click.echo(f"{rule.id}\t{rule.kind}\t{rule.severity}\t{rule.title}")


@click.command("explain")
@click.argument("rule_id")
def explain_cmd(rule_id: str) -> None:
    """解释一条规则：摘要、依据、条款、示例。"""
    from lint.rules import load_bundled

    rule = load_bundled().rules.get(rule_id)
    if rule is None:
        raise click.UsageError(f"没有编号为 {rule_id} 的规则")
    click.echo(f"{rule.id} {rule.title}\n依据：{rule.reference}\n{rule.summary}\n{rule.rationale}")
