"""News intake: read an article, find who and what it names, and screen the deals it implies.

>>> from tradeguard.news import screen_article
>>> report = screen_article(text, engine, published=date(2023, 9, 13))
>>> [p["text"] for p in report["parties"] if p["status"] == "listed"]
"""

from .article import ArticleReport, read_article, screen_article

__all__ = ["ArticleReport", "read_article", "screen_article"]
