"""Command line: ``fzlint check``, ``fzlint extract``, ``fzlint rules``, ``fzlint explain``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from lint import __version__
from lint.errors import FzlintError

INPUT_SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm", ".pdf", ".doc", ".wps")


def collect_inputs(paths: tuple[str, ...]) -> list[tuple[Path | None, str]]:
    """Expand folders recursively; ``-`` is standard input. Display paths use ``/``."""
    found: list[tuple[Path | None, str]] = []
    for given in paths:
        if given == "-":
            found.append((None, "-"))
            continue
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in INPUT_SUFFIXES:
                    found.append((child, child.as_posix()))
        else:
            found.append((path, path.as_posix()))
    return found


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fzlint")
def cli() -> None:
    """fzlint：法治政府建设年度报告合规检查。"""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", default="text", help="输出格式")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="写入文件而非标准输出")
@click.option("--rules", "extra_rules", multiple=True, type=click.Path(), help="追加规则文件或目录")
@click.option("--outline", type=click.Choice(["outline-2021", "outline-2015"]), help="指定纲要版本")
@click.option("--checklist", help="指定检查清单")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default="error",
    show_default=True,
)
@click.option("--min-score", type=float, help="得分低于该值时退出码为 1")
def check(
    paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    extra_rules: tuple[str, ...],
    outline: str | None,
    checklist: str | None,
    fail_on: str,
    min_score: float | None,
) -> None:
    """检查报告（文件、目录，或 - 表示标准输入）。"""
    from lint import engine, reporters
    from lint.reporters.view import exit_code
    from lint.rules import load_bundled

    try:
        ruleset = load_bundled([Path(p) for p in extra_rules])
    except FzlintError as exc:
        click.echo(f"fzlint: {exc.message}", err=True)
        sys.exit(2)
    options = engine.Options(outline=outline, checklist=checklist)
    reports = []
    for path, display in collect_inputs(paths):
        if path is None:
            reports.append(engine.check_bytes(sys.stdin.buffer.read(), "-", ruleset, options))
        else:
            reports.append(engine.check_path(path, display, ruleset, options))
    code = exit_code(reports, fail_on, min_score)
    render = reporters.get(fmt)
    if output:
        import io

        buffer = io.StringIO()
        render(reports, code, buffer, {})
        _write_whole(Path(output), buffer.getvalue())
    else:
        render(reports, code, sys.stdout, {})
    sys.exit(code)


def _write_whole(path: Path, content: str) -> None:
    """Write a file whole or not at all (temporary file, then an atomic rename)."""
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@cli.command()
@click.argument("path")
def extract(path: str) -> None:
    """打印规范化后的文本及原文行号（用于核对检查结论）。"""
    from lint.document import build_document
    from lint.errors import InputError
    from lint.model import Span
    from lint.sources import read_bytes, read_path

    try:
        if path == "-":
            source = read_bytes(sys.stdin.buffer.read(), "-")
        else:
            source = read_path(Path(path), path)
    except InputError as exc:
        click.echo(f"fzlint: [{exc.code}] {exc.message}", err=True)
        sys.exit(2)
    doc = build_document(source)
    for para in doc.paragraphs:
        line = doc.source.position(doc.original_span(Span(para.start, para.start + 1)).start).line
        click.echo(f"{line:>5}: {doc.text[para.start : para.end]}")


def _register() -> None:
    from lint.cli_rules import explain_cmd, rules_cmd

    cli.add_command(rules_cmd)
    cli.add_command(explain_cmd)


_register()


def main() -> None:
    cli()
