"""The editors' admin, one module per model; each class stays thin and calls services."""
from django.contrib import admin

from . import deliveries, rules, sources, stories  # noqa: F401  (registers the ModelAdmins)

# A newsroom's desk, not Django's database screen: its own name in the header and the browser tab.
admin.site.site_header = "Newsroom desk"
admin.site.site_title = "Newsroom desk"
admin.site.index_title = "Desk"
# "View site" leads to what readers get: the published feed (the project has no front page of its own).
admin.site.site_url = "/api/stories/"
# The queue needs the width: the model list is one click away on the index and in the breadcrumbs.
admin.site.enable_nav_sidebar = False
