"""Redaction round 11: a code named by what it is or releases, told the ways people tell it — a
compound ending in the word for code, a copula of another language, a CJK bracket or a word glued to
it, a code that releases a parcel or activates an account, a customer's passcode — and the
look-alikes beside each.

Every value is built from pieces here; none is taken from a corpus.
"""

# ruff: noqa: RUF001  (texts in other scripts)
from __future__ import annotations

import pytest

from redaction_checks import redacted, unchanged

SIX = "41" + "7" + "093"
FOUR = "3" + "81" + "6"
GROUPS = "K7QM" + "2-RT8" + "WX-9PLV" + "4"


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param(f"Din nya dörrkod är {FOUR}, byt den inte.", FOUR, id="swedish-compound-copula"),
        pytest.param(f"Mobilkod är {SIX}.", SIX, id="swedish-compound-short"),
        pytest.param(f"玄関の暗証番号は「{FOUR}」です。", FOUR, id="japanese-corner-brackets"),
        pytest.param(f"【某银行】验证码{SIX}，五分钟内有效。", SIX, id="chinese-code-glued"),
        pytest.param(f"Ihre mobileTAN (Konto endet auf 1234) lautet: {SIX}. Gültig 5 Minuten.", SIX, id="tan-colon"),
        pytest.param(f"Звоните в домофон, код 24к{FOUR}.", "24к" + FOUR, id="cyrillic-letter-in-code"),
        pytest.param(f"गेट का कोड {FOUR} है", FOUR, id="hindi-gate"),
        pytest.param(
            f"Prescription ready at the counter. Collection code: {SIX}. Bring ID.", SIX, id="collection-code"
        ),
        pytest.param(f"Use this activation code {GROUPS} to set up your portal account.", GROUPS, id="activation"),
        pytest.param(
            f"Intake note — customer passcode for the repair: {SIX}. Screen replaced.", SIX, id="customer-passcode"
        ),
        pytest.param(f"ok I got the sms, code is {FOUR}, please go on", FOUR, id="code-after-a-message"),
    ],
)
def test_a_code_named_by_what_it_is_or_releases_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Felkod är 4021 enligt manualen.", id="swedish-error-code"),
        pytest.param("Postkod är 11452 i Stockholm.", id="swedish-postal-code"),
        pytest.param("Customer code: 48812 (see the invoice)", id="customer-code"),
        pytest.param("The activation code expires after 2000 minutes.", id="activation-code-with-a-unit"),
        pytest.param("エラーコードは「1203」です。", id="japanese-error-code-bracketed"),
        pytest.param("错误代码5003，请联系管理员", id="chinese-error-code-glued"),
        pytest.param("I got the email, code review is at 1400", id="code-review-after-a-message"),
    ],
)
def test_a_code_word_beside_a_number_that_is_no_secret_is_left_alone(text: str) -> None:
    assert unchanged(text)
