"""The worker's pool processes read one page as they start (ingest/tasks.py): that page is one the reader takes in full."""
from ingest.pipeline import run
from ingest.tasks import WARM_UP_PAGE, _warm_up_the_page_reader


def test_the_warm_up_page_is_a_page_the_extractor_reads_with_its_date():
    drafts = run(WARM_UP_PAGE, "text/html")
    assert [d.headline for d in drafts] == ["Warm up"]
    assert "loads its date and language data" in drafts[0].body_text
    assert drafts[0].firstcreated is not None  # the date search ran, dateparser and all
    _warm_up_the_page_reader()  # what the signal calls: runs without raising
