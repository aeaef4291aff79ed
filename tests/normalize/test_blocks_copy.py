"""A draft's blocks are `dataclasses.asdict` of the cleaned blocks, copied without asdict's generic deep copy."""
from dataclasses import asdict

import pytest

from ingest.clean.engine import _at
from ingest.items import HEADING, LIST, PARAGRAPH, Block
from ingest.normalize import _block_dict


class _Tagged(Block):
    """A block of a subclass: goes through asdict itself."""


@pytest.mark.parametrize("block", [
    Block(text="The council met.", html="<em>The</em> council met."),
    Block(kind=LIST, text="Quick Look", items=["One", "Two"], ordered=True),
    Block(kind=HEADING, text="Subhead", level=3, furniture="share-bar"),
    Block(kind=PARAGRAPH, items=[("not", "a string")]),  # anything else: asdict's own copy
    _Tagged(text="x"),
])
def test_a_block_copies_as_asdict_does(block):
    for each in (block, _at(block, 4)):
        copied = _block_dict(each)
        assert copied == asdict(each) and list(copied) == list(asdict(each))
        if each.items:
            assert copied["items"] is not each.items  # a copy, not the block's own list


def test_a_block_with_an_attribute_of_its_own_goes_through_asdict():
    block = Block(text="x")
    block.note = "set by hand"  # not a field: asdict leaves it out
    assert _block_dict(block) == asdict(block) and "note" not in _block_dict(block)
