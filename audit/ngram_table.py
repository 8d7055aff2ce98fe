"""langdetect's n-gram probability table, stored sparse and unpacked row by row as langdetect reads it.

Why: the Latin-script table holds 24,000 n-grams × 31 languages as Python lists of floats; loading it
from the disk cache built 750,000 float references and took ≈30 ms of a one-article check, though a
paragraph reads a few hundred rows and a row has four non-zero cells on average (issue 9). Kept as
one `bytes` of (language index, probability) pairs per n-gram, the table loads in a few milliseconds,
and a row read is rebuilt as the very list langdetect built: the same floats, zeros elsewhere, so
every probability it computes is unchanged.
"""

from __future__ import annotations

import struct

# A cell: the language's index (up to 65,535 languages) and the float itself, bit for bit.
_CELL = struct.Struct("<Hd")


def pack(rows: dict[str, list[float]]) -> dict[str, bytes]:
    """The non-zero cells of each row, as little-endian (index, probability) pairs.

    >>> pack({"ab": [0.0, 0.25, 0.0]})["ab"] == struct.pack("<Hd", 1, 0.25)
    True
    """
    return {
        ngram: b"".join(_CELL.pack(index, value) for index, value in enumerate(row) if value)
        for ngram, row in rows.items()
    }


class Rows(dict[str, list[float]]):
    """The rows of a `ProbabilityTable`, each unpacked on first read into the list langdetect built.

    A plain dict once a row is read, so audit/detector.py reads rows without a Python call a row.
    """

    def __init__(self, packed: dict[str, bytes], width: int) -> None:
        super().__init__()
        self._packed = packed
        self._width = width

    def __missing__(self, ngram: str) -> list[float]:
        row = [0.0] * self._width
        for index, value in _CELL.iter_unpack(dict.__getitem__(self._packed, ngram)):
            row[index] = value
        self[ngram] = row
        return row


class ProbabilityTable(dict[str, bytes]):
    """The mapping langdetect's `Detector` reads (`in` and `[]`), rows unpacked on first read.

    >>> table = ProbabilityTable(pack({"ab": [0.0, 0.25, 0.0]}), width=3)
    >>> "ab" in table, "zz" in table, table["ab"], table.rows["ab"] is table["ab"]
    (True, False, [0.0, 0.25, 0.0], True)
    """

    def __init__(self, packed: dict[str, bytes], width: int) -> None:
        super().__init__(packed)
        self.rows = Rows(self, width)

    def __getitem__(self, ngram: str) -> list[float]:  # type: ignore[override]
        return self.rows[ngram]
