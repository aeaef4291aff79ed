"""Step 2 of the pipeline: strip platform boilerplate, record every removal."""
from .engine import SHIPPED, Rule, clean, compile_rule, match_line, normalize_line

__all__ = ["SHIPPED", "Rule", "clean", "compile_rule", "match_line", "normalize_line"]
