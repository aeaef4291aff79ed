"""Step 2 of the pipeline: strip platform boilerplate, record every removal."""
from .engine import LIBRARY_CATEGORIES, SHIPPED, Rule, clean, compile_rule, match_line, normalize_line, rule_category

__all__ = ["LIBRARY_CATEGORIES", "SHIPPED", "rule_category", "Rule", "clean", "compile_rule", "match_line", "normalize_line"]
