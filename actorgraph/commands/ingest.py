"""``actorgraph extract`` (no database, JSONL out) and ``actorgraph ingest`` (extract and load)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from actorgraph.commands.common import console, err_console, handle_errors, store_from
from actorgraph.errors import InvalidInput
from actorgraph.graph import Document, GraphStore
from actorgraph.loaders.doc_text import InputProblem, plausible_date
from actorgraph.loaders.extractors import DEFAULT_EXTRACTOR, get_extractor
from actorgraph.loaders.ingest import (
    IngestEvent,
    IngestReport,
    extractions_to_jsonl,
    ingest_documents,
    ingest_extractions,
    link_store,
)
from actorgraph.loaders.input_plan import InputFormat, ListInput, plan_inputs
from actorgraph.loaders.readers import InputFile, ReadFailure, read_file


class ExtractFormat(StrEnum):
    jsonl = "jsonl"


PathsArg = Annotated[list[str], typer.Argument(help="Files, folders (recursive), globs, or - for stdin")]
ExtractorOpt = Annotated[str, typer.Option("--extractor", "-e", help="Extractor by name (see "
                                           "actorgraph.loaders.extractors)")]
MaxMbOpt = Annotated[float, typer.Option("--max-file-mb", min=0.001, envvar="ACTORGRAPH_MAX_FILE_MB",
                                         help="Refuse input files larger than this")]
StdinOpt = Annotated[str, typer.Option("--stdin-format", help="How to read '-': txt, md, html, json, jsonl, "
                                       "rss/atom/xml (feed), pdf")]
PublishedOpt = Annotated[str | None, typer.Option(
    "--published", metavar="YYYY-MM-DD",
    help="Publication date for documents that state none; dates like 'November 21' or 'on Monday' are "
         "resolved against it (without one they stay undated)")]


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return plausible_date(dt.date.fromisoformat(value.strip()))
    except ValueError:
        raise InvalidInput(f"--published must be a date like 2025-12-01, got {value!r}",
                           field="published") from None
    except InputProblem:
        raise InvalidInput(f"--published {value!r} is not a plausible publication date (years 1000-2999)",
                           field="published") from None


def _default_published(docs: Iterable[Document | ReadFailure],
                       published: dt.date | None) -> Iterator[Document | ReadFailure]:
    for doc in docs:
        if published is not None and isinstance(doc, Document) and doc.published is None:
            doc = doc.model_copy(update={"published": published})
        yield doc


def _print_failures(failures: list[str]) -> None:
    for failure in failures:
        line = Text("error: ", style="bold red")
        line.append(failure)  # file names and messages are data, never markup
        err_console.print(line, highlight=False, soft_wrap=True)


def _make_progress(show: bool = True) -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[counts]}", markup=False), TimeElapsedColumn(), console=err_console,
                    transient=False, disable=not show)


class _Counts:
    """Running totals behind the progress bar (distinct actors, like the final summary)."""

    def __init__(self, progress: Progress, task: TaskID) -> None:
        self.progress, self.task = progress, task
        self.sentences = self.relations = self.failures = 0
        self.actor_ids: set[str] = set()
        self.doc_ids: set[str] = set()  # a list file arrives in batches of one document

    def __call__(self, event: IngestEvent) -> None:
        if event.extraction is not None:
            if event.extraction.document is not None:
                self.doc_ids.add(event.extraction.document.id)
            self.actor_ids.update(a.id for a in event.extraction.actors)
            self.relations += len(event.extraction.relations)
        self.sentences += event.sentences
        self.failures += event.failure is not None
        self.progress.update(self.task, counts=(
            f"{len(self.doc_ids)} docs {self.sentences} sentences {len(self.actor_ids)} actors "
            f"{self.relations} relations" + (f" [{self.failures} failed]" if self.failures else "")))


def _run(store: GraphStore | None, items: list[InputFile | ReadFailure | ListInput], *, extractor_name: str,
         dry_run: bool, max_bytes: int, stdin_format: str, keep: bool, show_progress: bool,
         published: dt.date | None = None) -> IngestReport:
    extractor = get_extractor(extractor_name) if any(isinstance(i, InputFile) for i in items) else None
    report = IngestReport(dry_run=dry_run)
    seen_ids: dict[str, str] = {}
    with _make_progress(show_progress) as progress:
        task = progress.add_task("reading" if dry_run else "ingesting", total=len(items), counts="",
                                 visible=show_progress)
        counts = _Counts(progress, task)
        for item in items:
            if isinstance(item, ReadFailure):
                report.failures.append(str(item))
                counts(IngestEvent(failure=str(item)))
            elif isinstance(item, ListInput):
                progress.update(task, description=f"{item.fmt.value}: {item.label}")
                row_errors: list[str] = []

                def on_error(err: Exception, errors: list[str] = row_errors) -> None:
                    errors.append(str(err))
                    counts(IngestEvent(failure=str(err)))

                part = ingest_extractions(store, item.read(on_error), item.label, counts, dry_run=dry_run,
                                          keep_extractions=keep)
                part.failures[:0] = row_errors
                report.merge(part)
            else:
                progress.update(task, description=item.path[-40:])
                docs = _default_published(
                    read_file(item, max_bytes=max_bytes, stdin_format="." + stdin_format.lstrip(".")), published)
                report.merge(ingest_documents(store, docs, extractor, link=False, progress=counts,
                                              dry_run=dry_run, keep_extractions=keep, seen_ids=seen_ids))
            progress.advance(task)
        progress.update(task, description="done")
    return report


def _summary(report: IngestReport, files: int) -> None:
    table = Table("files", "documents", "sentences", "actors", "relations", "failed",
                  title="dry run: nothing written" if report.dry_run else "ingested")
    table.add_row(*(str(n) for n in (files, report.documents, report.sentences, report.actors,
                                     report.relations, len(report.failures))))
    console.print(table)
    if report.relations_by_type:
        by_type = Table("relation type", "count")
        for name, n in report.relations_by_type.most_common(12):
            by_type.add_row(name, str(n))
        console.print(by_type)
    if report.link is not None:
        merges = len(getattr(report.link, "merges", []) or [])
        ambiguous = len(getattr(report.link, "ambiguous", {}) or {})
        weak = len(getattr(report.link, "weak_alias_only", {}) or {})
        console.print(Text(f"linking: {merges} actor(s) merged into list entries"
                           + (f", {ambiguous} ambiguous left apart" if ambiguous else "")
                           + (f", {weak} matching only a weak alias left apart" if weak else "")))


@handle_errors
def ingest(
    ctx: typer.Context,
    paths: PathsArg,
    fmt: Annotated[InputFormat, typer.Option("--format", "-f", help="auto detects OFAC and FtM lists; text "
                                             "reads news documents")] = InputFormat.auto,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Read and extract, write nothing")] = False,
    link: Annotated[bool, typer.Option("--link/--no-link", help="Link actors across sources after "
                                       "loading")] = True,
    extractor: ExtractorOpt = DEFAULT_EXTRACTOR,
    max_file_mb: MaxMbOpt = 20.0,
    stdin_format: StdinOpt = "txt",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
    published: PublishedOpt = None,
) -> None:
    """Extract actors and relations from documents and lists and load them (idempotent on re-run)."""
    items = list(plan_inputs(paths, fmt))
    files = sum(1 for i in items if not isinstance(i, ReadFailure))
    run = dict(extractor_name=extractor, dry_run=dry_run, max_bytes=int(max_file_mb * 1024 * 1024),
               stdin_format=stdin_format, keep=False, show_progress=not quiet, published=_published(published))
    if dry_run:
        report = _run(None, items, **run)  # type: ignore[arg-type]
    else:
        with store_from(ctx) as store:
            report = _run(store, items, **run)  # type: ignore[arg-type]
            if link and report.documents:
                link_store(store, report)
    _summary(report, files)
    _print_failures(report.failures)
    if report.failures:
        raise typer.Exit(1)


@handle_errors
def extract(
    paths: PathsArg,
    output: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format")] = ExtractFormat.jsonl,
    extractor: ExtractorOpt = DEFAULT_EXTRACTOR,
    max_file_mb: MaxMbOpt = 20.0,
    stdin_format: StdinOpt = "txt",
    published: PublishedOpt = None,
) -> None:
    """Print actors and relations found in documents as JSON lines (no database; docs/extract-format.md)."""
    items = list(plan_inputs(paths, InputFormat.text))
    report = _run(None, items, extractor_name=extractor, dry_run=True,
                  max_bytes=int(max_file_mb * 1024 * 1024), stdin_format=stdin_format, keep=True,
                  show_progress=False, published=_published(published))
    out = sys.stdout
    for record in extractions_to_jsonl(report.extractions):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    _print_failures(report.failures)
    if report.failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(extract)
    app.command()(ingest)
