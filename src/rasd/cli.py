"""The ``rasd`` command: a thin layer over the library.

Exit codes: 0 success; 2 some inputs could not be read or the command was used wrong; 1 rasd
itself failed (an invalid lexicon, a bug).
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from rasd.errors import RasdError


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rasd")
def main() -> None:
    """rasd (رصد): political event data from Arabic news."""


@main.command("code")
@click.argument("paths", nargs=-1)
@click.option("--input", "input_jsonl", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="JSON lines, one document per line: {id, text, published?, title?, url?}.")
@click.option("--glob", "globs", multiple=True, help="Only files matching this pattern in folders (repeatable).")
@click.option("--published", callback=_date, help="Publication date of the given texts (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "explain"]), default="jsonl", show_default=True,
              help="jsonl records, a table, or explain: sentence by sentence, the actors, triggers and events read.")
@click.option("--failures", "failures_path", type=click.Path(dir_okay=False),
              help="Write every input that gave no document, with the reason (TSV).")
def code_cmd(paths, input_jsonl, globs, published, fmt, failures_path):
    """Code Arabic texts into events: files, folders, web pages, URLs, feeds, WARC, JSON lines, -.

    \b
    Examples:
      rasd code article.txt --published 2020-06-04 --format table
      echo "التقى لافروف السراج في موسكو أمس" | rasd code - --published 2020-01-14
      rasd code --input docs.jsonl > events.jsonl
      rasd code crawl.warc.gz --failures failed.tsv

    Exit codes: 0 every input coded; 2 some inputs gave no document (each said on stderr);
    1 rasd itself failed.
    """
    from rasd import default_pipeline
    from rasd.ingest import Failure, read
    from rasd.render import event_table, explain

    if not paths and not input_jsonl:
        raise click.UsageError("give PATH… (or - for standard input) or --input docs.jsonl")
    pipeline = _pipeline(default_pipeline)
    failures = []
    for item in read(list(paths) + list(input_jsonl), glob=list(globs) or None):
        if isinstance(item, Failure):
            click.echo(f"rasd: {item}", err=True)
            failures.append(item)
            continue
        doc = item.to_document()
        if published is not None:
            doc.published, doc.published_source = published, "input"
        try:
            events = pipeline.run(doc).events
        except Exception as exc:  # one broken document never stops the batch
            failure = Failure(doc.id, f"coding failed: {exc.__class__.__name__}: {exc}")
            click.echo(f"rasd: {failure}", err=True)
            failures.append(failure)
            continue
        if fmt == "jsonl":
            for ev in events:
                click.echo(json.dumps(ev.to_record(), ensure_ascii=False))
        elif fmt == "explain":
            click.echo(explain(doc))
        else:
            click.echo(event_table(doc, events))
    if failures_path:
        _write_failures(Path(failures_path), failures)
    sys.exit(2 if failures else 0)


def _write_failures(path: Path, failures) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write("input\treason\n")
        for item in failures:
            f.write(f"{item.input}\t{item.reason}\n")


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--docs", required=True, type=click.Path(exists=True), help="Folder of texts or JSON lines.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole score as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List missed and spurious events.")
def eval_cmd(gold, docs, as_json, verbose):
    """Score coded events against a gold file.

    \b
    Example:
      rasd eval ../shared/gold/seed-events.jsonl --docs ../shared/seeds
    """
    from rasd import default_pipeline
    from rasd.evaluate import evaluate

    score = _run(lambda: evaluate(Path(gold), Path(docs), _pipeline(default_pipeline)))
    if as_json:
        click.echo(json.dumps(score.to_dict(), ensure_ascii=False, indent=1))
        return
    click.echo(f"{'document':40} {'gold':>5} {'pred':>5} {'recall':>7} {'correct':>8} {'dates':>7}")
    for d in score.docs:
        dates = f"{d.dates_correct}/{d.dates_scored}"
        click.echo(f"{d.doc[:40]:40} {d.gold_required:5} {d.predicted:5} {d.recalled:7} {d.correct:8} {dates:>7}")
        if verbose:
            for m in d.missed:
                click.echo(f"    missed   {m['source']}→{m['target']} {m['cameo']} {m['evidence'][:90]}")
            for s in d.spurious:
                click.echo(f"    spurious {s['source']}→{s['target']} {s['cameo']} [{s['trigger']}] {s['evidence'][:90]}")
            for g, p in d.wrong_dates:
                click.echo(f"    date     gold {g['date']} predicted {p}: {g['evidence'][:70]}")
            for g, p in d.wrong_places:
                click.echo(f"    place    gold {g['location']} predicted {p}: {g['evidence'][:70]}")
    da, la = score.date_accuracy, score.location_accuracy
    click.echo(f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}  "
               f"date accuracy {'n/a' if da is None else f'{da:.3f}'}  "
               f"location accuracy {'n/a' if la is None else f'{la:.3f}'}")


@main.group("lexicon")
def lexicon_group():
    """Check and count the language data."""


@lexicon_group.command("check")
def lexicon_check():
    """Validate every language data file; fail with file and line on the first error.

    \b
    Example:
      rasd lexicon check
    """
    from rasd.lexicon import check_all

    for line in _run(check_all):
        click.echo(line)


@lexicon_group.command("stats")
@click.option("--json", "as_json", is_flag=True)
def lexicon_stats(as_json):
    """Count actors by kind, roles, trigger entries by CAMEO family.

    \b
    Example:
      rasd lexicon stats
    """
    from rasd.actors.kb import KnowledgeBase
    from rasd.events.lexicon import TriggerLexicon

    kb = _run(KnowledgeBase.load)
    lex = _run(TriggerLexicon.load)
    stats = kb.stats()
    families: dict[str, int] = {}
    for e in lex.entries:
        families[e.root] = families.get(e.root, 0) + 1
    stats["trigger_entries"] = len(lex.entries)
    stats["trigger_families"] = dict(sorted(families.items()))
    stats["trigger_surface_forms"] = len(lex.matcher)
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=1))
    else:
        for k, v in stats.items():
            click.echo(f"{k:24} {v}")


@main.group("actors")
def actors_group():
    """Look up actors in the knowledge base."""


@actors_group.command("lookup")
@click.argument("text")
@click.option("--date", "when", callback=_date, help="Resolve roles at this date (YYYY-MM-DD).")
def actors_lookup(text, when):
    """Show what a phrase resolves to, and why.

    \b
    Example:
      rasd actors lookup "وزير الخارجية الروسي" --date 2020-06-03
    """
    from rasd.actors.lookup import lookup

    for line in _run(lambda: lookup(text, when)):
        click.echo(line)


@main.command("demo")
@click.option("--samples", type=click.Path(exists=True, file_okay=False), default="samples", show_default=True,
              help="Folder with index.jsonl and the sample articles.")
@click.option("--db", type=click.Path(dir_okay=False), envvar="RASD_DB",
              help="Store to ingest into (default: $RASD_DB, else the user's data directory).")
def demo_cmd(samples, db):
    """Code the sample articles, store them, and print the Russia–Libya timeline and brief.

    \b
    Example:
      rasd demo --samples samples
    """
    from rasd import default_pipeline
    from rasd.demo import run_demo

    for line in _run(lambda: run_demo(Path(samples), db, _pipeline(default_pipeline))):
        click.echo(line)


def _pipeline(factory):
    return _run(factory)


def _run(fn):
    try:
        return fn()
    except RasdError as exc:
        click.echo(f"rasd: {exc}", err=True)
        sys.exit(1)


def _register_store_commands() -> None:
    from rasd.store.cli import store_commands

    for command in store_commands.commands.values():
        main.add_command(command)


_register_store_commands()

if __name__ == "__main__":
    main()
