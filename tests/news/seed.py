"""Where the seed article lives (beside the project, never copied) and the date it was written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

SEED_ARTICLE = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "news-report.txt"
# The article's "this Wednesday" is the Eastern Economic Forum visit: 2023-09-13.
PUBLISHED = date(2023, 9, 13)
