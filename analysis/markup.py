"""Text from tables and articles into Markdown and HTML, escaped on the way.

Nothing an article or a table holds becomes live markup: Markdown is written with
`md` (every character that Markdown or HTML would read as syntax is escaped, bare web
addresses become autolinks that end where the address ends) and shown with raw HTML
disabled (`to_html`, `Markdown`); HTML is written from templates with autoescaping
(`render`, templates in `analysis/templates/`).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2

TEMPLATES = Path(__file__).parent / "templates"
_URL = re.compile(r"https?://[^\s<>\"'`]+")
# Markdown syntax characters (CommonMark lets any ASCII punctuation be escaped); '&' too,
# so that a literal '&lt;' in an article stays literal text.
_SYNTAX = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")
_TRAILING = ".,;:!?'\""
_PAIRS = {")": "(", "]": "["}


def url_end(candidate: str) -> str:
    """The web address at the start of `candidate`, without the punctuation that follows it
    in a sentence: a final full stop or comma, or a closing bracket it did not open."""
    url = candidate
    while url and (
        url[-1] in _TRAILING
        or (url[-1] in _PAIRS and url.count(url[-1]) > url.count(_PAIRS[url[-1]]))
    ):
        url = url[:-1]
    return url


def split_urls(text: str) -> list[tuple[str, bool]]:
    """`text` as (piece, is_url) pairs, the web addresses cut where they end."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in _URL.finditer(text):
        url = url_end(m.group(0))
        if m.start() < pos or len(url) <= len("https://"):
            continue
        out.append((text[pos : m.start()], False))
        out.append((url, True))
        pos = m.start() + len(url)
    out.append((text[pos:], False))
    return [(piece, is_url) for piece, is_url in out if piece]


def escape_md(text: str) -> str:
    """Plain text as Markdown that reads back as the same text (one line)."""
    return _SYNTAX.sub(r"\\\1", " ".join(str(text).split()))


def md(text: Any) -> str:
    """Plain text as inline Markdown: escaped, web addresses as autolinks (`<url>`)."""
    return "".join(
        f"<{piece}>" if is_url else escape_md(piece) for piece, is_url in split_urls(str(text))
    )


@functools.cache
def _markdown() -> Any:
    import mistune

    return mistune.create_markdown(escape=True, plugins=["table", "strikethrough"])


def to_html(markdown: str) -> str:
    """Markdown as HTML with raw HTML disabled: markup in the text is shown, not run."""
    return str(_markdown()(markdown))


class Markdown:
    """A notebook display of Markdown, rendered by `to_html` (raw HTML off), in place of
    IPython's `Markdown`, whose renderers pass raw HTML through."""

    def __init__(self, text: str) -> None:
        self.text = text

    def _repr_html_(self) -> str:
        return to_html(self.text)

    def __repr__(self) -> str:
        return self.text


class Html:
    """A notebook display of HTML written by `render` (escaped by its templates)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def _repr_html_(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        # the plain-text form saved beside the HTML: no memory address, so reruns match
        return "(HTML display; open the page to see it)"


def linked(text: Any) -> Any:
    """Jinja filter: text escaped, its web addresses as links that end where they end."""
    from markupsafe import Markup, escape

    out = []
    for piece, is_url in split_urls(str(text)):
        out.append(Markup('<a href="{0}">{0}</a>').format(piece) if is_url else escape(piece))
    return Markup("").join(out)


def ranges(rows: list[int]) -> str:
    """Line numbers as short ranges: '3-5, 9'."""
    spans: list[list[int]] = []
    for row in sorted(rows):
        if spans and row == spans[-1][1] + 1:
            spans[-1][1] = row
        else:
            spans.append([row, row])
    return ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in spans)


@functools.cache
def environment() -> jinja2.Environment:
    """The templates of every page the project writes: autoescaped, undefined names fail."""
    import jinja2
    import markupsafe

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["linked"] = linked
    env.filters["ranges"] = ranges
    env.filters["md"] = lambda text: markupsafe.Markup(to_html(str(text)))
    return env


def render(template: str, **context: Any) -> str:
    """Render a template of `analysis/templates/` (autoescaped)."""
    return environment().get_template(template).render(**context)
