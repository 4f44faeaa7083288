"""Command line: ``fzlint check``, ``fzlint extract``, ``fzlint rules``, ``fzlint explain``."""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NoReturn

import click

from lint import __version__
from lint.errors import FzlintError
from lint.formats import LEVELS, OUTLINES, REPORTERS, YEARS


class DecimalParam(click.ParamType):
    name = "number"

    def convert(self, value: Any, param: Any, ctx: Any) -> Decimal:
        if isinstance(value, Decimal):
            return value
        try:
            return Decimal(str(value))
        except InvalidOperation:
            self.fail(f"{value!r} 不是数", param, ctx)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fzlint")
def cli() -> None:
    """fzlint：法治政府建设年度报告合规检查。"""


def _ids(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select A,B --select C`` → ``("A", "B", "C")``."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(list(REPORTERS)), help="输出格式（默认 text）")
@click.option("--output", "-o", help="写入文件（html 可写入目录：index.html 加每份报告一页）")
@click.option("--rules", "extra_rules", multiple=True, help="追加规则文件或目录")
@click.option("--outline", type=click.Choice(OUTLINES), help="指定纲要版本")
@click.option("--checklist", help="指定检查清单")
@click.option(
    "--year",
    type=click.IntRange(YEARS.start, YEARS.stop - 1),
    help="报告年度（代替从报告中识别的年度；也决定纲要版本）",
)
@click.option(
    "--level", type=click.Choice(LEVELS), help="报告主体层级（代替识别结果；也决定检查清单）"
)
@click.option("--select", multiple=True, help="只用这些规则（编号或前缀，可逗号分隔）")
@click.option("--ignore", multiple=True, help="不用这些规则（编号或前缀，可逗号分隔）")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    help="达到该级别的问题使退出码为 1（默认 error）",
)
@click.option("--min-score", type=DecimalParam(), help="得分低于该值时退出码为 1")
@click.option("--max-size", type=click.IntRange(min=1), help="单个文件大小上限（字节）")
@click.option("--config", "config_file", help="配置文件（pyproject.toml 或 .fzlint.yaml）")
@click.option("--no-config", is_flag=True, help="不读取任何配置文件")
@click.option("--baseline", help="基线文件：只报告其中未记录的新问题")
@click.option("--write-baseline", help="把当前问题全部记入基线文件（退出码不因问题而为 1）")
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), help="并行进程数（默认 CPU 数；1 为单进程）"
)
@click.option("--quiet", "-q", is_flag=True, help="只打印汇总行")
@click.option("--statistics", is_flag=True, help="按规则统计问题数")
@click.option("--no-progress", is_flag=True, help="不显示进度条")
def check(**kwargs: Any) -> None:
    """检查报告（文件、目录、通配符，或 - 表示标准输入）。"""
    try:
        code = _run_check(CheckArgs(**kwargs))
    except FzlintError as exc:
        click.echo(f"fzlint: [{exc.code}] {exc.message}", err=True)
        sys.exit(2)
    except OSError as exc:  # the output file or folder cannot be written
        where = exc.filename or kwargs.get("output") or "标准输出"  # (a closed pipe: | head)
        click.echo(f"fzlint: [output-failed] 无法写入 {where}（{exc.strerror}）", err=True)
        sys.exit(2)
    sys.exit(code)


@dataclass
class CheckArgs:
    paths: tuple[str, ...]
    fmt: str | None
    output: str | None
    extra_rules: tuple[str, ...]
    outline: str | None
    checklist: str | None
    year: int | None
    level: str | None
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    fail_on: str | None
    min_score: Decimal | None
    max_size: int | None
    config_file: str | None
    no_config: bool
    baseline: str | None
    write_baseline: str | None
    jobs: int | None
    quiet: bool
    statistics: bool
    no_progress: bool


def _run_check(args: CheckArgs) -> int:
    from lint import batch, config, prefork, reporters
    from lint.forkpool import default_jobs
    from lint.reporters.base import RenderContext
    from lint.rules import load_bundled

    if args.baseline and args.write_baseline:
        raise click.UsageError("--baseline 与 --write-baseline 不能同时使用")
    displays = batch.expand_inputs(args.paths)
    if displays.count("-") > 1:
        raise click.UsageError("标准输入（-）只能给一次")
    cfg = config.resolve(args.config_file, args.no_config, displays)
    fmt = args.fmt or cfg.format or "text"
    if fmt not in REPORTERS:
        raise config.ConfigError(
            f"{cfg.path}: 配置项 format 无效：应为 {'、'.join(REPORTERS)} 之一"
        )
    rule_paths = (*cfg.rules, *(Path(p) for p in args.extra_rules))
    factory = reporters.factory(fmt)
    job = replace(
        _job(rule_paths, args, factory.needs_lines),
        encode=fmt,
        tally_only=not args.write_baseline,
    )
    jobs = args.jobs or default_jobs()
    # once: forked workers inherit it (loaded at start-up for a batch, ``lint.prefork``)
    ruleset = prefork.bundled_rules(rule_paths) or load_bundled(list(rule_paths))
    pool = batch.start(job, jobs, len(displays), ruleset)  # they warm up while we go on
    try:
        tasks = [_task(d, cfg, args) for d in displays]
        _check_selectors(ruleset, tasks)
    except BaseException:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        raise
    ctx = RenderContext(
        rules=ruleset.rules,
        fail_on="never" if args.write_baseline else (args.fail_on or cfg.fail_on or "error"),
        min_score=None if args.write_baseline else _first(args.min_score, cfg.min_score),
        quiet=args.quiet,
        statistics=args.statistics,
    )
    results = batch.run(tasks, job, jobs, ruleset, pool=pool)
    return _emit(fmt, results, ctx, args, len(tasks))


def _first(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)


def _task(display: str, cfg: Any, args: CheckArgs) -> Any:
    from lint import batch, config
    from lint.options import Options
    from lint.sources import DEFAULT_MAX_BYTES

    settings = config.with_cli(
        cfg.settings_for(display),
        select=_ids(args.select) or None,
        ignore=_ids(args.ignore),
        checklist=args.checklist,
        outline=args.outline,
        year=args.year,
        level=args.level,
    )
    off = tuple(k for k, v in settings.severity.items() if v == "off")
    options = Options(
        outline=settings.outline,
        checklist=settings.checklist,
        year=settings.year,
        level=settings.level,
        max_bytes=args.max_size or cfg.max_size or DEFAULT_MAX_BYTES,
        select=settings.select or (),
        ignore=settings.ignore + off,
        severity=dict(settings.severity),
    )
    data = sys.stdin.buffer.read() if display == "-" else None
    return batch.Task(display, options, data)


def _check_selectors(ruleset: Any, tasks: list[Any]) -> None:
    """Fail once, before any report is read, on a selector or checklist that names nothing.

    Selectors are those of the checklists: an id, an id prefix, a slug or ``kind:<kind>``.
    """
    from lint.errors import ConfigError
    from lint.rules.checklists import selector_matches
    from lint.rules.resolve import load_checklist

    for task in tasks:
        opts = task.options
        for given in (*opts.select, *opts.ignore, *opts.severity):
            if not any(selector_matches(given, rule) for rule in ruleset.rules.values()):
                raise ConfigError(f"没有与 {given} 相符的规则（select/ignore/severity）")
        if opts.checklist:
            load_checklist(opts.checklist, ruleset)


def _job(rule_paths: tuple[Path, ...], args: CheckArgs, needs_lines: bool) -> Any:
    from lint.batch import Job

    if not args.baseline:
        return Job(rule_paths, want_lines=needs_lines)
    from lint.baseline import load_baseline  # only with a baseline (hashlib, json)

    file = Path(args.baseline)
    return Job(rule_paths, load_baseline(file), file.parent, needs_lines)


def _emit(fmt: str, results: Any, ctx: Any, args: CheckArgs, total: int) -> int:
    from lint import reporters
    from lint.reporters.output import LateStdout, atomic_text, with_progress, write_whole

    writer = None
    if args.write_baseline:
        from lint.baseline import BaselineWriter

        writer = BaselineWriter(Path(args.write_baseline))
    results = with_progress(_tap(results, writer), total, not args.no_progress)
    if args.output and fmt == "html" and _is_folder(args.output):
        ctx.output_dir = Path(args.output)
        ctx.output_dir.mkdir(parents=True, exist_ok=True)
        summary = reporters.stream(fmt, results, LateStdout(), ctx)  # type: ignore[arg-type]
    elif args.output:
        with atomic_text(Path(args.output)) as handle:
            summary = reporters.stream(fmt, results, handle, ctx)
    else:
        summary = reporters.stream(fmt, results, LateStdout(), ctx)  # type: ignore[arg-type]
    if writer is not None:
        write_whole(Path(args.write_baseline or ""), writer.content())
        click.echo(
            f"fzlint: 已将 {len(writer.entries)} 条问题记入基线 {args.write_baseline}", err=True
        )
    code: int = summary["exit_code"]
    return code


def _tap(results: Any, writer: Any) -> Any:
    for result in results:
        if writer is not None:
            writer.add(result.data)
        yield result


def _is_folder(output: str) -> bool:
    return output.endswith(("/", "\\")) or Path(output).is_dir()


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
    from lint import prefork, recache

    recache.install()  # before the model, the rules and the checks are imported (their
    try:  # patterns compiled, their dataclasses made); forked workers inherit it
        cli()
    except SystemExit as done:
        prefork.cancel()  # a first worker forked early (``lint.entry``) and not used
        _leave(done)


def _leave(done: SystemExit) -> NoReturn:
    """End the process with ``done``'s exit status, skipping the interpreter's finalization
    when nothing needs it.

    Finalization frees every module, the rules and the caches object by object: ~13 ms after a
    batch has written its last byte, for a process that is about to vanish. So once standard
    output and error are flushed, the process ends at once (``os._exit``, as mypy does), unless
    something registered work for the exit (an ``atexit`` handler, e.g. a coverage tool's;
    another thread): then, and on any problem (a flush that fails on a closed pipe, a status
    that is not a number), the interpreter exits as usual, reporting what it reports."""
    import atexit
    import os

    code = 0 if done.code is None else done.code
    count = getattr(atexit, "_ncallbacks", None)
    threads = sys.modules.get("threading")
    if not isinstance(code, int) or count is None or count() or _other_threads(threads):
        raise done
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        raise done from None
    os._exit(code)


def _other_threads(threading: Any) -> bool:
    return threading is not None and threading.active_count() > 1
