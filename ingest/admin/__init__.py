"""The editors' admin, one module per model; each class stays thin and calls services."""
from . import deliveries, rules, sources, stories  # noqa: F401  (registers the ModelAdmins)
