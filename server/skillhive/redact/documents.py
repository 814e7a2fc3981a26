"""A personal document's number named by its label, in a form, a record, a letter or a sentence.

Passports, driving licences, identity cards, health-insurance member numbers, tax references: most
have no check digit a rule could read, so the label says what the value is, in any language and
with any abbreviation of "number" (`Pasaporte nº`, `Passaporto n.`, `Versicherten-Nr.`, `dl_number`,
`"mbi":`), and the value must have the shape of a document number: six to twenty letters and digits,
three digits at least, not a date. A word that names a document of any kind ("member", "policy",
"document", "tax") counts only with its "number" and, for the vague ones, a context that says whose:
a payer or a plan for a member number, a passport or a licence for a "document number".

A US licence's number follows the field the card prints before it (`DL`, `DLN`, as AAMVA lays a card
out) where the card says it is a driver licence. One licence's number has a layout of its own, read
without its label where a licence is named: the UK's (DVLA): five letters of the surname (9 for
padding), six digits (the birth date), two initials, a digit, two check letters (`MORGA753116SM9IJ`).
"""

from __future__ import annotations

import re

from skillhive.redact.engine import _Rule, _span

# names that say "a person's document" on their own (`Reisepassnummer`, `Pasaporte`, `MBI`, `UTR`)
_DOCUMENTS = (
    r"(?P<passport>passport|passeport|pasaporte|passaporto|passaporte|reisepass|paszport|paspoort"
    r"|pass(?=[ _-]?(?:nr|nummer)))"
    r"|driver'?s?[ _-]?licen[cs]e|driving[ _-]licen[cs]e|führerschein|fuehrerschein|fuhrerschein"
    r"|permis de conduire|licencia de conducir|carteira de motorista|patente di guida|rijbewijs"
    r"|personalausweis|ausweis|identity[ _-]card|id[ _-]card|carte d'identit[ée]|carta d'identit[àa]"
    r"|documento de identidad|documento nacional|c[ée]dula|national[ _-]id|identifikationsnummer"
    r"|medicare|medicaid|mbi|versicherten|krankenversichert\w*|kvnr|carte vitale|health[ _-]card"
    r"|utr|unique taxpayer reference|taxpayer|steuernummer|steuer[ _-]?nr|st\.?[ _-]?nr|tax[ _-]?id"
    r"|tax[ _-]reference|tax[ _-]number|mrn|medical[ _-]record|voter[ _-]?(?:id|card)|elector(?:al)?[ _-]?(?:id|card)"
    r"|identity[ _-]number|identification[ _-]number|nric|hkid|emirates[ _-]id|curp|personal[ _-]id"
    r"|known[ _-]travell?er|redress"  # a trusted traveller's number (TSA PreCheck), a DHS redress number
    r"|kra[ _-]?pin"  # Kenya's tax number of a person (a letter, nine digits, a letter)
    # national ids with no check digit a rule could read, by their names: Nigeria's BVN and NIN, Tanzania's
    # NIDA, Ghana's card, Kenya's kitambulisho, Malaysia's and Sri Lanka's IC/NIC, Kazakhstan's IIN,
    # Georgia's personal number, Nepal's citizenship, South Africa's ID number in Afrikaans and Zulu
    r"|bvn|nin(?=[ _-]?(?:number|no|slip)|(?:[ \t]+[^\W\d_]{1,6}){1,3}[ \t]+[0-9]|[ \t]*[:=]|[ \t]+[0-9])"
    r"|nida|ghana[ _-]card"
    r"|kitambulisho|(?:no|nombor|number)[ _.-]?ic|ic[ _-]?(?:no|number)|nic(?=[ _-]?(?:no|number))|иин|жсн|iin"
    r"|პირადი ნომერი|nagarikta|citizenship[ _-]?(?:no|number)|id-nommer|id[ _-]nommer|inombolo kamazisi"
    # Bangladesh's NID in Bengali and by its initials, the Philippines' SSS, Portugal's NISS
    r"|জাতীয় পরিচয়পত্র|এনআইডি|nid(?=[ _-]?(?:no|number|নম্বর))|sss(?=[ _-]?(?:no|number|num))|niss"
    # Ethiopia's Fayda, Afghanistan's tazkira, Armenia's public services number, the Philippines' PhilSys,
    # Brazil's voter card, Italy's health card
    r"|fayda|ፋይዳ|tazkira|تذکرې|تذکره|համարանիշ|philsys|título de eleitor|titulo de eleitor|tessera sanitaria"
    r"|(?P<bare_id>id)(?=[ _.-]?(?:number|no|nr|#)(?![a-z]))"
)
# names that need their "number" and a context (`member_id` of a payer, `dl_number`, `Document Number`)
_MINE_IS = r"mine|my|yangu|yako|wangu|saya|yami|ko|mi|na|ni|ay|is|es|ngu|dina|ita|hai|ho|ce|est"
_VAGUE = r"member|subscriber|policy|insurance|insured|dl|licen[cs]e|document|dokument|documento"
_NUMBER = r"(?:[ _.-]?(?:number|nummer|numero|número|numéro|num|no|nº|n°|nr|n|#|id|ref|reference|নম্বর|ቁጥሬ|ቁጥር|شمېره))"
_VAGUE_CONTEXT = {
    "member": re.compile(r"(?i:payer|insur|health|medic|patient|plan|versich|kasse|claim|clinic|pharm|dental)"),
    "document": re.compile(r"(?i:passport|pasaporte|passeport|licen[cs]e|id card|identity|ausweis|visa)"),
}
_VALUE = (
    # (a space after a separator only before a digit: "…892. Also" ends a sentence)
    r"(?=[a-z]{0,6}[0-9])(?P<s>[a-z0-9]"
    r"(?:[a-z0-9]|[ ]?[./-](?:[ ](?=[0-9])|(?=[a-z0-9]))|(?<=[0-9])[ ](?=[0-9])){5,24})(?![a-z0-9])"
)
# a passport's serial in capitals with one or two digits among its letters, nine characters (Germany's)
_PASSPORT_SERIAL = re.compile(r"(?=(?:[A-Z]*[0-9]){2})[A-Z0-9]{9}")
_CUSTOMS_MRN = re.compile(r"[0-9]{2}[A-Z]{2}[A-Z0-9]{13}[0-9A-Z]")
_DATE = re.compile(r"[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4}")
_SEPARATORS = re.compile(r"[ ./-]")
# what may stand before a bare "ID number" for it to be a person's: nothing, a possessive, a nationality's word
_OWN_ID = re.compile(
    r"(?i:(?:^|[\n:;,(\-–—])[ \t]*|(?:your|my|his|her|their|the|national|personal|government|state|citizen"  # noqa: RUF001
    r"|identity|photo)[ \t]+)$"
)
# a person's record: a field of the person's name or birth beside the id (`{"full_name": …, "id_number": …}`)
_PERSON_FIELD = re.compile(
    r"(?i)[\"'](?:name|full_?name|first_?name|last_?name|given_?name|surname|date_?of_?birth|dob)[\"']\s*:"
)
_COMPACT_DATE = re.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")


# a VAT number's word right before the label ("USt-IdNr.", "VAT ID", "TVA n°"): a business's number, printed on
# every invoice by law and checked by anyone in the EU's VIES, not a person's document
_VAT_BEFORE = re.compile(
    r"(?i:(?<![a-z])(?:ust|umsatzsteuer|mwst|vat|tva|iva|btw|moms|alv|dph|áfa|fpa|ddv|pdv|kdv)[ \t.-]*$)"
)


def _spare_document(m: re.Match[str], text: str) -> bool:
    if _VAT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return True
    value = text[slice(*_span(m))]
    bare = _SEPARATORS.sub("", value)
    digits = sum(c.isdigit() for c in bare)
    if digits < 3 and (m.group("passport") is None or not _PASSPORT_SERIAL.fullmatch(value)):
        return True  # (a passport's serial in capitals may have two digits only: Germany's `FJZGC57CG`)
    if (digits < 5 and not any(c.isalpha() for c in bare)) or len(bare) < 6 or len(set(bare)) < 3:
        return True
    if _DATE.fullmatch(value) or (bare.isdigit() and len(bare) == 4) or _COMPACT_DATE.fullmatch(bare):
        return True
    if _CUSTOMS_MRN.fullmatch(value):
        return True  # "Export MRN: 25GBUJDNX82XKAGVZ2": a customs declaration's movement reference (year, country)
    if (
        m.group("bare_id") is not None
        and not _OWN_ID.search(text, max(0, m.start() - 30), m.start())
        and not _PERSON_FIELD.search(text, max(0, m.start() - 120), min(len(text), m.end() + 120))
    ):
        return True  # `ID number` of a person ("your ID number", "ID no."), not `customer ID number`, `order ID no.`
    vague = m.group("vague")
    if vague is None:
        return False
    for word, context in _VAGUE_CONTEXT.items():
        if vague.startswith(word[:6]):
            return context.search(text, max(0, m.start() - 300), min(len(text), m.end() + 300)) is None
    return False


_PASSPORT_ABROAD_WORDS = (
    *("पासपोर्ट", "পাসপোর্ট", "پاسپورت", "پاسپورٹ", "جواز السفر", "جواز سفر", "דרכון", "паспорт", "паспорта"),
    *("護照", "护照", "旅券", "パスポート", "여권", "hộ chiếu", "pasaport", "paspor", "pasipoti", "διαβατήριο"),
)
_PASSPORT_ABROAD = "|".join(_PASSPORT_ABROAD_WORDS)
_LICENCE_SAID = re.compile(r"(?i:licen[cs]e|dvla|driving|\bdl\b)")
_DRIVER_LICENCE_SAID = re.compile(r"(?i:driver'?s?[ _-]*licen[cs]e|driving[ _-]licen[cs]e|operator'?s? licen[cs]e)")


DOCUMENT_RULES: tuple[_Rule, ...] = (
    # a US driving licence's number after the field the card prints before it (`DL`, `DLN`, AAMVA's layout),
    # where the card is named a driver licence
    _Rule(
        "personal-id",
        r"(?<![a-z])dln?(?![a-z])[ \t]*[:#.]?[ \t]*(?P<s>[a-z]?[0-9]{5,13})(?![a-z0-9])",
        ("dl",),
        on_lower=True,
        spare=lambda m, text: _DRIVER_LICENCE_SAID.search(text, max(0, m.start() - 300), m.start()) is None,
    ),
    # a UK driving licence's number by its layout, where a licence is named
    _Rule(
        "personal-id",
        r"[a-z](?<![a-z0-9][a-z])(?=[a-z9]{4}[0-9])[a-z]{0,4}9{0,4}[0-9]{6}[a-z9]{2}[0-9][a-z]{2}(?![a-z0-9])",
        ("licen", "dvla", "driving", "dl"),
        on_lower=True,
        spare=lambda m, text: (
            not text[m.start() : m.end()].isupper()  # printed in capitals
            or _LICENCE_SAID.search(text, max(0, m.start() - 200), m.start()) is None
        ),
    ),
    _Rule(
        "personal-id",
        # (the first letters of every name first: the engine then skips the other letters fast)
        rf"(?=[abcdefghiklmnprstuvkжиპজএፋتհ])(?<![a-z])"  # noqa: RUF001
        rf"(?:(?:{_DOCUMENTS})(?:[ _-]?card)?(?:nummer|number|numero|num|nr|no)?{_NUMBER}?"
        rf"|(?P<vague>{_VAGUE}){_NUMBER})\.?"
        # "(UTR)", a quote or bracket closing a key, what says the value follows; or a few words before a colon
        r"(?:[ \t]*\([a-z]{2,6}\))?[\"'\]]?(?:[ \t]*(?:[:=#]|=>|is|es|est|ist|é|è)(?![a-z])"
        # or "is" and "my" in other words and languages ("KRA PIN yangu ni …", "BVN. mine is …", "No IC saya …")
        rf"|(?:[ \t.,]+(?:{_MINE_IS})(?![^\W\d_])){{1,3}}[ \t]*[:-]?"
        # (the words before a colon stay inside one JSON value: `"tax_id": "<TAX_ID>", "period": …` is two)
        r"|[^\n\d:\"]{1,40}:|[\"'][ \t]*,[ \t]*[\"'](?:number|num|no|nr)[\"'][ \t]*:"  # `"passport", "number": …`
        # or the value on the next line after "is" ("fragen nach der Ausweisnummer,\ndas ist W6JM…")
        r"|[,.]?[ \t]*\n[ \t]*(?:[^\W\d_]{1,8}[ \t]+){0,2}(?:is|ist|es|est|é|è|är|er|jest|je|to)[ \t]+(?:el[ \t]+)?"
        r"|[ \t]*(?:[-—–][ \t]*)?(?=[a-z0-9]))[ \t]*[\"']?" + _VALUE,  # noqa: RUF001
        (
            *("passport", "passeport", "passaport", "pass nr", "pass-nr", "pass_nr", "passnr", "passnummer"),
            *("pass-nummer", "pasap", "reisepass", "paszport", "paspoort", "licen", "führer", "fuehrer", "fuhrer"),
            *("permis", "motorista", "patente", "rijbewijs", "ausweis", "identit", "documento", "dula"),
            *("id card", "id-card", "id_card", "health card", "health-card", "health_card", "idcard"),
            *("national", "medicare", "medicaid", "mbi", "versicher", "kvnr", "vitale", "utr", "taxpayer"),
            *("steuer", "nr", "tax", "member", "subscriber", "policy", "insur", "dl", "document", "dokument"),
            *("mrn", "medical", "voter", "elector", "nric", "hkid", "emirates", "curp", "personal"),
            *("id number", "id no", "id nr", "id #", "id#", "id_n", "id-n", "id.n", "idno", "idnumber"),
            *("known traveler", "known traveller", "known_travel", "known-travel", "redress", "kra"),
            *("bvn", "nin", "nida", "ghana", "kitambulisho", "ic", "nic", "иин", "жсн", "iin", "პირადი"),
            *("nagarikta", "citizenship", "nommer", "inombolo", "sss", "niss", "nid", "জাতীয়", "এনআইডি"),
            *("fayda", "ፋይዳ", "tazkira", "تذکر", "համարանիշ", "philsys", "eleitor", "tessera sanitaria"),
        ),
        on_lower=True,
        spare=_spare_document,
    ),
    # a passport named in a script or language the rule above does not read ("पासपोर्ट नंबर N4268124",
    # "护照号码为 E08698605"): a passport's number is a letter or two and six to nine digits
    _Rule(
        "passport-number",
        rf"(?:{_PASSPORT_ABROAD})[^\n\d]{{0,16}}?(?<![A-Za-z0-9])(?P<s>[A-Za-z]{{1,2}}[0-9]{{6,9}}|[0-9]{{8,9}})"
        r"(?![A-Za-z0-9])",
        _PASSPORT_ABROAD_WORDS,
        spare=lambda m, text: _COMPACT_DATE.fullmatch(m.group("s")) is not None,  # "여권 만료일 20310810": a date
    ),
    # a Russian passport: its series (two and two digits) and its number (six), "паспорт серии 78 75 № 423637"
    _Rule(
        "passport-number",
        r"паспорт\w{0,3}[^\n\d]{0,24}?(?:сери[яи]|с\.)(?:[ \t]+и[ \t]+номер)?"  # noqa: RUF001
        r"[ \t]*(?P<s>[0-9]{2}[ \t]?[0-9]{2}[ \t]*(?:(?:№|n|номер)[ \t]*)?[0-9]{6})(?![0-9])",
        ("паспорт",),
        on_lower=True,
    ),
    # an airline's passenger document record (APIS, SSR DOCS): `DOCS/P/GBR/<number>/…`, `DOC P/DEU/<number>/EXP`,
    # `SSR DOCS LH HK1/P/GBR/<number>/…`: the document's type, its issuing state, its number
    _Rule(
        "passport-number",
        r"(?<![A-Z])DOCS?(?:/|[ \t]+(?:[A-Z0-9]{2}[ \t]+)?(?:[A-Z]{2}[0-9]{1,3}/)?)[A-Z]{1,2}/[A-Z]{2,3}/"
        r"(?P<s>(?=[A-Z]{0,14}[0-9])[A-Z0-9]{5,15})/",
        ("DOC",),
    ),
)
