"""The store's commands (ingest, events, timeline, brief, search, export) — thin over :class:`Store`.

The ``rasd`` command registers them: ``for c in store_commands.commands.values(): main.add_command(c)``.
Every command takes ``--db PATH`` (default ``$RASD_DB``, else ``~/.local/share/rasd/rasd.db``).
"""
from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import asdict

from typing import Any

import click

from rasd.errors import RasdError

_db_option = click.option("--db", "db", type=click.Path(dir_okay=False), envvar="RASD_DB",
                          help="The store's SQLite file (default: $RASD_DB, else ~/.local/share/rasd/rasd.db).")


def _open(db: str | None):
    from rasd.store import Store
    return Store(db)


def _fail(exc: RasdError) -> None:
    click.echo(f"rasd: {exc}", err=True)
    sys.exit(1)


@click.group("store")
def store_commands() -> None:
    """The event store."""


@store_commands.command("ingest")
@click.argument("paths", nargs=-1)
@click.option("--input", "input_jsonl", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="JSON lines (.jsonl or .jsonl.gz): {id|docno, text, published|time?, title?, url?}.")
@_db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--glob", "globs", multiple=True, help="Only files matching this pattern in folders (repeatable).")
@click.option("--failures", "failures_path", type=click.Path(dir_okay=False),
              help="Write every input of this run that failed, with the stage and reason (TSV).")
def ingest_cmd(paths, input_jsonl, db, quiet, globs, failures_path):
    """Code documents and store their events (idempotent: a stored document is skipped).

    \b
    Examples:
      rasd ingest ../shared/seeds/
      rasd ingest page.html crawl.warc.gz https://example.org/feed.xml
      rasd ingest --input ../shared/corpus/jawharafm-2015-2017.jsonl.gz --db /tmp/jf.db
    """
    if not paths and not input_jsonl:
        raise click.UsageError("give PATH… (files, folders, URLs, feeds, WARC) or --input docs.jsonl")
    from rasd.ingest import read
    from rasd.pipeline import Pipeline
    try:
        pipeline = Pipeline.default()
        items = read(list(paths) + list(input_jsonl), glob=list(globs) or None)  # failures go to the store
        with _open(db) as store:
            if quiet:
                report = store.ingest(items, pipeline)
            else:
                with click.progressbar(items, label="ingest", file=sys.stderr, show_pos=True) as bar:
                    report = store.ingest(bar, pipeline)
    except RasdError as exc:
        _fail(exc)
    rate = report.documents / report.seconds if report.seconds else 0.0
    click.echo(f"new {report.new}, duplicate {report.duplicate}, near-duplicate {report.near_duplicate}, "
               f"failed {report.failed}; events {report.events} (mentions {report.mentions}) "
               f"in {report.seconds:.1f} s ({rate:.0f} documents/s) → {store.path}")
    if report.failed or failures_path:
        with _open(db) as store:
            failures = store.failures(report.run_id)
        for f in failures[:20]:
            click.echo(f"rasd: {f.doc_id or ''} {f.stage}: {f.message}", err=True)
        if report.failed:
            click.echo(f"rasd: {report.failed} input(s) failed (run {report.run_id}, table failures)", err=True)
        if failures_path:
            with open(failures_path, "w", encoding="utf-8") as out:
                out.write("input\tstage\treason\n")
                for f in failures:
                    out.write(f"{f.doc_id or ''}\t{f.stage}\t{f.message}\n")
    sys.exit(2 if report.failed else 0)


def _filters(actor, dyad, since, until, root, plover) -> dict[str, Any]:
    return {k: v for k, v in dict(actor=actor, dyad=tuple(dyad) if dyad else None, since=since, until=until,
                                  root=list(root) if root else None, plover=plover).items() if v}


def _filter_options(f):
    for opt in reversed([
        click.option("--actor", help="A country (RUS) or actor code (RUSGOV) on either side."),
        click.option("--dyad", nargs=2, help="Two actors, either direction: --dyad RUS LBY."),
        click.option("--since", help="From this date (YYYY-MM-DD, YYYY-MM or YYYY)."),
        click.option("--until", help="Up to this date, inclusive."),
        click.option("--root", multiple=True, help="CAMEO root code (repeatable): --root 04."),
        click.option("--plover", help="PLOVER event type: CONSULT, AGREE, ..."),
    ]):
        f = opt(f)
    return f


def _side(code: str | None, country: str | None) -> str:
    return code or country or "-"


@store_commands.command("events")
@_filter_options
@click.option("--limit", type=int, help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@_db_option
def events_cmd(actor, dyad, since, until, root, plover, limit, fmt, db):
    """Stored events, newest first.

    \b
    Examples:
      rasd events --dyad RUS LBY --since 2020-01-01
      rasd events --actor RUS --root 04 --format jsonl
    """
    try:
        with _open(db) as store:
            events = store.events(limit=limit, **_filters(actor, dyad, since, until, root, plover))
    except RasdError as exc:
        _fail(exc)
    if fmt == "jsonl":
        for e in events:
            click.echo(json.dumps(e.as_row(), ensure_ascii=False))
    elif fmt == "csv":
        out = io.StringIO()
        rows = [e.as_row() for e in events]
        if rows:
            w = csv.DictWriter(out, fieldnames=list(rows[0]))
            w.writeheader()
            for r in rows:
                r["doc_ids"] = ";".join(r["doc_ids"])
                w.writerow(r)
        click.echo(out.getvalue(), nl=False)
    else:
        click.echo(f"{'id':>6}  {'date':<10}  {'cameo':<5} {'plover':<10} {'source':<8} {'target':<8} "
                   f"{'ment':>4} {'art':>4} {'src':>4}  place")
        for e in events:
            click.echo(f"{e.id:>6}  {e.date or '?':<10}  {e.cameo:<5} {e.plover or '-':<10} "
                       f"{_side(e.source_code, e.source_country):<8} {_side(e.target_code, e.target_country):<8} "
                       f"{e.num_mentions:>4} {e.num_articles:>4} {e.num_sources:>4}  {e.location_name or ''}")


@store_commands.command("timeline")
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["month", "quarter", "year"]), default="month", show_default=True)
@click.option("--since")
@click.option("--until")
@click.option("--lang", type=click.Choice(["en", "ar"]), default="en", show_default=True,
              help="Language of the event descriptions.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@_db_option
def timeline_cmd(a, b, by, since, until, lang, fmt, db):
    """Events between two actors per period: quad classes, mean Goldstein, the most reported.

    \b
    Example:
      rasd timeline RUS LBY --by quarter
    """
    from rasd.store.brief import describe
    try:
        with _open(db) as store:
            tl = store.timeline(a, b, by=by, since=since, until=until)
    except RasdError as exc:
        _fail(exc)
    if fmt == "jsonl":
        for bucket in tl.buckets:
            row = bucket.as_row()
            row["top"] = [asdict(e) for e in bucket.top]
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    click.echo(f"{tl.a}–{tl.b} by {by}: {sum(x.n_events for x in tl.buckets)} dated events "
               f"({tl.undated} too coarse or undated)   {tl.sparkline()}")
    click.echo(f"{'period':<8} {'events':>6} {'vcoop':>5} {'mcoop':>5} {'vconf':>5} {'mconf':>5} {'gold':>6}  most reported")
    for x in tl.buckets:
        top = describe(x.top[0], lang) + f" ({x.top[0].num_articles})" if x.top else ""
        gold = f"{x.mean_goldstein:+.1f}" if x.mean_goldstein is not None else ""
        click.echo(f"{x.period:<8} {x.n_events:>6} {x.quad[0]:>5} {x.quad[1]:>5} {x.quad[2]:>5} {x.quad[3]:>5} "
                   f"{gold:>6}  {top}")


@store_commands.command("brief")
@click.argument("a")
@click.argument("b")
@click.option("--lang", type=click.Choice(["ar", "en"]), default="ar", show_default=True)
@click.option("--since")
@click.option("--until")
@_db_option
def brief_cmd(a, b, lang, since, until, db):
    """A short summary of a relationship; each statement cites its documents.

    \b
    Example:
      rasd brief RUS LBY --lang en
    """
    try:
        with _open(db) as store:
            click.echo(store.brief(a, b, lang=lang, since=since, until=until).text())
    except RasdError as exc:
        _fail(exc)


@store_commands.command("search")
@click.argument("query")
@click.option("--limit", type=int, default=20, show_default=True)
@_db_option
def search_cmd(query, limit, db):
    """Full-text search of the stored documents (spelling variants and clitics folded).

    \b
    Example:
      rasd search "حكومة الوفاق"
    """
    try:
        with _open(db) as store:
            hits = store.search(query, limit=limit)
    except RasdError as exc:
        _fail(exc)
    for h in hits:
        click.echo(f"{h.doc_id}  {h.published or '?'}  {h.title or ''}\n    {h.snippet}")


@store_commands.command("export")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]),
              help="Default: from the file's suffix.")
@_filter_options
@_db_option
def export_cmd(path, fmt, actor, dyad, since, until, root, plover, db):
    """Export events: CSV with GDELT-style columns, PLOVER-style JSON lines, or Parquet.

    \b
    Examples:
      rasd export events.csv
      rasd export rus-lby.parquet --dyad RUS LBY
    """
    try:
        with _open(db) as store:
            n = store.export(path, format=fmt, **_filters(actor, dyad, since, until, root, plover))
    except RasdError as exc:
        _fail(exc)
    click.echo(f"{n} events → {path}")
