"""Template tags for the desk's admin pages."""
from django import template

from ingest import selectors

register = template.Library()


@register.inclusion_tag("admin/ingest/delivery_alerts.html")
def delivery_alerts():
    """Failed and stuck deliveries, counted where editors look (the index and the queue), linked to the lists."""
    return {"problems": selectors.delivery_problem_counts()}
