from storyline.clean.blocks import Block, split_blocks


def test_one_paragraph_per_line():
    text = "First paragraph here.\nSecond paragraph here.\n"
    assert split_blocks(text) == [Block("First paragraph here."), Block("Second paragraph here.")]


def test_blank_lines_and_bullets():
    text = "Heading\n\n  • first item\n  - second item\n\nClosing line.\r\n"
    assert split_blocks(text) == [
        Block("Heading"),
        Block("first item", list_item=True),
        Block("second item", list_item=True),
        Block("Closing line."),
    ]


def test_hard_wrapped_paragraphs_are_joined():
    wrapped = (
        "The ministers met for six hours in the capital on Tuesday and agreed\n"
        "to meet again next month, according to a statement from the host\n"
        "government released late in the evening after the talks ended.\n"
        "\n"
        "Neither delegation took questions from the reporters who had waited\n"
        "outside the building for most of the afternoon and into the night.\n"
    )
    blocks = split_blocks(wrapped)
    assert len(blocks) == 2
    assert blocks[0].text.startswith("The ministers met") and blocks[0].text.endswith("talks ended.")


def test_spaces_are_normalized():
    assert split_blocks("A\u00a0 line  with   gaps") == [Block("A line with gaps")]
