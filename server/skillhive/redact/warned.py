"""A code in a message that warns not to share it: what a bank's, a wallet's or a service's one-time code
message says in every language ("Код: 10576. Никому не сообщайте код", "Vahvistustunnuksesi on 2799. Älä
kerro tunnusta kenellekään", "HBL: آپ کا ون ٹائم پاس ورڈ 787852 ہے، کسی کو مت بتائیں").

The warning is what such messages share, whatever the words around the code. On a line that warns, a run
of 4 to 8 digits standing alone, right after a word for a code (up to 40 characters, no other number
between) or right before one ("319476 என்பது உங்கள் OTP"), is the code; an amount (a currency beside it), a
time, a date, a phone's groups of digits, a postal code ("PIN code" in India), or a number a word names as
another thing's (an order, a reference, a card's last digits) is not.
"""

# ruff: noqa: RUF001  (words of other scripts look like Latin letters to ruff)
from __future__ import annotations

import re

from skillhive.redact.engine import _Counter, _lower
from skillhive.redact.lexicon import CODE_CONCEPT, ONE_TIME, OTP_CONCEPT, PASSWORD_CONCEPT, PIN_CONCEPT, alternation

# "do not share it", "never tell anyone", in the languages such messages come in
_WARNINGS = (
    *("do not share", "don't share", "dont share", "never share", "not share this", "do not disclose"),
    *("don't tell anyone", "do not tell anyone", "never tell", "don't give it to anyone", "do not give"),
    *("no lo compartas", "no compartas", "no comparta", "nunca compartas", "ne le communiquez", "ne communiquez"),
    *("ne le partagez", "ne partagez", "non condividere", "non comunicare", "nicht weitergeben", "niemals weiter"),
    *("geben sie den code", "niemandem", "deel deze code niet", "deel de code niet", "nooit delen"),
    *("não compartilhe", "não partilhe", "nunca compartilhe", "nie udostępniaj", "nikomu nie", "nikomu"),
    *("никому не сообщайте", "никому не говорите", "не сообщайте", "не передавайте", "нікому не повідомляйте"),
    *("не повідомляйте", "kimseyle paylaşma", "kimseyle paylasma", "paylaşmayınız", "älä kerro", "älä anna"),
    *("dela inte", "del ikke", "ikke del", "aldrig", "nesdílejte", "nikomu nesdělujte", "ne add meg", "ne ossza"),
    *("nu comunica", "nu divulga", "μην το κοινοποιήσετε", "μην αποκαλύψετε", "אל תמסור", "אל תעביר"),
    *("لا تشارك", "لا تعط", "لا تفصح", "به کسی ندهید", "در اختیار دیگران", "کسی کو مت بتائیں", "کسی کو نہ بتائیں"),
    *("किसी के साथ साझा न करें", "किसी को न बताएं", "साझा न करें", "শেয়ার করবেন না", "কাউকে দেবেন না"),
    *("பகிர வேண்டாம்", "請勿", "请勿", "切勿", "不要告诉", "不要告訴", "他人に教え", "絶対に教え"),
    *("타인에게", "알려주지 마", "공유하지 마", "อย่าบอก", "ห้ามบอก", "อย่าเปิดเผย", "không chia sẻ", "không cung cấp"),
    *("jangan berikan", "jangan bagikan", "jangan beritahu", "jangan kongsi", "jangan dedahkan", "usimpe mtu"),
    *("usitoe", "huwag ibigay", "huwag ibahagi", "ma teddihoush", "matedihash"),
    *("ha la wadaagin", "ha u sheegin", "hech kimga", "hech kimga bermang", "ешкімге", "hiç kimseye"),
)
_WARNING = re.compile(alternation(_WARNINGS))
_CODE = re.compile(r"(?<![\w.,:/+#*•-])(?<![0-9] )[0-9]{4,8}(?![\w]|[.,:/-][0-9]| [0-9])")
# a word for a code, a one-time code, a PIN or a password (a number is a code only beside one)
_CODE_WORDS = tuple(w for w in (*CODE_CONCEPT, *OTP_CONCEPT, *ONE_TIME, *PIN_CONCEPT, *PASSWORD_CONCEPT) if w != "番号")
_CODE_WORD = re.compile(
    rf"(?<![^\W\d_])(?:{alternation(_CODE_WORDS)})"
    r"|(?:otp|pin|code|kod|kode|koodi|koodh|tunnus|tunnukse)"  # (and glued: `Vahvistustunnuksesi`, `SMS-kod`)
)
_NEAR_AFTER = 40  # how far after a code's word the code may be
_NEAR_BEFORE = 20  # … or before it
_POSTAL = re.compile(r"(?i:pin[ -]?code|pincode|पिन ?कोड|postal|postcode|post code|zip|plz|cep|código postal)[ \t:]*$")
# what stands right before a number that names it another thing's, or a currency
_BEFORE = re.compile(
    r"(?i:order|ref|reference|booking|tracking|ticket|invoice|card|ending|a/c|acct|account|no\.|#|№|rs\.?|inr|usd|eur"
    r"|gbp|ksh|kes|ngn|php|idr|rp\.?|rm|\$|€|£|₹|₽|zł|kr|tl|₺|руб|грн|сумма|amount|total|montant|importe|betrag)"
    r"[ \t:.]*$"
)
_AFTER = re.compile(
    r"[ \t]?(?:%|€|\$|£|₹|₽|zł|kr\b|lei|руб|грн|тенге|сум|円|元|원|บาท|đ|₫|ریال|تومان|روپے|tl\b|rs\b)", re.I
)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _beside_a_code_word(line: str, m: re.Match[str]) -> bool:
    """Whether a word for a code ends within 40 characters before the number (no other digit between), or
    starts within 20 after it (no digit between)."""
    before = line[max(0, m.start() - _NEAR_AFTER) : m.start()]
    for word in _CODE_WORD.finditer(before):
        if not any(c.isdigit() for c in before[word.end() :]):
            return True
    after = line[m.end() : m.end() + _NEAR_BEFORE]
    later = _CODE_WORD.search(after)
    return later is not None and not any(c.isdigit() for c in after[: later.start()])


def redact_warned_codes(text: str, counter: _Counter) -> str:
    """Each lone run of 4 to 8 digits on a line that warns not to share it, as a one-time code."""
    if not any(c.isdigit() for c in text):
        return text
    lowered = _lower(text)
    if _WARNING.search(lowered) is None:  # (one pass of the words' trie)
        return text
    from skillhive.redact.told import mark  # marking (and the engine's spares) shared with told.py

    spans: list[tuple[int, int, str]] = []
    at = 0
    for line in lowered.split("\n"):
        line_start, at = at, at + len(line) + 1
        if _WARNING.search(line) is None:
            continue
        for m in _CODE.finditer(line):
            value = m.group()
            if _BEFORE.search(line, max(0, m.start() - 12), m.start()) or _AFTER.match(line, m.end()):
                continue
            if len(value) == 4 and _YEAR.fullmatch(value):
                continue
            if _POSTAL.search(line, max(0, m.start() - 16), m.start()) or not _beside_a_code_word(line, m):
                continue
            spans.append((line_start + m.start(), line_start + m.end(), "one-time-code"))
    return mark(text, spans, counter)
