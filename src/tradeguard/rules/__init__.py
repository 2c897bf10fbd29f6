"""Export and sanctions measures as data (rules/data/*.yaml), loaded, indexed and evaluated."""

from .book import RuleBook, bundled_rulebook
from .loader import RuleFormatError, load_rules
from .model import Outcome, Rule

__all__ = ["Outcome", "Rule", "RuleBook", "RuleFormatError", "bundled_rulebook", "load_rules"]
