"""Read: files → SourceDocument, whatever their encoding, HTML reduced to its article text."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from bs4 import BeautifulSoup
from charset_normalizer import from_bytes

from .model import SourceDocument

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DATE = re.compile(r"(20\d{2}|19\d{2})[-年/.](\d{1,2})[-月/.](\d{1,2})")
SIGNED = re.compile(r"^[ \t\u3000]*(20\d{2}|19\d{2})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*$", re.M)  # a date on its own line
FILE_NUMBER = re.compile(r"[〔\[（(【](20\d{2}|19\d{2})[〕\]）)】]\d+号")  # 某政办发〔2016〕28号
YEAR_NAMED = re.compile(r"(?<!\d)(20\d{2}|19\d{2})年")


class ReadError(Exception):
    """A file that cannot be read as a document; the message names the file and why."""


def find_documents(paths: list[Path]) -> list[tuple[Path, str]]:
    """Every readable file under the given paths, with the path relative to its input root."""
    found: list[tuple[Path, str]] = []
    for root in paths:
        if not root.exists():
            raise ReadError(f"{root}: no such file or folder")
        if root.is_file():
            found.append((root, root.name))
            continue
        for file in sorted(root.rglob("*")):
            if file.is_file() and file.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES:
                found.append((file, file.relative_to(root).as_posix()))
    return found


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """Text and encoding name: BOMs first, then UTF-8, then charset detection (GB18030, UTF-16…)."""
    if not raw.strip():
        raise ReadError(f"{name}: empty file")
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return raw.decode(encoding), encoding
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw).best()
    if best is None:
        raise ReadError(f"{name}: not text in any known encoding (binary file?)")
    encoding = best.encoding
    if encoding in {"gb2312", "gbk"}:
        encoding = "gb18030"  # the superset decodes everything the others do
    text = raw.decode(encoding, errors="strict")
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text) and "\x00" in text:
        raise ReadError(f"{name}: not text in any known encoding (binary file?)")
    return text, encoding


def html_to_text(html: str) -> tuple[str, str]:
    """The article's text and title: scripts, navigation and footers dropped, block breaks kept."""
    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(strip=True) if soup.title else ""
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe"]):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    text = root.get_text("\n")
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line), title


def read_document(file: Path, relative_path: str) -> SourceDocument:
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise ReadError(f"{file}: cannot read ({error.strerror})") from error
    text, encoding = decode(raw, str(file))
    title = ""
    if file.suffix.lower() in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        text, title = html_to_text(text)
    if "\x00" in text:
        raise ReadError(f"{file}: contains NUL bytes (binary file?)")
    if not title:
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")[:120]
    date = document_date(text)
    return SourceDocument(path=relative_path, text=text, encoding=encoding, title=title, date=date,
                          year=document_year(text, date))


def _iso(match: re.Match) -> str:
    year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else ""


def document_date(text: str) -> str:
    """The date the document was signed (a date alone on a line, as under an issuer's name), else
    the first full date near the top, which is how pages show when they were published."""
    signed = [iso for iso in map(_iso, SIGNED.finditer(text)) if iso]
    if signed:
        return signed[-1]
    return next((iso for iso in map(_iso, DATE.finditer(text[:2000])) if iso), "")


def document_year(text: str, date: str) -> int | None:
    """The year a document belongs to, for comparing documents over time: its date's, else the
    year of its file number (〔2016〕28号), else the year its text names most (the later on a tie)."""
    if date:
        return int(date[:4])
    numbered = FILE_NUMBER.search(text[:300])
    if numbered:
        return int(numbered.group(1))
    named = Counter(int(year) for year in YEAR_NAMED.findall(text))
    if not named:
        return None
    most = max(named.values())
    return max(year for year, count in named.items() if count == most)


def read_all(paths: list[Path]) -> Iterator[SourceDocument]:
    for file, relative in find_documents(paths):
        yield read_document(file, relative)
