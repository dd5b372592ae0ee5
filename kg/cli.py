"""The `kg` command: one function per command, each a thin face over the stages."""
from __future__ import annotations

import csv
import io
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from tqdm import tqdm

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Build and query knowledge graphs of Chinese health-policy documents.")


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


class ExportFormat(str, Enum):
    turtle = "turtle"
    ntriples = "ntriples"
    nquads = "nquads"
    trig = "trig"
    jsonld = "jsonld"
    graphml = "graphml"


def fail(message: str) -> None:
    typer.echo(f"kg: {message}", err=True)
    raise typer.Exit(code=1)


@app.command()
def build(
    paths: list[Path] = typer.Argument(..., help="Documents or folders of documents (.txt, .html)"),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder"),
) -> None:
    """Read documents and write graph.ttl, graph.html and a persistent store into OUT."""
    from .flow import build as run_build
    from .read import ReadError

    def progress(items, **kwargs):
        return tqdm(items, file=sys.stderr, **kwargs)

    try:
        summary = run_build(paths, out, progress)
    except ReadError as error:
        fail(str(error))
    entities = ", ".join(f"{kind} {count}" for kind, count in sorted(summary.entities_by_type.items()))
    relations = ", ".join(f"{kind} {count}" for kind, count in sorted(summary.relations_by_kind.items()))
    typer.echo(f"documents read: {summary.documents}")
    typer.echo(f"entities: {sum(summary.entities_by_type.values())} ({entities})")
    typer.echo(f"relations: {sum(summary.relations_by_kind.values())} ({relations})")
    typer.echo(f"triples: {summary.triples}")
    typer.echo(f"time: {summary.seconds:.1f} s")
    typer.echo(f"wrote {out / 'graph.ttl'}, {out / 'graph.html'}, {out / 'store'}")


@app.command()
def query(
    out: Path = typer.Argument(..., help="A folder written by `kg build`"),
    sparql: Optional[str] = typer.Argument(None, help="A SPARQL 1.1 query"),
    file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the query from a .rq file"),
    format: QueryFormat = typer.Option(QueryFormat.table, "--format", help="table, csv, tsv or json"),
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) against the store."""
    from .store import StoreError, query as run_query

    if file is not None:
        try:
            sparql = file.read_text(encoding="utf-8")
        except OSError as error:
            fail(f"{file}: cannot read ({error.strerror})")
    if not sparql:
        fail("give a query or --file FILE.rq")
    try:
        result = run_query(out, sparql)
        typer.echo(format_result(result, format), nl=False)
    except StoreError as error:
        fail(str(error))


def format_result(result, format: QueryFormat) -> str:
    if result.type == "ASK":
        return json.dumps({"boolean": bool(result.askAnswer)}) + "\n" if format is QueryFormat.json else f"{bool(result.askAnswer)}\n".lower()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.serialize(format="json-ld" if format is QueryFormat.json else "turtle").decode("utf-8")
    names = [str(v) for v in result.vars]
    rows = [["" if row[v] is None else str(row[v]) for v in result.vars] for row in result]
    if format is QueryFormat.json:
        return json.dumps([dict(zip(names, row)) for row in rows], ensure_ascii=False, indent=1) + "\n"
    if format in (QueryFormat.csv, QueryFormat.tsv):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if format is QueryFormat.csv else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buffer.getvalue()
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = [" | ".join(_pad(n, w) for n, w in zip(names, widths)), "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(_pad(c, w) for c, w in zip(row, widths)) for row in rows]
    return "\n".join(lines) + f"\n({len(rows)} rows)\n"


def _width(text: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


@app.command()
def export(
    out: Path = typer.Argument(..., help="A folder written by `kg build`"),
    format: ExportFormat = typer.Option(ExportFormat.turtle, "--format", help="RDF format, or graphml for the networkx view"),
    output: Path = typer.Option(..., "-o", "--output", help="File to write"),
) -> None:
    """Export the whole graph as RDF (or as GraphML for network tools)."""
    from .store import StoreError, export as run_export, open_store

    try:
        if format is ExportFormat.graphml:
            import networkx as nx

            from .analyse import projection

            graph = projection(open_store(out))
            for _, data in graph.nodes(data=True):
                data["documents"] = ";".join(sorted(data["documents"]))
            tmp = output.with_name(f".{output.name}.new")
            nx.write_graphml(graph, tmp)
            tmp.replace(output)
        else:
            run_export(out, format.value, output)
    except StoreError as error:
        fail(str(error))
    typer.echo(f"wrote {output}")


@app.command()
def stats(out: Path = typer.Argument(..., help="A folder written by `kg build`"), top: int = typer.Option(10, help="How many central entities")) -> None:
    """What networkx finds: entities by type, central entities, components, what spreads across documents and regions."""
    from . import analyse
    from .store import StoreError, open_store

    try:
        dataset = open_store(out)
        graph, statements = analyse.projection(dataset), analyse.statements(dataset)
    except StoreError as error:
        fail(str(error))
    typer.echo("entities by type:")
    for kind, count in analyse.entities_by_type(graph).items():
        typer.echo(f"  {kind:<15} {count}")
    typer.echo(f"\nmost central entities (degree centrality, PageRank):")
    for node, degree, rank in analyse.most_central(graph, top):
        data = graph.nodes[node]
        typer.echo(f"  {data['label']} [{data['type']}]  degree {degree:.3f}  pagerank {rank:.4f}")
    sizes = analyse.component_sizes(graph)
    typer.echo(f"\nconnected components: {len(sizes)} (largest: {', '.join(map(str, sizes[:5]))})")
    typer.echo("\nprogrammes and slogans in more than one document:")
    shared = analyse.shared_across_documents(graph)
    if not shared:
        typer.echo("  (none)")
    for node, documents in shared:
        data = graph.nodes[node]
        typer.echo(f"  {data['label']} [{data['type']}] — {len(documents)} documents: {', '.join(documents)}")
    label = statements.nodes(data="label")
    typer.echo("\nprogrammes and slogans in more than one region (years of the documents):")
    spread = analyse.spread_across_regions(statements)
    if not spread:
        typer.echo("  (none)")
    for node, years in spread:
        regions = ", ".join(f"{label[region]} ({', '.join(years[region])})" for region in sorted(years, key=label.__getitem__))
        typer.echo(f"  {label[node]} [{statements.nodes[node]['type']}] — {len(years)} regions: {regions}")
    typer.echo("\npartners across region lines (compared at county level):")
    partners = analyse.partners_across_regions(statements)
    if not partners:
        typer.echo("  (none)")
    for a, b, documents in partners:
        typer.echo(f"  {label[a]} — {label[b]}: {', '.join(label[d] for d in documents)}")


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Standoff annotations (.jsonl), MSRA BIO (.bio) or CLUENER JSON (.json)"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="A built folder to score (standoff annotations)"),
    corpus: Path = typer.Option(Path("../shared/corpus"), help="Root the standoff paths are relative to"),
    split: Optional[str] = typer.Option(None, help="Only documents of this split (tune, heldout) from pipelines/splits.json"),
    model: str = typer.Option("zh_policykg_ner", help="Labelled files: the trained NER to score (package name or path)"),
) -> None:
    """Per-type precision, recall and F1, as a table."""
    from . import evaluate as ev

    try:
        if gold.suffix == ".jsonl" or gold.is_dir():
            if out is None:
                fail("standoff annotations are scored against a build: give --out DIR")
            scores = ev.score_graph(gold, out / "graph.ttl", corpus, split)
        else:
            scores = ev.score_labelled_file(gold, model)
    except ev.EvaluationError as error:
        fail(str(error))
    typer.echo(ev.table(scores))


def main() -> None:  # pragma: no cover
    app()
