"""National ids named by their context, checked by their country's algorithm (id_checks.py).

A number alone is as likely an order, a phone or a tracking number; a number right after the id's
name (`BSN: …`, `"dni": "…"`, `CPF …`, `SSN …`, `PESEL …`, `ИНН`, `ΑΦΜ`, `CNP`, `OIB`, `JMBG`…) whose
check digit or letter is right is that id, in any formatting (spaces, dots, dashes or none); ids
that open with a letter (KVNR, CURP, NRIC, Taiwan's) after their own names. A value read by an OCR
(`O` for 0, `l`/`I` for 1, `S` for 5, `B` for 8 between digits) is checked as the digits it stands
for; a form's label may stand alone on its line, the value on the next (`social security number`,
then `687 - 61 - 0167`). Italy's codice fiscale and Switzerland's AHV (`756.xxxx.xxxx.xx`) are read
by their layout and check wherever they stand.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from skillhive.redact.engine import _Rule
from skillhive.redact.id_checks import (
    _aadhaar,
    _afm,
    _amka,
    _belgian,
    _bsn,
    _cbu,
    _cccd,
    _china,
    _clabe,
    _cnic,
    _cnp,
    _cns,
    _code_melli,
    _codice_fiscale,
    _cpf,
    _cpr,
    _cuit,
    _curp,
    _dea,
    _dni,
    _egn,
    _egypt_id,
    _ein,
    _emirates_id,
    _fodselsnummer,
    _hetu,
    _hkid,
    _hu_tax_id,
    _idnp,
    _inn,
    _ird,
    _isikukood,
    _itin,
    _jmbg,
    _kennitala,
    _kimlik,
    _kvnr,
    _medicare_au,
    _my_number,
    _mykad,
    _nhs,
    _nif_pt,
    _nik,
    _nip,
    _nir,
    _nric,
    _nss_es,
    _oib,
    _partita_iva,
    _personnummer,
    _pesel,
    _pis,
    _pps,
    _rib,
    _rnokpp,
    _rodne_cislo,
    _rrn,
    _rut,
    _rvnr,
    _saudi_id,
    _sin,
    _snils,
    _spi,
    _ssn,
    _steuer_id,
    _svnr_at,
    _taiwan,
    _taj,
    _teudat_zehut,
    _tfn,
    _thai_id,
    _za_id,
    ahv,
)
from skillhive.redact.lexicon import alternation
from skillhive.redact.pii import ocr_digits

# the id's names (lower case) -> its check
_CHECKS: dict[str, Callable[[str], bool]] = {
    "ssn": _ssn,
    "ein": _ein,
    "fein": _ein,
    "employer identification": _ein,
    "tin": lambda v: _ein(v) or _ssn(v) or _itin(v),  # a taxpayer's number: an EIN, an SSN or an ITIN
    "itin": _itin,
    "individual taxpayer identification": _itin,
    "social security": _ssn,
    "bsn": _bsn,
    "burgerservicenummer": _bsn,
    "sofinummer": _bsn,
    "sofi": _bsn,
    "dni": _dni,
    "d.n.i": _dni,  # as a notary's deed prints it
    "nie": _dni,
    "nif": lambda v: _dni(v) or _nif_pt(v),  # Spain's NIF is a DNI; Portugal's has its own check
    "cpf": _cpf,
    "rentenversicherungsnummer": _rvnr,
    "rentenversicherungs-nr": _rvnr,
    "rv-nummer": _rvnr,
    "versicherungsnummer": _rvnr,  # the pension insurance's, as a payroll's notice names it
    "rib": _rib,
    "cbu": _cbu,  # Argentina's bank account
    "clabe": _clabe,  # Mexico's
    "relevé d'identité bancaire": _rib,
    "nir": _nir,
    "carte vitale": _nir,  # the card that carries it, as its title reads in an OCR
    "medicare": _medicare_au,  # Australia's (the US's is letters and digits: documents.py's)
    "sécurité sociale": _nir,
    "securite sociale": _nir,
    "sécu": _nir,  # "mon numéro de sécu"
    "secu": _nir,
    "sin": _sin,
    "nas": _sin,
    "social insurance": _sin,
    "pesel": _pesel,
    "personnummer": lambda v: _personnummer(v) or _cpr(v),  # Sweden's (Luhn) or Denmark's (a date)
    "personnumret": _personnummer,  # with its article ("personnumret … mitt är …")
    "hetu": _hetu,
    "henkilötunnus": _hetu,
    "henkilotunnus": _hetu,  # the same without its diacritic, as a column's name
    "henkilötunnu": _hetu,  # the stem the inflected forms share (henkilötunnukseni, henkilötunnuksen)
    "rijksregisternummer": _belgian,
    "registre national": _belgian,
    "numéro national": _belgian,
    "nhs": _nhs,
    "aadhaar": _aadhaar,
    "aadhar": _aadhaar,
    "uidai": _aadhaar,
    "身份证": _china,
    "resident id": _china,
    # a resident's registration number in a record (`"resident_no":`), Korea's or China's by their checks
    "resident no": lambda v: _rrn(v) or _china(v),
    "resident number": lambda v: _rrn(v) or _china(v),
    "resident registration": lambda v: _rrn(v) or _china(v),
    "tfn": _tfn,
    "tax file": _tfn,
    "steuer-id": _steuer_id,
    "steueridentifikationsnummer": _steuer_id,
    "steuerid": _steuer_id,
    "idnr": _steuer_id,
    "identifikationsnummer": _steuer_id,
    "주민등록번호": _rrn,
    "주민번호": _rrn,  # its short form
    "외국인등록번호": _rrn,  # a foreign resident's number: the same shape and check
    "マイナンバー": _my_number,
    "個人番号": _my_number,
    "mynumber": _my_number,
    "rrn": _rrn,
    "contribuinte": _nif_pt,
    "sa id": _za_id,
    "id number": _za_id,  # South Africa's, as its forms and people name it (other ids fail its date and Luhn)
    "id no": _za_id,
    "south african id": _za_id,
    "kimlik": _kimlik,
    "tckn": _kimlik,  # T.C. Kimlik Numarasi, as a field's name
    "tc kimlik": _kimlik,
    "fnr": _fodselsnummer,
    "fødselsnummer": _fodselsnummer,
    "fodselsnummer": _fodselsnummer,
    "rut": _rut,  # not "run": `workflow run 123456789` is a CI run
    # the same meaning in other languages and scripts: "AMKA" in Greek, "SNILS", "RNOKPP", "رقم الهوية",
    # "תעודת זהות", "आधार", "证件号码", "เลขประจำตัวประชาชน", "CCCD"
    "amka": _amka,
    "αμκα": _amka,
    "snils": _snils,
    "снилс": _snils,
    "рнокпп": _rnokpp,
    "rnokpp": _rnokpp,  # the same in Latin letters, as a field's name
    "іпн": _rnokpp,
    "ідентифікаційний код": _rnokpp,
    "ідентифікаційний номер": _rnokpp,
    "emirates id": _emirates_id,
    "الهوية": lambda v: _emirates_id(v) or _saudi_id(v),  # the UAE's or Saudi Arabia's
    "هوية": lambda v: _emirates_id(v) or _saudi_id(v),
    "תעודת זהות": _teudat_zehut,
    "ת.ז": _teudat_zehut,
    'ת"ז': _teudat_zehut,
    "ת״ז": _teudat_zehut,
    # Indonesia's NIK (on the KTP card): a region, a birth date (the day plus 40 for a woman), a serial
    "nik": _nik,
    "ktp": _nik,
    "nomor induk kependudukan": _nik,
    "teudat zehut": _teudat_zehut,
    "आधार": _aadhaar,
    "ஆதார்": _aadhaar,  # Tamil
    "আধার": _aadhaar,  # Bengali
    "证件号码": _china,
    "身份证号码": _china,
    "公民身份号码": _china,
    "身分證字號": lambda v: _china(v) or _taiwan(v),  # China's word, and Taiwan's
    "เลขประจำตัวประชาชน": _thai_id,
    "บัตรประชาชน": _thai_id,
    "thai id": _thai_id,
    "cccd": _cccd,
    "căn cước": _cccd,
    "can cuoc": _cccd,
    "partita iva": _partita_iva,
    "p.iva": _partita_iva,
    "p. iva": _partita_iva,
    "piva": _partita_iva,
    "инн": _inn,
    "inn": _inn,
    "afm": _afm,
    "αφμ": _afm,
    "α.φ.μ": _afm,  # noqa: RUF001
    "cnp": _cnp,
    "cod numeric personal": _cnp,
    "codul numeric personal": _cnp,
    "numéro fiscal": _spi,
    "numero fiscal": _spi,
    "n° fiscal": _spi,
    "identifiant fiscal": _spi,
    "spi": _spi,
    "rodné číslo": _rodne_cislo,
    "rodne cislo": _rodne_cislo,
    "rodného čísla": _rodne_cislo,
    "rodné čísla": _rodne_cislo,
    "r.č": _rodne_cislo,
    "کد ملی": _code_melli,
    "کدملی": _code_melli,
    "کد‌ملی": _code_melli,
    "شماره ملی": _code_melli,
    "code melli": _code_melli,
    "kod melli": _code_melli,
    "cpr": _cpr,
    "תעודת הזהות": _teudat_zehut,  # with the article ("מספר תעודת הזהות שלי")
    "cuit": _cuit,
    "cuil": _cuit,
    "oib": _oib,
    "егн": _egn,
    "egn": _egn,
    "isikukood": _isikukood,
    "asmens kodas": _isikukood,
    "kennitala": _kennitala,
    "ahv": ahv,
    "avs": ahv,
    "ahv-nr": ahv,
    # Austria's, Switzerland's (AHV), or Germany's (the pension insurance number)
    "sozialversicherungsnummer": lambda v: _svnr_at(v) or ahv(v) or _rvnr(v),
    "svnr": _svnr_at,
    "sv-nr": _svnr_at,
    "pps": _pps,
    "ppsn": _pps,
    "personal public service": _pps,
    "jmbg": _jmbg,
    "јмбг": _jmbg,
    "матични број": _jmbg,  # noqa: RUF001
    "emšo": _jmbg,
    "emso": _jmbg,
    "cnic": _cnic,
    "شناختی کارڈ": _cnic,
    "mykad": _mykad,
    "no. kp": _mykad,
    "no kp": _mykad,
    "kad pengenalan": _mykad,
    "ird": _ird,
    "ird number": _ird,
    "idnp": _idnp,
    "iqama": _saudi_id,
    "إقامة": _saudi_id,
    "الرقم القومي": _egypt_id,
    "رقم قومي": _egypt_id,
    "taj": _taj,
    "adóazonosító": _hu_tax_id,  # Hungary's tax number of a person
    "adoazonosito": _hu_tax_id,
    "adóazonosító jel": _hu_tax_id,
    "cns": _cns,  # Brazil's national health card
    "cartão sus": _cns,
    "cartao sus": _cns,
    "cartão nacional de saúde": _cns,
    "taj szám": _taj,
    "taj szam": _taj,  # without its accent, as a field's name (`taj_szam`)
    "tajszám": _taj,
    "nss": _nss_es,
    "número de la seguridad social": _nss_es,
    "numero de la seguridad social": _nss_es,
    "seguridad social": _nss_es,
    "número de afiliación": _nss_es,
    "afiliación": _nss_es,  # "nº afiliación 28 37904408 13"
    "afiliacion": _nss_es,
    "pis": _pis,
    "pasep": _pis,
    "pis/pasep": _pis,
    "nis": _pis,
    "nip": _nip,
    "מספר זהות": _teudat_zehut,
}
_CHECK_OF = {name.replace(" ", "").replace("-", ""): check for name, check in _CHECKS.items()}
# a trie: the names are many, every position tries them (a name's dash as its space: `steuer_id` too)
_LABEL = alternation(tuple(dict.fromkeys([*_CHECKS, *(n.replace("-", " ") for n in _CHECKS)])), space="[ _-]?")
_SEPARATORS = re.compile(r"[ .\-/]")


def _label(m: re.Match[str]) -> str:
    return m.group("label").replace(" ", "").replace("_", "").replace("-", "")


def _valid_end(m: re.Match[str], text: str) -> int:
    """Where the longest prefix of the candidate (cut at a space) that passes the check ends, or -1: the check of
    the label, or of a later label between it and the value ("الإقامة … رقم الهوية الإماراتية …": the nearer)."""
    checks = [_CHECK_OF.get(_label(m))]
    if m.end("label") < m.start("s"):
        later = [
            _CHECK_OF.get(_LABEL_NAME.sub("", x.group()))
            for x in _LATER_LABEL.finditer(text, m.end("label"), m.start("s"))
        ]
        checks.extend(reversed(later))
    for check in checks:
        if check is not None:
            end = _end_checked(check, m, text)
            if end >= 0:
                return end
    return -1


def _end_checked(check: Callable[[str], bool], m: re.Match[str], text: str) -> int:
    start, end = m.span("s")
    candidate = text[start:end]
    cuts = [i for i, c in enumerate(candidate) if c == " "] + [len(candidate)]
    for cut in reversed(cuts):
        value = candidate[:cut]
        # `+` (Swedish over 100), `-`/`A` (Finnish century) are part of the id, not separators
        if check is _hetu or check is _personnummer:
            value = value.replace(" ", "")
            if check is _personnummer:
                value = value.replace("-", "")
        else:
            value = _SEPARATORS.sub("", value)
        if check(value) or check(ocr_digits(value)):
            return start + cut
    return -1


_LATER_LABEL = re.compile(rf"(?<![a-z0-9])(?:{_LABEL})")
_LABEL_NAME = re.compile(r"[ _-]")
# "is" in the languages whose ids are checked here: "mi DNI es …", "mój PESEL to …", "mitt personnummer är …"
_COPULAS = "|".join(("es", "est", "ist", "är", "er", "to", "jest", "je", "é", "è", "on", "era", "ir"))

# ids named a few words before their value, in a sentence or in the turn that asks for it (the answer on
# the next line, after its speaker's label or a few words: "…your PESEL?\nClient: 5704…", "Chef will meine
# Steuer-ID\nist 24 156 …"): "preciso do seu CPF. Cliente: claro, 833…",
# "mon NAS est le 285 955 332", "henkilötunnukseni on 050671-587A": what lies between is prose
# (no digit, no line break, 60 characters at most) and the value must pass the id's check; a name of
# four letters or fewer counts only in capitals (`sin`, `nas`, `dni`, `nie` are words of other languages)
_NAMED_BEFORE = re.compile(
    rf"(?<![a-z0-9])(?P<label>{_LABEL})[^\W\d_]{{0,5}}(?![0-9])"
    r"(?:[^\d\n]{1,60}?(?:\n[^\d\n:：]{1,30}[:：][^\d\n]{0,20}?|\n[^\d\n]{0,24}?)?|\n[^\d\n]{1,24}?"  # noqa: RUF001
    # a form's label alone on its line, the value opening the next ("social security number\n687 - 61 - 0167")
    # (only its name and a word for "number" there: "henkilötunnus puuttuu" says it is missing)
    r"|(?:[ _.-]?(?:number|nummer|numero|número|no|nr|num|#))?\.?[ \t]*[:：]?[ \t]*\n[ \t]*)"  # noqa: RUF001
    r"(?<![0-9a-z])(?P<s>(?:[0-9]|[xyz](?=[0-9]{7}))(?:[0-9a-z]|[ .+/-](?=[0-9a-z])|[ ][./-][ ](?=[0-9])){7,24})"
    r"(?![0-9a-z])"
)


# words between that name the number something else: "mi DNI caducó y el número de pedido es …"
_OTHER_NUMBER = re.compile(
    r"(?<![^\W\d_])(?i:order|ticket|invoice|pedido|commande|bestell|rechnung|factura|fattura|fatura|tracking"
    r"|reference|\bref\b|\bcase\b|account|conta|cuenta|compte|konto|iban|card|cart[aã]o|tarjeta|carte)"
)


# words between that say the id is not there: the number after is another thing ("henkilötunnus puuttuu\n…")
_ABSENT = re.compile(
    r"(?i:missing|absent|invalid|not found|puuttuu|fehlt|manquant|falta|mancante|ontbreekt|saknas|mangler|brak)"
)


def short_name_read_as_word(written: str, next_char: str) -> bool:
    """Whether an id's name of four letters or fewer, as written, is no id's name: not in capitals (`sin`, `nas`,
    `dni` are words of other languages), or followed by a letter (`BSNR` is a practice's number, not `BSN`
    inflected: a short name is an acronym, whole)."""
    if not written.isascii() or len(written.replace(" ", "")) > 4:
        return False
    return not written.isupper() or next_char.isalpha()


def _spare_named_before(m: re.Match[str], text: str) -> bool:
    label = text[slice(*m.span("label"))]
    if short_name_read_as_word(label, text[m.end("label") : m.end("label") + 1]):
        return True
    if "\n" in text[m.end("label") : m.start("s")] and _ABSENT.search(text, m.end("label"), m.start("s")):
        return True
    if _OTHER_NUMBER.search(text, max(m.end("label"), m.start("s") - 30), m.start("s")):
        return True  # the nearest noun before the number says what it is
    return _valid_end(m, m.string) < 0  # (the later labels are read in the lower-cased text)


# names that are words of a language too (German `ein`, English `tin`): the id's only in capitals or
# before a separator (`EIN 12-…`, `"ein": "12-…"`), not in a sentence (`ein 261150672 langer …`)
_PROSE_WORD_LABELS = frozenset(
    [
        "ein",
        "tin",
        "inn",
        "spi",
        "afm",
        "cpr",
        "nip",
        "taj",
        "nis",
        "pis",
        "ird",
        "nss",
        "sin",
    ]  # `sin`: Spanish "without"
)


def _word_of_prose(m: re.Match[str], text: str) -> bool:
    start, end = m.span("label")
    if m.group("label") not in _PROSE_WORD_LABELS or text[start:end].isupper():
        return False
    return not any(c in ":=#\"'" for c in text[end : m.start("s")])


# ids that open with a letter, after their name: the German KVNR, Mexico's CURP, Singapore's NRIC/FIN,
# Taiwan's national id, Ireland's PPS (digits first, letters last)
_LETTER_CHECKS: dict[str, Callable[[str], bool]] = {
    "kvnr": _kvnr,
    "krankenversichertennummer": _kvnr,
    "versichertennummer": _kvnr,
    "versicherten-nr": _kvnr,
    "versichertennr": _kvnr,
    "curp": _curp,
    "dea": _dea,
    "dea number": _dea,
    "nric": _nric,
    "身分證字號": _taiwan,
    "身分證號碼": _taiwan,
    "身分證": _taiwan,
    "hkid": _hkid,
    "香港身份證": _hkid,
    "身份證號碼": _hkid,
    "身份證": _hkid,
}
_LETTER_LABEL = alternation(tuple(_LETTER_CHECKS), space="[ _-]?")


def _spare_letter_id(m: re.Match[str], text: str) -> bool:
    check = _LETTER_CHECKS.get(m.group("label").replace(" ", "").replace("_", ""))
    return check is None or not check(_SEPARATORS.sub("", m.group("s")).replace("(", "").replace(")", ""))


# a company's word by the number ("ΑΦΜ εταιρείας", "CNPJ da empresa", "(ACME S.r.l.)"): a business's
# registration, printed on its invoices, not a person's id
_COMPANY = re.compile(
    r"(?<![^\W\d_])(?:company|company's|firm|business|société|societe|empresa|società|societa|azienda|firma"
    r"|bedrijf|företag|foretag|selskab|selskap|yritys|spółka|spolka|şirket|sirket|employer|seller|sprzedawc\w*"
    r"|verkäufer|vendeur|vendedor|venditore|društva|društvo|tvrtke|tvrtka|firmy|společnosti|spoločnosti|yrityksen"
    r"|organización|organizacion|organisation|organization|organização|fundación|fundacion|fundação|foundation"
    r"|association|asociación|verein|stiftung"
    r"|ltda|gmbh|s\.r\.l|s\.p\.a|ltd|inc|llc|b\.v|s\.a\.s|sarl|razão social|ragione sociale|raison sociale)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:компани|підприєм|εταιρ)|公司|会社|회사|شركة|חברה"  # stems: any ending
)


def _business(m: re.Match[str], text: str) -> bool:
    lowered = m.string  # these rules read the lower-cased text
    line_end = lowered.find("\n", m.end("s"))
    end = min(len(lowered) if line_end < 0 else line_end, m.end("s") + 24)  # on the value's line
    return _COMPANY.search(lowered, min(m.start("label"), m.start("s")), end) is not None


ID_RULES: tuple[_Rule, ...] = (
    _Rule(
        "national-id",
        rf"(?<![a-z0-9])(?P<label>{_LETTER_LABEL})(?![a-z])(?:[ _.-]?(?:number|nummer|no|nr|#))?\.?[\"'\]]?"
        r"[^\n\w]{0,6}(?:(?:is|ist|es|lautet|[^\x00-\x7f\s]{1,8})[ \t]+)?[\"']?"
        r"(?P<s>[a-z][0-9a-z]{6,17}(?:\([0-9a]\))?)(?![0-9a-z])",  # HKID's check digit in brackets
        ("kvnr", "versicherten", "curp", "nric", "身分證", "hkid", "身份證", "dea"),
        on_lower=True,
        spare=_spare_letter_id,
    ),
    # a Swiss AHV number printed as it is (`756.1234.5678.97`): its prefix, its dots, its EAN-13 check
    _Rule(
        "national-id",
        r"756\.(?<![0-9.]756\.)[0-9]{4}\.[0-9]{4}\.[0-9]{2}(?![0-9]|\.[0-9])",
        ("756.",),
        spare=lambda m, text: not ahv(m.group().replace(".", "")),
    ),
    # India's PAN after its name: five letters (the fourth the holder's type), four digits, a letter
    _Rule(
        "national-id",
        r"(?:(?<![a-z])(?:pan|permanent[ _-]account[ _-]number)(?:[ _-]?(?:no|number|card))?(?![a-z])"
        r"|पैन(?:[ \t]+कार्ड)?(?:[ \t]+(?:नंबर|संख्या))?)[\"']?"
        # "is" in English or a word of another script between ("PAN है ZGNPD2079Z")
        r"[^\n\w]{0,6}(?:(?:is|[^\x00-\x7f\s]{1,8})[ \t]+)?(?P<s>[a-z]{3}[abcfghljpt][a-z][0-9]{4}[a-z])(?![a-z0-9])",
        ("pan", "permanent", "पैन"),
        on_lower=True,
    ),
    # Italy's codice fiscale anywhere, in capitals, by its layout (a month's letter, a day, a town's code)
    # and its check letter
    _Rule(
        "national-id",
        r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]{5}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z]"
        r"[0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])",
        (),
        spare=lambda m, text: not _codice_fiscale(m.group()),
    ),
    # Mexico's CURP anywhere, by its layout (a birth date, sex, state, consonants) and its check digit
    _Rule(
        "national-id",
        r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]{3}[0-9]{6}[HMX][A-Z]{5}[A-Z0-9][0-9](?![A-Za-z0-9])",
        (),
        spare=lambda m, text: not _curp(m.group()),
    ),
    # ids whose layout is their own, anywhere: Ghana's card (`GHA-530020223-5`), Myanmar's NRC
    # (`12/MaYaKa(N)223794`), South Africa's id grouped as its parts (birth date, sequence, check: `990906 5331 186`)
    _Rule(
        "national-id",
        r"(?<![A-Za-z0-9])GHA-[0-9]{9}-[0-9](?![0-9])"
        r"|(?<![0-9/])[0-9]{1,2}/[A-Za-z]{3,9}\((?:N|E|P|T|Naing|Ae|Pyu|Thi)\)[0-9]{6}(?![0-9])"
        r"|(?<![0-9])[0-9]{6} [0-9]{4} [0-9]{3}(?![0-9])",
        ("GHA-", "/", " "),
        spare=lambda m, text: m.group()[0].isdigit() and " " in m.group() and not _za_id(m.group().replace(" ", "")),
    ),
    # a US immigrant's A-number (USCIS number) after its name: `A-Number A162507298`, `my A number is A-867 395 919`
    _Rule(
        "national-id",
        r"(?<![a-z0-9])(?:a[- ]?(?:number|no\.?|#)|alien (?:registration )?(?:number|no\.?)|uscis ?(?:#|number|no\.?))"
        r"[^\n\w]{0,6}(?:(?:is|:)[ \t]*)?(?P<s>a-?[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}|a-?[0-9]{8})(?![0-9a-z])",
        ("a-n", "a n", "a#", "a no", "alien", "uscis"),
        on_lower=True,
    ),
    # ids that start with letters, after their name: Italy's codice fiscale
    _Rule(
        "national-id",
        r"(?:codice[ _-]?fiscale|cod\.?[ \t]*fisc\.?|c\.f\.)(?![a-z])[^\n\w]{0,6}(?:(?:è|e|is)[ \t]+)?"
        r"(?P<s>[a-z]{6}[0-9a-z]{2}[a-z][0-9a-z]{2}[a-z][0-9a-z]{3}[a-z])(?![a-z0-9])",
        ("codice", "cod", "c.f."),
        on_lower=True,
        spare=lambda m, text: not _codice_fiscale(m.group("s")),
    ),
    _Rule(
        "national-id",
        rf"(?<![a-z0-9])(?P<label>{_LABEL})(?![a-z])"
        r"(?:[ _.-]?(?:number|nummer|numero|número|no|nr|num|#))?\.?[\"'\]]?"
        r"(?:[ \t]*\([^()\n]{1,24}\)(?=[ \t]*[:=：]))?"  # noqa: RUF001  (a note before the colon: "(11 siffer)")
        # `CPF do titular:`: words between the name and the value only before a colon
        r"(?:(?:[ \t]+[^\W\d_]{1,12}){1,3}?[ \t]*[:=：]|[ \t]*(?:[:=#：]|(?:is|was|"  # noqa: RUF001
        + _COPULAS
        + r")(?![a-z]))?)[ \t]*[\"'(]?"  # (in brackets after its name: "le numéro fiscal (3840…)")
        r"(?P<s>[0-9xyz](?:[0-9a-z]|[ .+/-](?=[0-9a-z])|[ ][./-][ ](?=[0-9])){7,24})(?![0-9a-z])",
        # no gates: the names are ~200 in a dozen scripts, and looking for each in the text costs more than
        # the trie of them once (the regex starts at a name's first letters)
        (),
        on_lower=True,
        spare=lambda m, text: _valid_end(m, m.string) < 0 or _word_of_prose(m, text) or _business(m, text),
        span_of=lambda m: (m.start("s"), _valid_end(m, m.string)),
    ),
    # the name after the value, in brackets or after a dash or a comma: "16480344Q (mi DNI es)",
    # "75033618298 — meine Steuer-ID"; the value must pass the named id's check
    _Rule(
        "national-id",
        r"(?<![0-9a-z])(?P<s>[0-9](?:[0-9a-z]|[ .+/-](?=[0-9a-z])){7,24})(?![0-9a-z])"
        r"[ \t]*(?:[(\[]|[—–-][ \t]|,[ \t])[^\d\n()\[\]]{0,30}?"  # noqa: RUF001
        rf"(?<![a-z0-9])(?P<label>{_LABEL})[^\W\d_]{{0,5}}(?![^\W\d_])",  # inflected: `henkilötunnukseni`
        (),
        on_lower=True,
        spare=lambda m, text: _spare_named_before(m, text) or _business(m, text),
        span_of=lambda m: (m.start("s"), _valid_end(m, m.string)),
    ),
    _Rule(
        "national-id",
        _NAMED_BEFORE.pattern,
        (),
        on_lower=True,
        spare=lambda m, text: _spare_named_before(m, text) or _business(m, text),
        span_of=lambda m: (m.start("s"), _valid_end(m, m.string)),
    ),
)


# a table's column header that names an id on its own (`bsn`, `PESEL`, `personnummer`): the gates
# of blocks.redact_tables, and the check its cells must pass
# (a name of two words by its first, as a column writes it either way: `rodne_cislo`, `rodné číslo`)
ID_HEADER_GATES = tuple(dict.fromkeys(name.split()[0] for name in _CHECKS if len(name.split()[0]) >= 3))


def id_check(header: str) -> Callable[[str], bool] | None:
    """The check of the id a column header names (`bsn`, `PESEL`, `dni_number`), else None."""
    name = re.sub(r"[ _.-]?(?:number|nummer|numero|número|no|nr|num)$", "", header.lower()).replace("-", "")
    return _CHECK_OF.get(name.replace(" ", "").replace("_", ""))
