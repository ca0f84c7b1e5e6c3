from cs_desktop.domain import orgcode


def test_published_example_is_valid() -> None:
    assert orgcode.is_valid("91350100M000100Y43")


def test_typed_forms_and_typos() -> None:
    code = "91350100M000100Y43"
    assert orgcode.is_valid(" ９１３５０１００m000100y43 ")
    for pos in range(17):
        for ch in orgcode.ALPHABET:
            if ch != code[pos]:
                assert not orgcode.is_valid(code[:pos] + ch + code[pos + 1 :])
    assert not orgcode.is_valid("91350100M000100Y4")
    assert not orgcode.is_valid("91350100M000100I43")  # I is not in the alphabet
