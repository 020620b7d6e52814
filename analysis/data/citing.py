"""Citations: the `Source` a result cites and how one is built from a table's descriptor.

`datasets.sources` cites a table, or some of its rows: a frame's rows grouped by the
table's citing column, or rows given by line number, read from plain records
(`datasets._records`, round 29, speed23). Both build each citation here, once: the citing
column (`citing_column`) and the citation of the rows sharing one of its values (`source`:
DOI, URL, row URL, citation; review of round 29). Nothing here reads a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Source:
    """A citation for a table, or for the rows of it that a result used."""

    dataset: str
    title: str
    publisher: str
    citation: str
    url: str = ""
    rows: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON (findings, evidence)."""
        out: dict[str, Any] = {
            "dataset": self.dataset,
            "title": self.title,
            "publisher": self.publisher,
            "citation": self.citation,
        }
        if self.url:
            out["url"] = self.url
        if self.rows:
            out["rows"] = list(self.rows)
        return out


def citing_column(res: dict[str, Any]) -> str | None:
    """The column a table's rows are cited by: its edition (or vintage) column for a table
    with editions, else the row's own source column; None when it has neither."""
    column = res.get("edition_column", "source_edition") if res.get("editions") else None
    return column or res.get("source_column")


def source(
    name: str, res: dict[str, Any], edition: dict[str, Any], value: Any, ref: Any, rows: tuple
) -> Source:
    """The citation of a table's rows sharing one value of its citing column: the edition's
    citation (else the value itself) and the first of its DOI, its URL, the first row's own
    reference when that is a URL (`ref`), and the table's homepage."""
    first_ref = str(ref).split(" ")[0]
    row_url = first_ref if first_ref.startswith("http") else ""
    doi = edition.get("doi")
    url = f"https://doi.org/{doi}" if doi else edition.get("url") or row_url
    url = url or res.get("homepage", "")
    cite = edition.get("citation", str(value))
    return Source(name, res["title"], res["publisher"], cite, url, rows)
