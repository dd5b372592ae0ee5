"""Draw: the interactive page, a pyvis network made to work with no network at all.

pyvis inlines vis-network with cdn_resources="in_line" but still links stylesheets from CDNs;
those links are dropped, so the page carries everything it needs.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network

COLOURS = {
    "Institution": "#1f77b4",
    "Region": "#2ca02c",
    "Person": "#d62728",
    "Programme": "#ff7f0e",
    "Slogan": "#9467bd",
    "PolicyDocument": "#8c564b",
}
TYPE_NAMES = {"Institution": "机构 Institution", "Region": "地区 Region", "Person": "人物 Person",
              "Programme": "项目 Programme", "Slogan": "口号 Slogan", "PolicyDocument": "政策文件 PolicyDocument"}
RELATION_LABELS = {"locatedIn": "位于", "partnersWith": "合作", "implements": "实施", "memberOf": "任职"}
REMOTE = re.compile(r"<(?:link|script)[^>]+(?:href|src)=\"https?://[^\"]+\"[^>]*>(?:\s*</script>)?", re.I)
FONT = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif"


def render(graph: nx.Graph, title: str = "policykg") -> str:
    network = Network(height="860px", width="100%", bgcolor="#ffffff", cdn_resources="in_line", directed=False)
    network.set_options(
        '{"physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 150}},'
        ' "nodes": {"font": {"face": "' + FONT.replace("'", "") + '"}},'
        ' "edges": {"smooth": false, "font": {"size": 10, "align": "middle"}},'
        ' "interaction": {"hover": true, "tooltipDelay": 100}}'
    )
    for node, data in graph.nodes(data=True):
        documents = sorted(data.get("documents", ()))
        tooltip = f"{data['label']}\n类型 type: {data['type']}\n文件 documents ({len(documents)}):\n" + "\n".join(documents[:12])
        network.add_node(
            node,
            label=data["label"],
            title=tooltip,
            color=COLOURS.get(data["type"], "#7f7f7f"),
            size=10 + 4 * min(len(documents), 6) + min(graph.degree(node), 20) / 2,
        )
    for a, b, data in graph.edges(data=True):
        relation = data.get("relation", "co-occurs")
        label = RELATION_LABELS.get(relation, "")
        network.add_edge(a, b, value=data.get("weight", 1), title=f"{relation} ({data.get('weight', 1)})",
                         label=label, color="#555555" if label else "#cccccc")
    page = network.generate_html(notebook=False)
    page = REMOTE.sub("", page)
    legend = "".join(
        f'<span class="kg-key"><span class="kg-dot" style="background:{colour}"></span>{html.escape(TYPE_NAMES[kind])}</span>'
        for kind, colour in COLOURS.items()
    )
    head = (f"<title>{html.escape(title)}</title><meta charset=\"utf-8\"><style>body{{font-family:{FONT};margin:0}}"
            ".kg-legend{padding:8px 12px;border-bottom:1px solid #ddd;font-size:14px}"
            ".kg-key{margin-right:16px;white-space:nowrap}.kg-dot{display:inline-block;width:12px;height:12px;"
            "border-radius:6px;margin-right:5px;vertical-align:middle}</style>")
    page = page.replace("<head>", "<head>" + head, 1)
    page = page.replace("<body>", f'<body><div class="kg-legend" id="legend">{legend}</div>', 1)
    return page


def write_page(graph: nx.Graph, destination: Path, title: str = "policykg") -> None:
    tmp = destination.with_name(f".{destination.name}.new")
    tmp.write_text(render(graph, title), encoding="utf-8")
    tmp.replace(destination)
