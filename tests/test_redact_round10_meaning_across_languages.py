"""Redaction round 10: a secret named by its meaning in any language (a one-time code, a password, a
PIN, what a code opens), ids checked by their country's algorithm under their own script's name, lists
of codes below their heading, bank and card numbers told the ways people tell them, and the
look-alikes beside each.

Every value is built from pieces here (check digits computed); none is taken from a corpus.
"""

# ruff: noqa: RUF001  (texts in other scripts)
from __future__ import annotations

import pytest

from redaction_checks import redacted, unchanged

SIX = "83" + "0" + "467"
FOUR = "7" + "30" + "5"
FIVE = "12" + "9" + "07"
THREE = "5" + "8" + "1"


def _luhn_digit(body: str) -> str:
    """The digit that makes `body` + it pass the Luhn check."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _luhn(body: str) -> str:
    return body + _luhn_digit(body)


def _snils(body: str) -> str:
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {total % 101 % 100:02d}"


def _rnokpp(body: str) -> str:
    weights = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    return body + str(sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11 % 10)


def _thai(body: str) -> str:
    return body + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(body)) % 11) % 10)


def _china(body: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]


def _iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def _aba(body: str) -> str:
    d = [int(c) for c in body]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
    return body + str((10 - total % 10) % 10)


AMKA = _luhn("1203" + "88" + "4417")  # a birth date (12 March 1988) first
SNILS = _snils("2" + "3" + "7519" + "864")
RNOKPP = _rnokpp("3" + "0" + "4418" + "275")
EMIRATES = _luhn("784" + "1991" + "55" + "20" + "417")
TZ = _luhn("3" + "0" + "47" + "1285")
THAI = _thai("1" + "1" + "0170" + "02" + "3345")
CHINA = _china("440" + "305" + "19870" + "6124" + "51")
CCCD = "079" + "1" + "94" + "00" + "5817"
PIVA = _luhn("0" + "7" + "6431" + "9025")
CARD = _luhn("4" + "9" + "1657" + "2038" + "4411" + "7")
TROY = _luhn("9792" + "0" + "4481" + "5527" + "10")
JCB = _luhn("35" + "6" + "1" + "2049" + "8817" + "205")
UA_IBAN = _iban("UA", "322" + "313" + "0000" + "026" + "0072" + "3356" + "600" + "1")
PL_IBAN = _iban("PL", "1090" + "1014" + "0000" + "0712" + "1981" + "7400")
ROUTING = _aba("0" + "2" + "1000" + "02")


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param(f"Twój kod weryfikacyjny to {SIX}. Nie podawaj go nikomu.", SIX, id="polish"),
        pytest.param(f"Ο κωδικός επαλήθευσης είναι {SIX}.", SIX, id="greek"),
        pytest.param(f"Tek kullanımlık doğrulama kodunuz {SIX} olarak gönderildi.", SIX, id="turkish-verb-after"),
        pytest.param(f"आपका ओटीपी {SIX} है। किसी को न बताएं।", SIX, id="hindi-verb-after"),
        pytest.param(f"인증번호 [{SIX}]를 입력해 주세요", SIX, id="korean-bracketed"),
        pytest.param(f"您的验证码为{SIX}，请勿泄露。", SIX, id="chinese-copula"),
        pytest.param(f"Din engångskod är {SIX}.", SIX, id="swedish-compound"),
        pytest.param(f"Kode verifikasi Anda: {SIX}", SIX, id="indonesian-colon"),
        pytest.param(f"Ihre TAN für 2.480,00 EUR an Müller GmbH lautet {SIX}.", SIX, id="amount-before-the-verb"),
    ],
)
def test_a_one_time_code_named_in_any_language_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param(f"رمز باب العمارة {FOUR} والمفتاح عند الحارس.", FOUR, id="arabic-door-no-of"),
        pytest.param(f"קוד הכניסה לבניין ישתנה ל-{FIVE} מחר.", FIVE, id="hebrew-entrance-changed-to"),
        pytest.param(f"공동현관 비밀번호 #{SIX} 누르고 들어오세요", SIX, id="korean-entrance-password"),
        pytest.param(f"Avain on avainlaatikossa, koodi {FOUR}.", FOUR, id="finnish-inflected-lockbox"),
        pytest.param(f"antifurto di casa, codice {FIVE}, poi verde", FIVE, id="italian-alarm"),
        pytest.param(f"La alarma se apaga con el {FOUR} y luego OFF.", FOUR, id="spanish-alarm-with"),
        pytest.param(f"门禁密码是{SIX}，进门左转", SIX, id="chinese-password-copula"),
        pytest.param(f"अलमारी का पिन {FOUR} है", FOUR, id="hindi-pin"),
        pytest.param(f"the green bike outside, the lock is {FOUR}", FOUR, id="a-lock-is"),
    ],
)
def test_a_code_named_by_what_it_opens_in_any_language_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("错误代码 5003，请联系管理员", id="chinese-error-code"),
        pytest.param("エラーコード 1203 が表示されました", id="japanese-error-code"),
        pytest.param("股票代码 600519 今天上涨", id="chinese-stock-code"),
        pytest.param("Doğrulama kodu 6 haneli olarak gönderilir.", id="turkish-length-of-a-code"),
        pytest.param("The lock is 1500 ms long under contention.", id="a-lock-with-a-unit"),
        pytest.param("what is the lock timeout?\nbob: 3000", id="a-lock-timeout-asked"),
        pytest.param("Die Alarmanlage wurde 2019 mit 4 Sensoren installiert", id="alarm-with-a-year"),
    ],
)
def test_a_code_word_beside_a_number_that_is_no_secret_is_left_alone(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param(f"Ραντεβού για εμβόλιο, ΑΜΚΑ: {AMKA}", AMKA, id="greek-amka"),
        pytest.param(f"Для входа нужен СНИЛС — {SNILS}", SNILS, id="russian-snils"),
        pytest.param(f"РНОКПП (ідентифікаційний код): {RNOKPP}", RNOKPP, id="ukrainian-rnokpp"),
        pytest.param(f"رقم الهوية: {EMIRATES[:3]}-{EMIRATES[3:7]}-{EMIRATES[7:14]}-{EMIRATES[14]}", EMIRATES[7:14]),
        pytest.param(f"מספר תעודת זהות {TZ}, תודה", TZ, id="hebrew-teudat-zehut"),
        pytest.param(f"เลขประจำตัวประชาชน: {THAI}", THAI, id="thai-id"),
        pytest.param(f"证件号码：{CHINA}", CHINA, id="chinese-document-number"),
        pytest.param(f"Số CCCD: {CCCD}", CCCD, id="vietnamese-cccd"),
        pytest.param(f"Elettricista Rossi, P.IVA {PIVA}, fattura 12/2026", PIVA, id="italian-partita-iva"),
        pytest.param(f"Operatore: mi dà il suo SNILS?\nCliente: {SNILS}", SNILS, id="answer-after-a-speaker"),
    ],
)
def test_an_id_named_in_its_own_script_and_passing_its_check_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"ΑΜΚΑ: {AMKA[:-1]}{(int(AMKA[-1]) + 1) % 10}", id="amka-failing-luhn"),
        pytest.param(f"СНИЛС {SNILS[:-2]}{(int(SNILS[-2:]) + 1) % 100:02d}", id="snils-failing-check"),
        pytest.param(f"P.IVA {PIVA[:-1]}{(int(PIVA[-1]) + 3) % 10}", id="partita-iva-failing-check"),
    ],
)
def test_an_id_word_before_a_number_failing_its_check_is_left_alone(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param(
            "recovery-codes.txt\n\n3fa81-c92d0\n77b1e-04af9\n\nKeep them safe.", "77b1e-04af9", id="blank-first"
        ),
        pytest.param(
            "BACKUP CODES\njo@example.net\n\n1. 4417 2093    2. 8830 1746\n", "8830 1746", id="account-line-first"
        ),
        pytest.param(
            "Scan failed? Type this key into your authenticator:\n\nk3vq 7rbn x2lm pw4d\n", "k3vq 7rbn", id="totp-below"
        ),
    ],
)
def test_codes_below_their_heading_are_redacted_from_the_first_code(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param(f"Реквізити: {UA_IBAN}, отримувач ГО", UA_IBAN, id="ukrainian-iban"),
        pytest.param(
            f"przelew na: {PL_IBAN[:2]} {' '.join(PL_IBAN[i : i + 4] for i in range(2, 26, 4))} {PL_IBAN[26:]}",
            PL_IBAN[6:10],
            id="country-apart",
        ),
        pytest.param(
            f"https://give.example.org/?iban={_iban('DE', '5001' + '0517' + '5407' + '3249' + '31').lower()}&x=1",
            "5407",
        ),
        pytest.param(f"Kartım: {TROY[:4]} {TROY[4:8]} {TROY[8:12]} {TROY[12:]}", TROY[8:12], id="troy-card"),
        pytest.param(f"le numéro de carte c'est {CARD[:4]}, {CARD[4:8]}, {CARD[8:12]}, {CARD[12:]}", CARD[8:12]),
        pytest.param(f"カード番号：{JCB[:4]}-{JCB[4:8]}-{JCB[8:12]}-{JCB[12:]}です", JCB[8:12], id="card-before-cjk"),
        pytest.param(f"Routing number: {ROUTING}\nAccount number: 66" + "40918823", ROUTING, id="routing-form"),
        pytest.param(f"card {CARD}, and the code on the back is {THREE}", THREE, id="card-back-code"),
        pytest.param(f"la tarjeta {CARD}, el código de atrás es el {THREE}", THREE, id="card-back-code-spanish"),
    ],
)
def test_bank_and_card_numbers_told_the_ways_people_tell_them_are_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def test_a_card_number_said_digit_by_digit_in_words_is_redacted() -> None:
    said = " ".join(_WORDS[int(c)] for c in CARD)
    assert redacted(f"Voicemail: the card is {said}, expiry June.", said)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the code on the back of the box is 123", id="back-code-with-no-card"),
        pytest.param("국민은행 고객센터 1588-9999 로 전화하세요", id="bank-hotline"),
        pytest.param("one two three four five six seven eight nine ten eleven twelve thirteen card tricks"),
        pytest.param("PL 2024 1500 kW total", id="country-and-numbers"),
    ],
)
def test_numbers_beside_a_card_or_a_bank_that_are_no_account_are_left_alone(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param(f"Ania: daj mi kod do bramy\nTomek: {SIX}", SIX, id="polish-give-me"),
        pytest.param(f"Агент: назовите код из смс\nКлиент: {SIX}", SIX, id="russian-name-it"),
        pytest.param(f"[10:01] Li: what's the locker lock again\n[10:02] Sam: {THREE}", THREE, id="lock-three-digits"),
        pytest.param(f"Me: what's the code on your card's back?\nDad: {THREE}", THREE, id="card-back-asked"),
        pytest.param(
            "Nan: the bank site wants a password again\nMe: try " + "otter" + ".4" + "19, it's the one from May",
            "otter.419",
            id="password-then-clause",
        ),
        pytest.param(
            f"Dad: they asked for the code they texted\nDad: it's {SIX} should I say it?", SIX, id="asked-for"
        ),
    ],
)
def test_a_value_asked_for_in_another_language_and_told_next_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


PHRASE = "Copper" + "_lantern" + "4"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"wifi pw: {PHRASE.lower()}", id="after-pw-colon"),
        pytest.param(f"router: usr admin, pasword {PHRASE} — works now", id="misspelt-word"),
        pytest.param(f"The user gave me the admin password ({PHRASE}) earlier.", id="in-brackets"),
    ],
)
def test_two_words_joined_by_an_underscore_and_a_digit_right_after_a_password_word_are_redacted(text: str) -> None:
    assert redacted(text, PHRASE) and redacted(text, PHRASE.lower())


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("password policy (Strong_default1) applies", id="a-policy-named"),
        pytest.param("Error: password for user admin_user2 expired", id="a-user-named"),
        pytest.param("SSID: HomeNet_Guest2 (no password)", id="a-network-named"),
    ],
)
def test_an_underscored_name_near_a_password_word_that_is_no_password_is_left_alone(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param("旅券番号：TK" + "4470" + "215", "TK4470215", id="japanese-passport"),
        pytest.param("пассажир Петров, паспорт 45 12 " + "660" + "193", "45 12 660193", id="russian-series"),
        pytest.param("okazał dowód osobisty nr ABX" + "310" + "552.", "ABX310552", id="polish-id-card"),
        pytest.param("Chuyển khoản vào STK 1903" + "4567" + "8912 nhé", "190345678912", id="vietnamese-account"),
        pytest.param("우리은행 1002-" + "345-678901 로 입금", "345-678901", id="korean-bank-name"),
        pytest.param("Transfer ke BNI 0" + "2718" + "33902 ya", "0271833902", id="indonesian-transfer-to"),
    ],
)
def test_a_document_or_account_number_after_its_name_in_another_language_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param('  apiSecret: process.env.API_SECRET || "Qm7' + 'xR2pL9vTk4Wz",', "Qm7xR2pL9vTk4Wz", id="js-or"),
        pytest.param("API_KEY = os.environ.get('API_KEY') or 'hQ8" + "nLw2zR5xT'", "hQ8nLw2zR5xT", id="python-or"),
        pytest.param(
            'const SIGNING_KEY: &[u8] = b"Zt4' + 'Kq9Lm2Xv8Rw5Pn7Jc3Hb6";', "Zt4Kq9Lm2Xv8Rw5Pn7Jc3Hb6", id="rust"
        ),
    ],
)
def test_a_secret_in_code_behind_a_fallback_or_a_typed_slice_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('secret: env.SECRET ?? "dev"', id="a-word-fallback"),
        pytest.param('const token = req.headers.authorization || "anonymous-user"', id="a-name-fallback"),
    ],
)
def test_a_fallback_that_is_no_credential_is_left_alone(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param("数据库密码 = 'tiger" + "88'", "tiger88", id="chinese-compound-password"),
        pytest.param("APIキー: 'sakura" + "77'", "sakura77", id="japanese-compound-key"),
        pytest.param("관리자비밀번호 = 'tiger" + "88'", "tiger88", id="korean-compound-password"),
        pytest.param("무선 WPA키: 7hq2" + "mz81kd", "7hq2mz81kd", id="korean-network-key"),
        pytest.param("暗号化キー(WPA2): 4kd8" + "2nq7ax", "4kd82nq7ax", id="label-with-a-bracketed-kind"),
        pytest.param("clave del wifi: girasol" + "_verde7", "girasol_verde7", id="spanish-what-it-opens"),
        pytest.param(f"Kasanın şifresi {FOUR}, unutma", FOUR, id="turkish-suffixed-password"),
        pytest.param(f"Mã PIN thẻ ATM của mẹ là {FOUR}", FOUR, id="vietnamese-code-word-then-pin"),
        pytest.param(f"Mã cổng là {FOUR}", FOUR, id="vietnamese-gate"),
    ],
)
def test_a_secret_named_by_a_compound_or_an_inflected_word_in_another_language_is_redacted(
    text: str, secret: str
) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("主键 = 'user_id'", id="chinese-primary-key"),
        pytest.param("ショートカットキー: Ctrl2", id="japanese-shortcut-key"),
    ],
)
def test_a_compound_ending_in_key_that_names_no_secret_is_left_alone(text: str) -> None:
    assert unchanged(text)


NIK = "3174" + "05" + "52" + "08" + "90" + "0002"  # a region, a woman's birth date (12 + 40, August 1990), a serial


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param(f"Nomor KTP: {NIK}", NIK, id="indonesian-nik"),
        pytest.param(f'ת"ז: {TZ}', TZ, id="hebrew-gershayim"),
        pytest.param("Urzędnik: numer dowodu osobistego?\nKlient: ABX" + "310" + "552", "ABX310552", id="id-card"),
        pytest.param(f"Kim: 현관 비밀번호 뭐야?\nLee: {FOUR}", FOUR, id="korean-password-asked"),
        pytest.param(f"田中: 暗証番号は？\n佐藤: {FOUR}です", FOUR, id="japanese-pin-asked"),
        pytest.param(f"Ali: kapının şifresi ne?\nVeli: {FOUR}", FOUR, id="turkish-password-asked"),
    ],
)
def test_an_id_or_a_password_named_in_another_language_and_told_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("パスワードを入力してください。\n2024年12月1日より新しい規則が適用されます。", id="a-year-after"),
        pytest.param("비밀번호를 입력해 주세요\n2025년 1월부터 변경됩니다", id="a-korean-year-after"),
        pytest.param(
            "パスワード再設定のご案内：再設定してください。\n当社からパスワードをお尋ねすることはありません 2026",
            id="a-notice",
        ),
        pytest.param("What's your identity card's expiry?\nclerk: 2031", id="an-id-cards-expiry"),
        pytest.param("ID card renewal: please bring your ID card?\nOffice hours 0900 to 1700", id="office-hours"),
        pytest.param("Nik said the build 4412 failed", id="a-name-nik"),
    ],
)
def test_a_turn_after_a_password_or_an_id_named_that_tells_none_is_left_alone(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param(f"Votre code à usage unique est {SIX}.", SIX, id="french-one-time"),
        pytest.param(f"Kertakäyttöinen koodi {SIX}", SIX, id="finnish-no-verb"),
        pytest.param(f"Wohnungstür: Code {FOUR}#, Briefkasten links", FOUR, id="german-door-compound"),
        pytest.param(f"cadenas du vélo : {FOUR}", FOUR, id="french-padlock"),
        pytest.param(f"lucchetto della bici {FOUR}", FOUR, id="italian-padlock-no-verb"),
        pytest.param(
            "Aufkleber:\nWLAN-Schlüssel: 4417 " + "2290 8812 3301 5520", "8812 3301", id="router-key-in-groups"
        ),
    ],
)
def test_a_code_or_a_key_told_without_a_verb_in_another_language_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("le cadenas coûte 1200.", id="a-padlocks-price"),
        pytest.param("candado de 40 mm", id="a-padlocks-size"),
        pytest.param("Die Haustür wurde 2024 renoviert.", id="a-doors-year"),
        pytest.param("Kertakäyttöinen koodi vanhenee 5 minuutissa", id="a-codes-lifetime"),
        pytest.param("router key: 2024 model year", id="a-router-keys-year"),
    ],
)
def test_a_lock_a_door_or_a_key_beside_a_number_that_is_no_code_is_left_alone(text: str) -> None:
    assert unchanged(text)


def test_every_one_time_word_of_the_lexicon_holds_one_of_its_rules_gates() -> None:
    from skillhive.redact.lexicon import ONE_TIME, ONE_TIME_GATES

    assert [w for w in ONE_TIME if not any(g in w.lower() for g in ONE_TIME_GATES)] == []


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param(f"Bank: {SIX} adalah kode OTP Anda. RAHASIA.", SIX, id="indonesian"),
        pytest.param(f"{SIX} là mã xác nhận của bạn", SIX, id="vietnamese"),
        pytest.param(f"{SIX} est votre code à usage unique", SIX, id="french"),
    ],
)
def test_a_number_said_to_be_a_one_time_code_before_the_words_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


def test_a_number_said_to_be_a_section_about_one_time_codes_is_left_alone() -> None:
    assert unchanged("Page 2024 is the otp section")


def test_a_code_shaped_value_after_prose_below_a_codes_heading_is_left_alone() -> None:
    assert unchanged(
        "Recovery codes: we will talk about them later in this document.\n\nCommit 1a2b3c4d5e6f was merged"
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The OTP was sent to 07700 900123", id="english-to-is-no-copula"),
        pytest.param("verification code goes to 5551234", id="a-phone-the-code-goes-to"),
        pytest.param("Sandi 2019 won the race", id="a-name-that-is-a-word-for-password"),
    ],
)
def test_a_number_after_a_code_word_and_english_to_or_a_name_is_left_alone(text: str) -> None:
    assert unchanged(text)
