"""Independent secret-redaction test corpus (corpus8).

Written by an AI helper session (Claude) on Sun Dec  6 20:10 UTC 2026, without
seeing the redaction engine, its rules, or any earlier corpus.

SECRETS: each entry is realistic text an agent might record in a trajectory
(commands, tool-call JSON, logs, configs, emails, transcripts, OCR text ...)
from many domains (logistics, retail POS, insurance, government forms,
education, hospitality, automotive telematics, energy/SCADA, broadcast media,
legal, real estate, nonprofit CRM, biotech labs, travel, HR/payroll,
healthcare, banking, plus software/DevOps).  `secret` is the exact substring
of `text` that must NOT survive redaction (the credential, code, key, or the
sensitive personal identifier). Surrounding context may be kept.

INNOCENT: realistic text with no secret; a redactor must leave it unchanged
byte-for-byte.  Hard look-alikes (hashes, UUIDs, VINs, tracking numbers,
masked values, placeholders, public keys ...).  Ids ending in "-judgement"
mark cases where reasonable people could disagree.

All values are fake, generated from a seeded random.Random; check digits are
valid where the real format has one.
"""
from __future__ import annotations

import base64
import json
import random
import string
import urllib.parse
from typing import NamedTuple


class Secret(NamedTuple):
    id: str      # "<category>/<context>", unique in the file
    text: str    # the secret in realistic context (one line to ~15 lines)
    secret: str  # the exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str    # realistic text containing NO secret; must be left unchanged


R = random.Random(8_2026_1206)
ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
LOWNUM = string.ascii_lowercase + string.digits


def rs(n: int, alphabet: str = ALNUM) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def hx(n: int) -> str:
    return rs(n, "0123456789abcdef")


def HX(n: int) -> str:
    return rs(n, "0123456789ABCDEF")


def dg(n: int) -> str:
    return rs(n, string.digits)


def up(n: int) -> str:
    return rs(n, UPNUM)


def lo(n: int) -> str:
    return rs(n, LOWNUM)


def rbytes(n: int) -> bytes:
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n: int) -> str:
    return base64.b64encode(rbytes(n)).decode()


def b64u(n: int) -> str:
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


WORDS = ["harbor", "Tulip", "falcon", "Meadow", "copper", "Granite", "orbit",
         "Saffron", "willow", "Quartz", "lantern", "Maple", "cobalt", "Juniper",
         "pepper", "Nimbus", "violet", "Summit", "badger", "Olive"]


def pw() -> str:
    a, b = R.sample(WORDS, 2)
    return f"{a.capitalize()}{R.choice('!@#$%&*?')}{dg(R.randint(2, 4))}{b.lower()}{R.choice('!._-#')}"


def pw_random(n: int = 16) -> str:
    return rs(n, ALNUM + "!#%+-=_@")


def luhn_digit(partial: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix: str, length: int = 16) -> str:
    body = prefix + dg(length - len(prefix) - 1)
    return body + luhn_digit(body)


def grp4(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def iban(cc: str, bban: str) -> str:
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def aba() -> str:
    while True:
        d = [int(c) for c in dg(8)]
        for c in range(10):
            full = d + [c]
            s = 3 * (full[0] + full[3] + full[6]) + 7 * (full[1] + full[4] + full[7]) + (full[2] + full[5] + full[8])
            if s % 10 == 0 and full[0] in (0, 1, 2, 3):
                return "".join(map(str, full))


def us_ssn() -> str:
    area = R.choice([a for a in range(1, 666)] + list(range(667, 900)))
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def es_dni() -> str:
    n = int(dg(8))
    return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def nl_bsn() -> str:
    while True:
        d = [int(c) for c in dg(8)]
        if d[0] == 0:
            continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def se_pnr() -> str:
    yy, mm, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    body = f"{yy:02d}{mm:02d}{dd:02d}{dg(3)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def fi_hetu() -> str:
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(50, 99)
    n = f"{R.randint(2, 899):03d}"
    key = int(f"{dd:02d}{mm:02d}{yy:02d}{n}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{n}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[key % 31]


def br_cpf() -> str:
    d = [int(c) for c in dg(9)]
    for _ in range(2):
        s = sum(w * x for w, x in zip(range(len(d) + 1, 1, -1), d))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def pl_pesel() -> str:
    yy, mm, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    body = f"{yy:02d}{mm:02d}{dd:02d}{dg(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(a * int(b) for a, b in zip(w, body))
    return body + str((10 - s % 10) % 10)


def fr_nir() -> str:
    body = f"{R.choice('12')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 95):02d}{dg(3)}{dg(3)}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def cn_rid() -> str:
    body = f"{R.choice(['110105', '310104', '440305', '510107'])}{R.randint(1960, 2002)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(a * int(b) for a, b in zip(w, body))
    return body + "10X98765432"[s % 11]


def ca_sin() -> str:
    body = R.choice("1234567") + dg(7)
    n = body + luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [int(c) for c in dg(9)]
        if sum(a * b for a, b in zip(w, d)) % 11 == 0 and d[0] != 0:
            s = "".join(map(str, d))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def nhs_no() -> str:
    while True:
        d = [int(c) for c in dg(9)]
        s = sum(w * x for w, x in zip(range(10, 1, -1), d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            n = "".join(map(str, d)) + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def uk_nino() -> str:
    return R.choice(["AB", "CE", "JG", "NH", "PR", "SW", "TL", "WK"]) + dg(6) + R.choice("ABCD")


def in_pan() -> str:
    return rs(3, string.ascii_uppercase) + "P" + rs(1, string.ascii_uppercase) + dg(4) + rs(1, string.ascii_uppercase)


def mrz_check(s: str) -> str:
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def de_iban() -> str:
    return iban("DE", dg(8) + dg(10))


def gb_iban() -> str:
    return iban("GB", rs(4, string.ascii_uppercase) + dg(14))


def fr_iban() -> str:
    return iban("FR", dg(10) + up(11) + dg(2))


def nl_iban() -> str:
    return iban("NL", rs(4, string.ascii_uppercase) + dg(10))


def es_iban() -> str:
    return iban("ES", dg(20))


def iban_spaced(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def jwt(payload: dict) -> str:
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{h}.{p}.{b64u(32)}"


def pem_body(nbytes: int) -> str:
    raw = base64.b64encode(rbytes(nbytes)).decode()
    return "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))


def pem(kind: str, nbytes: int = 300) -> str:
    return f"-----BEGIN {kind}-----\n{pem_body(nbytes)}\n-----END {kind}-----"


def vin() -> str:
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(rs(17, al))
    v[9] = R.choice("LMNPRS")
    s = sum(trans[c] * wt for c, wt in zip(v, w))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def imei() -> str:
    body = "35" + dg(12)
    return body + luhn_digit(body)


def gtin13() -> str:
    body = "40" + dg(10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


SECRETS_L: list[Secret] = []
INNOCENT_L: list[Innocent] = []


def S(id_: str, text: str, secret: str) -> None:
    SECRETS_L.append(Secret(id_, text, secret))


def I(id_: str, text: str) -> None:
    INNOCENT_L.append(Innocent(id_, text))


# ---------------------------------------------------------------- logistics
v = rs(40, ALNUM)
S("api-key/logistics-tms-curl-header",
  f"$ curl -s -H 'X-Carrier-Key: {v}' https://tms.northfreight.example/api/v2/loads?status=tendered | jq '.[0]'",
  v)
v = f"lk_{lo(8)}_{rs(32)}"
S("api-key/logistics-rate-shop-env",
  f"# .env for rate shopping service\nRATESHOP_BASE_URL=https://rates.parcelhub.example\nRATESHOP_ACCOUNT=ACC-{dg(6)}\nRATESHOP_API_KEY={v}\nRATESHOP_TIMEOUT_MS=8000",
  v)
v = pw()
S("password/logistics-warehouse-scanner-chat",
  f"[14:02] dock-lead: the RF gun on door 7 logged out again\n[14:03] agent: I can re-enroll it. Which WMS user does it use?\n[14:03] dock-lead: user is rf_dock07, pw is {v} — same for all the zebra guns on the north side\n[14:04] agent: thanks, re-enrolling now.",
  v)
v = dg(6)
S("otp/logistics-driver-app-sms",
  f"SMS from +1 (555) 010-4477 at 06:12: Your FleetDrive sign-in code is {v}. It expires in 10 minutes. Do not share this code.",
  v)
v = rs(24, UPNUM)
S("api-key/logistics-edi-as2-partner-yaml",
  f"partners:\n  - id: RETAILCO\n    as2_id: RETAILCO-PROD\n    url: https://as2.retailco.example/receive\n    mdn: sync\n    auth:\n      type: basic\n      username: nfx_as2\n      password: \"{v}\"\n    encryption: aes256-cbc",
  v)
v = pw_random(14)
S("password/logistics-sftp-bol-drop",
  f"2026-12-04T03:00:01Z INFO  bol-uploader: connecting sftp://bolfeed:{urllib.parse.quote(v, safe='')}@sftp.portlogix.example:22/inbound/bol",
  urllib.parse.quote(v, safe=""))
v = dg(4)
S("pin/logistics-gate-keypad-email",
  f"Subject: Yard access for Saturday pickup\n\nHi Marco,\n\nThe gate at the Elm St yard has a keypad. Code is {v}# — please wipe it from the job notes after the pickup.\n\nThanks,\nDispatch",
  v)

# ---------------------------------------------------------------- retail POS
v = card("4", 16)
S("pan/retail-pos-debug-log",
  f"2026-12-05 18:44:09.117 DEBUG [lane-04] EMV fallback to swipe; track2={v}=2811{dg(3)}{dg(12)}? amount=54.20",
  v)
v = card("51", 16)
S("pan/retail-refund-json-toolcall",
  json.dumps({"tool": "pos.refund", "args": {"store": 118, "register": 3, "card_number": v, "exp": "09/28", "amount_cents": 1999}}),
  v)
v = dg(3)
cn = card("37", 15)
S("pan/retail-amex-phone-order-transcript",
  f"Agent: Can I get the number on the card?\nCaller: Sure, it's an Amex, {cn[:4]} {cn[4:10]} {cn[10:]}.\nAgent: And the four-digit code on the front?\nCaller: {v}{dg(1)}... sorry, let me read it again.",
  f"{cn[:4]} {cn[4:10]} {cn[10:]}")
v = rs(8, UPNUM)
S("password/retail-manager-override",
  f"POS-7 journal\n18:51 VOID LINE 3 qty 1 SKU 88120 requires override\n18:51 MGR OVERRIDE user=mgr.patel code={v} result=OK",
  v)
v = f"sq0atp-{b64u(16)}"
S("api-key/retail-payments-python",
  f"import payments_sdk\n\nclient = payments_sdk.Client(\n    access_token=\"{v}\",\n    environment=\"production\",\n)\n",
  v)
v = rs(32, "0123456789ABCDEF")
S("api-key/retail-loyalty-ini",
  f"[loyalty]\nendpoint = https://loyalty.shopgrid.example/v1\nmerchant_id = 40021\nsecret = {v}\nretry = 3",
  v)
v = card("6011", 16)
S("pan/retail-csv-export",
  f"order_id,customer,card,exp,total\n100234,J. Okafor,{v},11/27,88.10\n100235,R. Lind,,,12.00",
  v)

# ---------------------------------------------------------------- insurance
v = us_ssn()
S("ssn/insurance-claim-fnol-form",
  f"FIRST NOTICE OF LOSS\nPolicy: HO3-{dg(8)}\nInsured: Dana K. Whitfield\nSSN: {v}\nDate of loss: 11/29/2026\nCause: burst pipe, kitchen",
  v)
v = pw()
S("password/insurance-adjuster-portal-email",
  f"From: it-helpdesk@claimsco.example\nTo: j.moreno@claimsco.example\nSubject: Your temporary ClaimCenter password\n\nJulia,\nyour account was reset. Temporary password: {v}\nYou will be asked to change it at first login.",
  v)
v = rs(36, LOWNUM)
S("api-key/insurance-vehicle-valuation-js",
  f"const valuation = new ValuationClient({{\n  baseUrl: 'https://api.autovalue.example',\n  apiKey: '{v}',\n}});\nconst quote = await valuation.lookup(vin);",
  v)
v = nhs_no()
S("national-id/insurance-uk-health-claim-ocr",
  f"CLAIM FORM - PRIVATE MEDICAL INSURANCE\nPatient name: Harriet Cole     DOB: 12/03/1981\nNHS number: {v}\nTreating consultant: Mr A. Rahman\nSignature: ___H Cole____",
  v)
v = gb_iban()
S("iban/insurance-claim-payout-ocr",
  f"Please pay the settlement to:\nAccount name: H COLE\nIBAN: {iban_spaced(v)}\nBIC: {rs(4, string.ascii_uppercase)}GB2L",
  iban_spaced(v))

# ---------------------------------------------------------------- government forms
v = us_ssn()
S("ssn/gov-w4-json-post",
  f"POST /api/onboarding/w4 HTTP/1.1\nHost: hr.example.org\nContent-Type: application/json\n\n{json.dumps({'first_name': 'Luis', 'last_name': 'Ortega', 'ssn': v.replace('-', ''), 'filing_status': 'single'})}",
  v.replace("-", ""))
v = f"{R.randint(10, 99)}-{dg(7)}"
S("tax-id/gov-ein-1099-csv",
  f"payee_name,tin_type,tin,amount\nRiverbend Catering LLC,EIN,{v},12850.00\nMaria Soto,SSN,,0",
  v)
v = uk_nino()
S("national-id/gov-uk-nino-chat",
  f"User: I'm filling in the HMRC form, it wants my NI number, is it {v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}?\nAssistant: That looks like the right format. I won't store it.",
  f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}")
v = es_dni()
S("national-id/gov-es-dni-form-urlencoded",
  f"nombre=Luc%C3%ADa&apellidos=Ferrer+Gil&dni={v}&municipio=Valencia&consentimiento=on",
  v)
v = fr_nir()
S("national-id/gov-fr-nir-letter-ocr",
  f"CAISSE PRIMAIRE D'ASSURANCE MALADIE\nMadame Camille ROUX\nN° de sécurité sociale : {v}\nObjet : attestation de droits",
  v)
v = nl_bsn()
S("national-id/gov-nl-bsn-log",
  f"2026-12-01 10:22:31,402 WARN  toeslagen.intake - validation failed for aanvrager bsn={v}: missing postcode",
  v)
v = se_pnr()
S("national-id/gov-se-personnummer-email",
  f"Hej!\nJag behöver hjälp med deklarationen. Mitt personnummer är {v}.\nMvh Erik",
  v)
v = pl_pesel()
S("national-id/gov-pl-pesel-xml",
  f"<Wniosek>\n  <Imie>Katarzyna</Imie>\n  <Nazwisko>Nowak</Nazwisko>\n  <PESEL>{v}</PESEL>\n  <Gmina>Kraków</Gmina>\n</Wniosek>",
  v)
v = cn_rid()
S("national-id/gov-cn-resident-id-chat",
  f"客户: 我的身份证号是 {v}，请帮我查一下社保缴费记录。\n客服: 好的，正在查询。",
  v)
v = fi_hetu()
S("national-id/gov-fi-hetu-sql",
  f"INSERT INTO asiakas (nimi, henkilotunnus, kunta) VALUES ('Aino Virtanen', '{v}', 'Tampere');",
  v)
v = br_cpf()
S("national-id/gov-br-cpf-whatsapp",
  f"[09:14] Cliente: boa tarde, meu CPF é {v}, preciso da segunda via do boleto\n[09:15] Atendente: obrigado, vou gerar aqui",
  v)
v = ca_sin()
S("national-id/gov-ca-sin-payroll-form",
  f"Employee TD1 details\nName: Olivia Tremblay\nSocial Insurance Number: {v}\nProvince: QC",
  v)
v = au_tfn()
S("tax-id/gov-au-tfn-declaration",
  f"TAX FILE NUMBER DECLARATION\n1 What is your tax file number (TFN)? {v}\n2 Name: Mr Jack Nguyen",
  v)
v = in_pan()
S("tax-id/gov-in-pan-kyc-json",
  json.dumps({"kyc": {"name": "Priya Raman", "pan": v, "dob": "1990-07-14", "status": "pending"}}, indent=2),
  v)

# ---------------------------------------------------------------- passports
surname, given = "HAVERKAMP", "LENA<MARIE"
pno = up(9)
dob = "880417"
exp = "320903"
l2 = f"{pno}{mrz_check(pno)}DEU{dob}{mrz_check(dob)}F{exp}{mrz_check(exp)}<<<<<<<<<<<<<<"
l2 += mrz_check(l2[0:10] + l2[13:20] + l2[21:43])
l1 = f"P<D<<{surname}<<{given}".ljust(44, "<")
S("passport/travel-mrz-ocr-scan",
  f"OCR result (page 2):\n{l1}\n{l2}\nconfidence=0.97",
  pno)
v = dg(9)
S("passport/travel-booking-apis-form",
  f"Advance Passenger Information\nSurname: Whitaker   Given names: Thomas James\nNationality: USA\nPassport no.: {v}\nExpiry: 2031-05-20",
  v)

# ---------------------------------------------------------------- travel
v = pw()
S("password/travel-gds-terminal-signin",
  f">SI{dg(4)}/{v}\nSIGNED IN - AGENT 4471 - OFFICE NYC1S2100\n>AN20DECJFKLHR",
  v)
v = rs(32, ALNUM)
S("api-key/travel-hotel-aggregator-php",
  f"<?php\n$client = new HotelSearch\\Client([\n    'api_key'    => '{v}',\n    'partner_id' => 'tp-88213',\n]);",
  v)
v = dg(4)
S("pin/travel-loyalty-phone-call",
  f"[call transcript 00:03:12] Caller: yeah my frequent flyer number is 7734 2201, and the PIN, uh, it's {v}.\n[00:03:20] Agent: thank you, you're verified.",
  v)
v = f"{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}"
S("api-key/travel-rail-booking-go",
  f"package rail\n\nconst (\n\tbaseURL   = \"https://api.railbook.example/v3\"\n\tclientKey = \"{v}\" // prod key, rotate quarterly\n)",
  v)

# ---------------------------------------------------------------- hospitality
v = dg(6)
S("access-code/hospitality-smartlock-sms",
  f"Welcome to Casa Alfama! Your stay: 12–15 Dec. Door code for apt 3B: {v} then press the lock symbol. Wi-Fi: CasaAlfama_3B",
  v)
wifi = f"{R.choice(WORDS)}{dg(4)}{R.choice(WORDS).lower()}"
S("password/hospitality-guest-wifi-card",
  f"Wi-Fi network: CasaAlfama_3B\nPassword: {wifi}\nCheckout 11:00",
  wifi)
v = rs(40, ALNUM)
S("api-key/hospitality-pms-channel-manager-toml",
  f"[channel_manager]\nprovider = \"stayconnect\"\nproperty_code = \"LIS-ALF-03\"\napi_secret = \"{v}\"\nsync_interval = \"5m\"",
  v)
cn = card("4", 16)
S("pan/hospitality-reservation-email-guarantee",
  f"Dear reservations team,\nplease guarantee my booking (conf. 8831-20491) with VISA {grp4(cn)}, exp 04/29, name on card Anna Lindqvist.\nKind regards",
  grp4(cn))
v = HX(16)
S("key/hospitality-rfid-keycard-encoder-log",
  f"[encoder-02] write sector 1 room=1412 checkout=2026-12-08T11:00 siteKey={v} status=OK",
  v)

# ---------------------------------------------------------------- education
v = rs(64, ALNUM)
S("token/education-lms-developer-key-curl",
  f"curl -H \"Authorization: Bearer {v}\" \"https://canvas.school.example/api/v1/courses/2231/enrollments?per_page=100\"",
  v)
v = f"{dg(4)}~{rs(64, ALNUM)}"
S("token/education-lms-tilde-token-py",
  f"LMS_URL = 'https://lms.univ.example'\nLMS_TOKEN = '{v}'\nresp = requests.get(f'{{LMS_URL}}/api/v1/users/self', headers={{'Authorization': f'Bearer {{LMS_TOKEN}}'}})",
  v)
v = pw()
S("password/education-student-account-teacher-email",
  f"Hi Mrs. Patel,\nMy son Leo can't get into the reading app. His username is leo.p2031 and the password the school gave him was {v}\nThanks, Sam",
  v)
v = f"{R.choice(WORDS).lower()}-{R.choice(WORDS).lower()}-{dg(2)}"
S("access-code/education-exam-proctor-code",
  f"Proctor notes — Final exam CHEM 101, Room B204\nStart 09:00. Proctor access code (do not write on board): {v}\nCalculators allowed.",
  v)
v = dg(9)
S("personal-id/education-student-ssn-like-sis",
  f"SIS import error row 188: student_id=S{dg(7)} state_ssid=NA ssn={v[:3]}-{v[3:5]}-{v[5:]} reason=duplicate",
  f"{v[:3]}-{v[3:5]}-{v[5:]}")

# ---------------------------------------------------------------- automotive/telematics
v = rs(48, ALNUM + "-_")
S("token/automotive-telematics-mqtt-cli",
  f"mosquitto_sub -h mqtt.fleettrack.example -p 8883 --cafile ca.pem -u device-{vin()} -P '{v}' -t 'vehicles/+/telemetry' -v",
  v)
v = HX(32)
S("key/automotive-ecu-seed-key-secret",
  f"# UDS security access level 0x11 (programming)\nSA_SECRET_L11 = bytes.fromhex(\"{v}\")\nseed = uds.request_seed(0x11)",
  v)
v = dg(4)
S("pin/automotive-car-app-pin-chat",
  f"User: the connected-car app is asking me for my 4-digit security PIN to remote start. It's {v}, can you do it for me?\nAgent: I can't operate the app on your behalf, but here's how...",
  v)
v = rs(20, UPNUM)
S("api-key/automotive-dealer-dms-xml",
  f"<DmsConnection>\n  <DealerCode>DLR-44120</DealerCode>\n  <Endpoint>https://dms.autodealer.example/soap</Endpoint>\n  <User>svc_parts</User>\n  <Password>{v}</Password>\n</DmsConnection>",
  v)

# ---------------------------------------------------------------- energy/SCADA
v = pw()
S("password/energy-scada-hmi-runbook",
  f"RUNBOOK: Substation 14 HMI\n1. RDP to 10.40.14.20 as OPER14\n2. Password: {v}\n3. Open 'Feeder Overview' and ack alarms.",
  v)
v = HX(32)
S("key/energy-dnp3-sav5-update-key",
  f"[dnp3.outstation.14]\naddress = 14\nmaster = 1\nsecure_auth = v5\nupdate_key = {v}\nkey_change_method = aes-256",
  v)
v = rs(12, ALNUM)
S("password/energy-plc-snmp-community",
  f"snmpwalk -v2c -c {v} 10.40.14.31 1.3.6.1.4.1.4329.6",
  v)
v = rs(30, ALNUM)
S("api-key/energy-smart-meter-head-end",
  f"2026-11-30 00:15:00 INFO mdms.pull GET https://headend.gridco.example/api/reads?from=2026-11-29&apikey={v} -> 200 (48213 rows)",
  v)
v = dg(8)
S("password/energy-relay-front-panel-level2",
  f"Relay 311L settings change log\n=ACC\nPassword: ********\n=>2AC\nPassword: {v}\nLevel 2\n==>SET 1",
  v)

# ---------------------------------------------------------------- media/broadcast
v = f"live_{dg(9)}_{rs(30, ALNUM)}"
S("stream-key/media-rtmp-ffmpeg",
  f"ffmpeg -re -i program.ts -c copy -f flv rtmp://live.streamhub.example/app/{v}",
  v)
v = rs(20, ALNUM)
S("password/media-srt-passphrase",
  f"srt-live-transmit 'srt://:9000?mode=listener&passphrase={v}&pbkeylen=32' udp://239.1.1.1:5000",
  v)
v = f"{lo(4)}-{lo(4)}-{lo(4)}-{lo(4)}-{lo(4)}"
S("stream-key/media-obs-config-json",
  json.dumps({"settings": {"server": "rtmps://ingest.videoplat.example:443/live", "key": v, "use_auth": False}, "type": "rtmp_custom"}, indent=2),
  v)
v = b64(32)
S("key/media-drm-content-key-log",
  f"packager: encrypting track video_1080p kid=5f2a{hx(28)} key={v} scheme=cbcs",
  v)
v = pw()
S("password/media-newsroom-wire-feed-email",
  f"From: ops@citynews.example\nSubject: new wire credentials\n\nFTP host: feeds.wireservice.example\nuser: citynews_in\npass: {v}\nPlease update the ingest box tonight.",
  v)

# ---------------------------------------------------------------- legal
v = pw()
S("password/legal-dataroom-share-email",
  f"Counsel,\nThe production set (Bates ACME-000001 to ACME-004812) is on the data room. The zip is encrypted; password follows in a separate message.\n\n---\nPassword for ACME_Prod_Vol3.zip: {v}",
  v)
v = rs(32, ALNUM)
S("token/legal-ediscovery-review-api-powershell",
  f"$headers = @{{ 'X-Review-Token' = '{v}' }}\nInvoke-RestMethod -Uri 'https://review.lexstack.example/api/matters/4471/documents' -Headers $headers",
  v)
v = us_ssn()
S("ssn/legal-deposition-transcript",
  f"Q. For the record, please state your Social Security number.\nA. It's {v}.\nQ. Thank you. And your current address?",
  v)
v = dg(6)
S("access-code/legal-court-conference-dialin",
  f"Hearing Tuesday 10:00. Dial-in +1 555 0100 200, participant code 88120#, host PIN {v}# (for Judge's clerk only).",
  v)

# ---------------------------------------------------------------- real estate
v = dg(4)
S("access-code/realestate-lockbox-showing-note",
  f"Showing instructions - 42 Birch Ln: Vacant. Lockbox on side door, combo {v}. Turn off lights when leaving.",
  v)
v = rs(28, ALNUM)
S("api-key/realestate-mls-feed-ruby",
  f"MLS::Client.configure do |c|\n  c.login_url = 'https://rets.mlsregion.example/login'\n  c.username  = 'brk_1120'\n  c.password  = '{v}'\nend",
  v)
v = aba()
acct = dg(10)
S("bank-account/realestate-wire-instructions-pdf-ocr",
  f"WIRE INSTRUCTIONS - ESCROW\nBank: First Harbor Bank\nABA Routing: {v}\nAccount #: {acct}\nReference: File 26-1183 / 42 Birch Ln",
  acct)
v = dg(4)
S("access-code/realestate-garage-door-text",
  f"Tenant (SMS): hey the garage keypad code changed? old one doesn't work\nManager (SMS): yes new code is {v}, sorry!",
  v)

# ---------------------------------------------------------------- nonprofit CRM
v = card("4", 16)
S("pan/nonprofit-donation-form-urlencoded",
  f"POST /donate HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\namount=50&recurring=monthly&name=Grace+Lee&cc_number={v}&cc_exp=0728&cc_cvc={dg(3)}",
  v)
v = rs(40, LOWNUM)
S("api-key/nonprofit-crm-sync-config-yaml",
  f"crm:\n  instance: https://hope.crmcloud.example\n  client_id: 3MVG9{rs(20)}\n  client_secret: {v}\n  sandbox: false",
  v)
acct = dg(8)
S("bank-account/nonprofit-gift-aid-uk-csv",
  f"donor_id,name,sort_code,account_number,gift_aid\nD-10442,Tom Barker,{dg(2)}-{dg(2)}-{dg(2)},{acct},Y",
  acct)
v = de_iban()
S("iban/nonprofit-sepa-mandate-de",
  f"SEPA-Lastschriftmandat\nZahlungsempfänger: Tierhilfe e.V.\nKontoinhaber: Jonas Weber\nIBAN: {iban_spaced(v)}\nDatum: 03.12.2026",
  iban_spaced(v))

# ---------------------------------------------------------------- biotech labs
v = pw()
S("password/biotech-lims-instrument-conf",
  f"; HPLC-03 LIMS bridge\n[LIMS]\nHost=lims.labcorp-internal.example\nUser=hplc03\nPassword={v}\nPollSeconds=30",
  v)
v = f"{lo(6)}.{rs(26, ALNUM)}"
S("token/biotech-eln-api-r",
  f"library(httr)\neln_token <- \"{v}\"\nres <- GET(\"https://eln.biolab.example/api/entries\", add_headers(Authorization = paste(\"Token\", eln_token)))",
  v)
v = rs(40, ALNUM)
S("token/biotech-sequencer-run-upload-log",
  f"[2026-12-02 21:13:07] run 261202_A01234_0117 complete; uploading to https://seq-cloud.example/api/v1/runs?access_token={v} ... done",
  v)
v = f"{dg(3)}-{dg(2)}-{dg(4)}"
S("personal-id/biotech-clinical-sample-manifest-ssn",
  f"sample_id\tsubject_initials\tdob\tssn\tconsent\nBX-0041\tM.R.\t1974-02-11\t{v}\tY",
  v)

# ---------------------------------------------------------------- HR/payroll
v = aba()
acct = dg(12)
S("bank-account/hr-direct-deposit-form-json",
  json.dumps({"employee_id": "E-20931", "deposit": {"routing_number": v, "account_number": acct, "type": "checking", "percent": 100}}),
  acct)
v = us_ssn()
S("ssn/hr-payroll-csv",
  f"emp_id,last,first,ssn,rate\nE-20931,Kim,Hana,{v},38.50\nE-20932,Osei,Kwame,,41.00",
  v)
v = nl_iban()
S("iban/hr-payroll-nl-salary-file",
  f"Salarisbetaling december\nMedewerker: S. de Vries\nIBAN: {v}\nBedrag: EUR 3.412,55",
  v)
v = pw()
S("password/hr-hris-onboarding-welcome",
  f"Welcome to Orbit Logistics!\nYour HR portal login: hana.kim@orbitlog.example\nInitial password: {v}\nPlease complete your I-9 by Friday.",
  v)
v = es_iban()
S("iban/hr-nomina-es",
  f"Datos bancarios para la nómina: titular Marta Ruiz, IBAN {iban_spaced(v)}.",
  iban_spaced(v))
v = fr_iban()
S("iban/hr-fr-rib-ocr",
  f"RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire : M. Julien FAURE\nIBAN : {iban_spaced(v)}\nBIC : {rs(4, string.ascii_uppercase)}FRPP",
  iban_spaced(v))

# ---------------------------------------------------------------- healthcare
v = f"MRN{dg(8)}"
S("personal-id/health-hl7-pid-segment",
  f"MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202612031022||ADT^A04|{dg(9)}|P|2.5\nPID|1||{v}^^^HOSP^MR||DOE^JANE^Q||19790312|F|||12 ELM ST^^SPRINGFIELD^IL^62701||",
  v)
v = dg(6)
S("otp/health-patient-portal-voicemail",
  f"Voicemail transcription: \"Hi, this is Riverside Clinic. Your verification code for the patient portal is {' '.join(v)}. Again, {' '.join(v)}.\"",
  " ".join(v))
v = pw()
S("password/health-ehr-shared-login-slack",
  f"#night-shift  @charge-nurse: EHR downtime workstation login is nursestation4 / {v} until IT fixes SSO",
  v)

# ---------------------------------------------------------------- banking / fintech
v = card("4", 16)
S("pan/bank-chargeback-email-spaced-dashes",
  f"Dear Sir/Madam, I dispute the charge of $412.00 on my card {v[:4]}-{v[4:8]}-{v[8:12]}-{v[12:]} dated 28 Nov. I never received the goods.",
  f"{v[:4]}-{v[4:8]}-{v[8:12]}-{v[12:]}")
v = card("22", 16)
S("pan/bank-fraud-alert-ocr-letter",
  f"NOTICE OF SUSPICIOUS ACTIVITY\nCard ending in {v[-4:]} ... full card number for your records:\n{v}\nIf you did not authorize ...",
  v)
v = rs(43, ALNUM + "-_")
S("token/bank-open-banking-refresh-token-log",
  f"2026-12-03T08:00:12.551Z aisp-connector refresh ok consent=cns_{lo(12)} refresh_token={v} expires_in=7776000",
  v)
v = f"{dg(3)}-{dg(3)}"
S("otp/bank-call-center-transcript-split",
  f"Agent: I've sent a one-time passcode to your phone, can you read it out?\nCustomer: yes, it says {v}.\nAgent: perfect, that's verified.",
  v)
v = dg(6)
S("pin/bank-atm-pin-reset-chat-spanish",
  f"Cliente: olvidé el PIN de la tarjeta, ¿puedo poner {v}?\nAsistente: Por seguridad no comparta su PIN en el chat.",
  v)
v = de_iban()
S("iban/bank-german-transfer-notes-compact",
  f"Überweisung an Vermieter: Empfänger Klaus Brandt, IBAN {v}, Verwendungszweck Miete Dez",
  v)

# ---------------------------------------------------------------- software: git / CI
v = "ghp_" + rs(36)
S("token/devops-git-remote-url",
  f"$ git remote -v\norigin\thttps://deploybot:{v}@github.example.com/acme/infra.git (fetch)\norigin\thttps://deploybot:{v}@github.example.com/acme/infra.git (push)",
  v)
v = "glpat-" + rs(20, ALNUM + "-_")
S("token/devops-gitlab-ci-log",
  f"$ echo \"Using token $CI_DEPLOY_TOKEN\"\nUsing token {v}\n$ helm upgrade --install api ./chart",
  v)
v = rs(40, ALNUM)
S("token/devops-jenkins-credentials-groovy",
  f"withEnv([\"ARTIFACT_TOKEN={v}\"]) {{\n  sh './gradlew publish'\n}}",
  v)
v = "npm_" + rs(36)
S("token/devops-npmrc",
  f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={v}\nsave-exact=true",
  v)
v = b64(24)
S("password/devops-docker-config-auth-b64",
  json.dumps({"auths": {"registry.internal.example:5000": {"auth": base64.b64encode(f"ci:{v}".encode()).decode()}}}, indent=2),
  base64.b64encode(f"ci:{v}".encode()).decode())
v = pw()
S("password/devops-mysql-cli-flag",
  f"$ mysql -h db-prod-2.internal -u reporting -p'{v}' -e 'SELECT COUNT(*) FROM orders WHERE created_at > NOW() - INTERVAL 1 DAY'",
  v)
v = pw_random(20)
S("password/devops-postgres-dsn-python",
  f"engine = create_engine(\"postgresql+psycopg2://etl_user:{urllib.parse.quote(v, safe='')}@pg-warehouse.internal:5432/analytics\")",
  urllib.parse.quote(v, safe=""))
v = rs(32, ALNUM)
S("password/devops-redis-requirepass",
  f"# redis.conf\nbind 0.0.0.0\nport 6379\nrequirepass {v}\nmaxmemory 2gb",
  v)
v = b64(32)
S("password/devops-k8s-secret-yaml-b64",
  f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-db\ntype: Opaque\ndata:\n  username: cGF5bWVudHM=\n  password: {v}",
  v)
v = "AKIA" + up(16)
sk = rs(40, ALNUM + "+/")
S("cloud-key/devops-aws-credentials-file-secret",
  f"[default]\naws_access_key_id = {v}\naws_secret_access_key = {sk}\nregion = eu-west-1",
  sk)
S("cloud-key/devops-aws-access-key-id-env",
  f"export AWS_ACCESS_KEY_ID={v}\nexport AWS_DEFAULT_REGION=eu-west-1",
  v)
v = "xoxb-" + dg(12) + "-" + dg(13) + "-" + rs(24)
S("token/devops-chatops-bot-token-env",
  f"env | grep -i slack\nSLACK_BOT_TOKEN={v}\nSLACK_CHANNEL=#deploys",
  v)
v = f"https://hooks.chat.example/services/T{up(8)}/B{up(10)}/{rs(24)}"
S("signed-url/devops-incoming-webhook",
  f"notify:\n  webhook_url: {v}\n  on: [failure]",
  v[v.index('/services/') + 10:])
v = rs(64, "0123456789abcdef")
S("key/devops-hmac-webhook-secret-rust",
  f"let secret = b\"{v}\";\nlet mut mac = HmacSha256::new_from_slice(secret).unwrap();\nmac.update(body);",
  v)
v = pem("RSA PRIVATE KEY", 600)
S("private-key/devops-rsa-pem-in-cat",
  f"$ cat deploy/id_rsa\n{v}\n$ chmod 600 deploy/id_rsa",
  v)
v = pem("OPENSSH PRIVATE KEY", 300)
S("private-key/devops-openssh-in-ansible-vars",
  f"deploy_ssh_key: |\n  " + v.replace("\n", "\n  ") + "\ndeploy_user: ansible",
  v.replace("\n", "\n  "))
v = pem("EC PRIVATE KEY", 120)
S("private-key/devops-ec-key-json-escaped",
  json.dumps({"kid": "sig-2026-12", "private_key": v}),
  v.replace("\n", "\\n"))
v = pem("PRIVATE KEY", 400)
body = v.split("\n", 1)[1].rsplit("\n", 1)[0]
S("private-key/devops-pkcs8-body-only-in-terraform-output",
  f"tls_private_key_pem = <<EOT\n{v}\nEOT",
  body)
v = jwt({"sub": "svc-ingest", "iss": "auth.internal", "exp": 1796774400, "scope": "ingest:write"})
S("token/devops-jwt-authorization-header",
  f"> GET /v1/ingest/status HTTP/1.1\n> Host: ingest.internal\n> Authorization: Bearer {v}\n> Accept: */*\n< HTTP/1.1 200 OK",
  v)
v = rs(48, ALNUM + "%")
S("cookie/devops-session-cookie-curl-verbose",
  f"< HTTP/2 302\n< location: /dashboard\n< set-cookie: sessionid={v}; Path=/; HttpOnly; Secure; SameSite=Lax\n< content-length: 0",
  v)
v = "s%3A" + rs(32, ALNUM + "-_") + "." + rs(43, ALNUM + "%")
S("cookie/devops-express-connect-sid-request",
  f"GET /admin HTTP/1.1\nHost: admin.shop.example\nCookie: _ga=GA1.2.1122334455.1700000000; connect.sid={v}; theme=dark",
  v)
v = f"https://storage.cloud.example/exports/report-2026-12.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{up(16)}%2F20261203%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261203T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={hx(64)}"
S("signed-url/devops-presigned-download-signature",
  f"Download link (valid 7 days): {v}",
  v[v.index("X-Amz-Signature=") + 16:])
sig = urllib.parse.quote(b64(32), safe="")
v = f"https://blobacct.blob.example.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&sig={sig}"
S("signed-url/devops-sas-token-sig",
  f"azcopy copy \"{v}\" ./db.bak",
  sig)
v = rs(32, ALNUM)
S("api-key/devops-terraform-tfvars",
  f"region          = \"eu-central-1\"\nmonitoring_key  = \"{v}\"\ninstance_count  = 3",
  v)
v = pw()
S("password/devops-java-properties",
  f"spring.datasource.url=jdbc:postgresql://db:5432/claims\nspring.datasource.username=claims_app\nspring.datasource.password={v}\nspring.jpa.hibernate.ddl-auto=validate",
  v)
v = pw()
S("password/devops-csharp-connection-string",
  f"var cs = \"Server=tcp:sqlprod01,1433;Database=Pos;User ID=pos_svc;Password={v};Encrypt=True;\";",
  v)
v = rs(40, ALNUM)
S("api-key/devops-kotlin-buildconfig",
  f"buildConfigField(\"String\", \"MAPS_KEY\", \"\\\"{v}\\\"\")",
  v)
v = rs(32, ALNUM)
S("api-key/devops-swift-plist",
  f"<key>AnalyticsWriteKey</key>\n<string>{v}</string>",
  v)
v = pw()
S("password/devops-stack-trace-jdbc-url",
  f"Exception in thread \"main\" java.sql.SQLException: Access denied for user 'app'@'10.2.3.4'\n\tat com.mysql.cj.jdbc.ConnectionImpl.<init>(ConnectionImpl.java:448)\nCaused by: url=jdbc:mysql://app:{v}@mysql-01:3306/shop?useSSL=true",
  v)
v = pw()
S("password/devops-python-traceback-locals",
  f"Traceback (most recent call last):\n  File \"sync.py\", line 88, in connect\n    conn = ldap.bind(user, password)\n    user = 'cn=svc-sync,ou=svc,dc=corp,dc=example'\n    password = '{v}'\nldap.INVALID_CREDENTIALS: {{'desc': 'Invalid credentials'}}",
  v)
v = rs(40, ALNUM)
S("token/devops-diff-added-line",
  f"diff --git a/config/settings.py b/config/settings.py\n@@ -12,3 +12,4 @@\n DEBUG = False\n ALLOWED_HOSTS = ['*']\n+SENTRY_AUTH_TOKEN = \"{v}\"\n TIME_ZONE = 'UTC'",
  v)
v = pw()
S("password/devops-diff-removed-line",
  f"-    password: \"{v}\"\n+    password: \"${{VAULT_DB_PASSWORD}}\"",
  v)
v = pw()
S("password/devops-sql-create-user",
  f"CREATE USER reporting WITH PASSWORD '{v}';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;",
  v)
v = pw()
S("password/devops-sql-alter-login-tsql",
  f"ALTER LOGIN [pos_svc] WITH PASSWORD = N'{v}', CHECK_POLICY = ON;",
  v)
v = "hvs." + rs(24)
S("token/devops-vault-login-output",
  f"$ vault login -method=userpass username=ci\nSuccess! You are now authenticated.\nKey                  Value\n---                  -----\ntoken                {v}\ntoken_accessor       {rs(24)}\ntoken_duration       768h",
  v)
v = rs(26, LOWNUM)
S("password/devops-htpasswd-cli-plain",
  f"$ htpasswd -b -c /etc/nginx/.htpasswd grafana {v}\nAdding password for user grafana",
  v)
v = pw()
S("password/devops-basic-auth-header-b64",
  f"Authorization: Basic {base64.b64encode(f'admin:{v}'.encode()).decode()}",
  base64.b64encode(f"admin:{v}".encode()).decode())
v = rs(32, ALNUM)
S("api-key/devops-notebook-cell-output",
  json.dumps({"cell_type": "code", "source": ["import os\n", f"os.environ['WEATHER_API_KEY'] = '{v}'\n", "df = fetch_weather('LIS')"], "outputs": []}, indent=1),
  v)
v = pw()
S("password/devops-windows-net-use",
  f"C:\\> net use Z: \\\\fs01\\scans /user:CORP\\scanner {v} /persistent:yes\nThe command completed successfully.",
  v)
v = pw()
S("password/devops-powershell-securestring",
  f"$pw = ConvertTo-SecureString '{v}' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('CORP\\svc_backup', $pw)",
  v)
v = rs(22, ALNUM)
S("token/devops-tool-call-args-json",
  json.dumps({"name": "http_request", "arguments": {"method": "POST", "url": "https://api.billing.internal/v1/invoices", "headers": {"X-Api-Key": v, "Content-Type": "application/json"}, "body": {"customer": "C-1021"}}}),
  v)
v = rs(18, ALNUM + "-_.~")
S("password/devops-url-in-markdown-link",
  f"See the [staging broker](amqp://ops:{v}@mq-stg.internal:5672/%2f) for queue depth.",
  v)
v = rs(40, ALNUM)
S("api-key/devops-yaml-folded-under-env-list",
  f"containers:\n  - name: worker\n    env:\n      - name: GEOCODER_KEY\n        value: \"{v}\"\n      - name: LOG_LEVEL\n        value: info",
  v)
v = f"{R.choice(WORDS).capitalize()}&{dg(3)}<{R.choice(WORDS).lower()}"
S("password/devops-xml-escaped-ampersand",
  f"<add key=\"SmtpPassword\" value=\"{v.replace('&', '&amp;').replace('<', '&lt;')}\" />",
  v.replace("&", "&amp;").replace("<", "&lt;"))
v = rs(48, ALNUM)
S("api-key/devops-log-wrapped-80-cols",
  f"2026-12-03 11:02:44 ERROR upstream rejected request: {{\"api_key\": \"{v[:20]}\n{v[20:]}\", \"code\": 401}}",
  f"{v[:20]}\n{v[20:]}")
v = rs(36, ALNUM)
S("api-key/devops-unicode-escaped-json",
  "{\"config\":\"{\\u0022token\\u0022:\\u0022" + v + "\\u0022}\"}",
  v)
v = pw()
S("password/devops-ssh-sshpass",
  f"sshpass -p '{v}' ssh -o StrictHostKeyChecking=no pi@10.0.7.12 'sudo systemctl restart kiosk'",
  v)
v = rs(32, ALNUM)
S("token/devops-graphql-variables",
  json.dumps({"query": "mutation Login($u:String!,$p:String!){login(username:$u,password:$p){token}}", "variables": {"u": "ops@corp.example", "p": v}}),
  v)
v = pw()
S("password/devops-smtp-send-email-python",
  f"server = smtplib.SMTP('smtp.mailhost.example', 587)\nserver.starttls()\nserver.login('alerts@corp.example', '{v}')",
  v)
v = rs(16, LOWNUM)
S("password/devops-app-password-4x4",
  f"Generated app password for 'backup-script': {v[:4]} {v[4:8]} {v[8:12]} {v[12:]}",
  f"{v[:4]} {v[4:8]} {v[8:12]} {v[12:]}")
v = rs(32, ALNUM)
S("token/devops-query-string-in-access-log",
  f"10.0.3.17 - - [03/Dec/2026:10:11:12 +0000] \"GET /export.csv?token={v}&format=csv HTTP/1.1\" 200 48211 \"-\" \"python-requests/2.31\"",
  v)
v = b64(64)
S("key/devops-django-secret-key",
  f"# settings/prod.py\nSECRET_KEY = '{v}'\nDEBUG = False",
  v)
v = "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
S("private-key/devops-age-identity",
  f"# created: 2026-12-01T09:00:00Z\n# public key: age1{rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}\n{v}",
  v)
v = rs(52, "abcdefghijklmnopqrstuvwxyz234567")
S("otp-seed/devops-totp-otpauth-uri",
  f"otpauth://totp/Corp%20VPN:jdoe?secret={v.upper()}&issuer=Corp%20VPN&digits=6",
  v.upper())
v = dg(8)
S("recovery-code/devops-2fa-backup-codes-file",
  f"Backup codes for admin@corp.example (each can be used once):\n{v[:4]} {v[4:]}\n{dg(4)} {dg(4)}\n{dg(4)} {dg(4)}",
  f"{v[:4]} {v[4:]}")

# ---------------------------------------------------------------- telecom / misc in-house formats
v = dg(8)
S("puk/telecom-sim-puk-support-chat",
  f"Support: Your SIM is PUK-locked. The PUK for ICCID ending 4471 is {v}. Enter it, then choose a new PIN.",
  v)
v = f"LPA:1$smdp.carrier.example${up(8)}-{up(8)}-{up(8)}-{up(8)}"
S("activation-code/telecom-esim-qr-payload",
  f"eSIM QR decoded: {v}\nPlan: Unlimited Travel EU",
  v[v.rindex('$') + 1:])
v = f"{lo(5)}.{hx(12)}.{rs(22)}"
S("token/inhouse-dotted-token-no-prefix-yaml",
  f"internal_api:\n  url: https://core.corp.example\n  auth: {v}",
  v)
v = f"{up(5)}-{up(5)}-{up(5)}-{up(5)}-{up(5)}"
S("license-key/media-editing-suite-license",
  f"Registration\nLicensed to: Citynews Broadcast Ltd\nLicense key: {v}\nSeats: 12",
  v)
v = f"KT{dg(2)}{rs(30, UPNUM)}"
S("token/inhouse-prefixless-kv-pipe-log",
  f"ts=2026-12-03T09:01:22Z|svc=dispatch|evt=auth|client=hub-17|credential={v}|result=accepted",
  v)

# ---------------------------------------------------------------- more domains, more carriers
v = pw()
S("password/hospitality-voice-call-transcript-spelled",
  f"Agent: and what password would you like on the reservation?\nGuest: um, let's do {' '.join(v)}\nAgent: got it.",
  " ".join(v))
v = pw()
S("password/logistics-german-email",
  f"Hallo Herr Schulz,\ndas Kennwort für das Speditionsportal lautet: {v}\nBitte nach der ersten Anmeldung ändern.\nViele Grüße",
  v)
v = pw()
S("password/retail-french-chat",
  f"Vendeuse: le mot de passe de la caisse 2 c'est « {v} », tu peux te connecter ?",
  v)
v = pw()
S("password/education-japanese-notice",
  f"保護者各位\n学習アプリの初期パスワードは「{v}」です。ログイン後に変更してください。",
  v)
v = dg(6)
S("otp/travel-italian-sms",
  f"Il tuo codice di verifica Viaggi è {v}. Non condividerlo con nessuno.",
  v)
v = pw()
S("password/insurance-dutch-voicemail",
  f"Voicemail (NL): \"Goedemiddag, hier Inge van de schadeafdeling. Het tijdelijke wachtwoord voor het portaal is {v}. Fijne dag.\"",
  v)
v = rs(24, ALNUM)
S("api-key/agriculture-irrigation-controller-lua",
  f"-- pivot controller bridge\nlocal cfg = {{\n  host = \"farmlink.example\",\n  api_key = \"{v}\",\n  field = \"north-40\",\n}}",
  v)
v = pw()
S("password/aviation-mx-tracking-shell-history",
  f"  501  cd /opt/mxtrack\n  502  ./mxcli login --user amt.rivera --password {v}\n  503  ./mxcli workorders --tail N742RX",
  v)
v = pw()
S("password/pharmacy-eprescribe-two-factor-note",
  f"Sticky note (OCR from photo of monitor): eRx login  drkhan / {v}\n  token serial on keychain",
  v)
v = rs(40, ALNUM)
S("api-key/casino-loyalty-csv-config-row",
  f"system,endpoint,key,enabled\nplayer-rewards,https://rewards.casino.example/api,{v},true\nslot-telemetry,https://telemetry.casino.example,,false",
  v)
v = card("4", 16)
S("pan/hospitality-restaurant-pos-receipt-unmasked",
  f"   TRATTORIA DEL PONTE\n   Table 12   Server: GIULIA\n   VISA        {v}\n   AUTH 0{dg(5)}\n   TOTAL EUR 84.50",
  v)
v = card("36", 14)
S("pan/travel-diners-card-in-booking-json",
  json.dumps({"pnr": "QX7T2L", "fop": {"type": "DC", "number": v, "expiry": "1129"}}),
  v)
v = gb_iban()
S("iban/legal-client-account-email-compact",
  f"Please remit the retainer to our client account: Harper & Vale LLP, {v}. Quote ref HV/2291.",
  v)
v = rs(32, ALNUM)
S("api-key/energy-ev-charger-ocpp-basic",
  f"ws://ocpp.chargenet.example/ocpp/CP-0042  Authorization: Basic {base64.b64encode(f'CP-0042:{v}'.encode()).decode()}",
  base64.b64encode(f"CP-0042:{v}".encode()).decode())
v = f"{R.choice(WORDS).capitalize()}\"{dg(4)}\\{R.choice(WORDS).lower()}"
S("password/biotech-freezer-monitor-json-escaped-quote",
  json.dumps({"device": "ULT-07", "smtp": {"user": "alarms", "pass": v}}),
  json.dumps(v)[1:-1])
v = pw()
S("password/nonprofit-volunteer-shared-drive-sms",
  f"Hi team! Volunteer drive login is food4all / {v} – please don't post it on Facebook 🙏",
  v)
v = jwt({"sub": "stu-88123", "role": "student", "course": "BIO-220", "exp": 1796774400})
S("token/education-jwt-in-url-fragment",
  f"https://quiz.univ.example/launch#id_token={v}&state=xyz",
  v)
v = rs(32, ALNUM)
S("api-key/logistics-customs-broker-soap-header",
  f"<soap:Header>\n  <wsse:Security>\n    <wsse:UsernameToken>\n      <wsse:Username>broker4471</wsse:Username>\n      <wsse:Password Type=\"PasswordText\">{v}</wsse:Password>\n    </wsse:UsernameToken>\n  </wsse:Security>\n</soap:Header>",
  v)
v = rs(40, ALNUM)
S("api-key/realestate-docker-run-env-flag",
  f"docker run -d --name listings-sync -e MLS_API_KEY={v} -e MLS_REGION=NE ghcr.io/acme/listings-sync:1.8.2",
  v)
v = pw()
S("password/hr-payroll-spreadsheet-cell",
  f"Sheet 'Vendors' A1:D3\nVendor\tPortal\tUser\tPassword\nADP-like payroll\thttps://payroll.vendor.example\tpayadmin@orbitlog.example\t{v}",
  v)
v = dg(6)
S("pin/automotive-keyless-entry-code-owner-manual-note",
  f"Handwritten on inside cover (OCR): keypad entry code {v[:5]} — factory code, card in glovebox",
  v[:5])
v = HX(32)
S("key/agriculture-lorawan-soil-sensor-appkey",
  f"device:\n  dev_eui: 70B3D57ED00{HX(5)}\n  app_eui: 0000000000000000\n  app_key: {v}\n",
  v)


# ================================================================ INNOCENT


def iso6346(owner: str) -> str:
    code = owner + "U" + dg(6)
    vals = {}
    n = 10
    for ch in string.ascii_uppercase:
        if n % 11 == 0:
            n += 1
        vals[ch] = n
        n += 1
    s = sum((int(c) if c.isdigit() else vals[c]) * (2 ** i) for i, c in enumerate(code))
    return code + str(s % 11 % 10)


def uuid4() -> str:
    h = hx(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


I("hash/devops-git-log-oneline",
  "\n".join(f"{hx(7)} {m}" for m in ["fix: retry on 503 from carrier API", "feat(pos): add split tender", "chore: bump deps", "docs: password policy wording"]))
I("hash/devops-git-show-full-sha",
  f"commit {hx(40)}\nMerge: {hx(7)} {hx(7)}\nAuthor: Dana Lee <dana@corp.example>\nDate:   Thu Dec 3 10:12:00 2026 +0000\n\n    Merge branch 'feature/token-refresh'")
I("digest/devops-docker-image-digest",
  f"$ docker pull registry.internal.example:5000/pos-api:1.14.2\n1.14.2: Pulling from pos-api\nDigest: sha256:{hx(64)}\nStatus: Downloaded newer image for registry.internal.example:5000/pos-api:1.14.2")
I("digest/devops-npm-lockfile-integrity",
  f'    "node_modules/left-pad": {{\n      "version": "1.3.0",\n      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n      "integrity": "sha512-{b64(64)}"\n    }}')
I("digest/devops-pip-requirements-hashes",
  f"requests==2.31.0 \\\n    --hash=sha256:{hx(64)} \\\n    --hash=sha256:{hx(64)}")
I("digest/devops-sha256sums-file",
  "\n".join(f"{hx(64)}  {f}" for f in ["firmware-2.4.1.bin", "firmware-2.4.1.sig", "README.txt"]))
I("uuid/devops-request-id-log",
  f"2026-12-03T10:00:01.002Z INFO request_id={uuid4()} trace_id={hx(32)} span_id={hx(16)} method=GET path=/healthz status=200 dur_ms=3")
I("uuid/devops-k8s-pod-list",
  f"NAME                        READY   STATUS    RESTARTS   AGE\napi-{lo(10)}-{lo(5)}   1/1     Running   0          3d\nworker-{lo(9)}-{lo(5)}  1/1     Running   2          3d")
I("hash/devops-docker-ps-container-ids",
  f"CONTAINER ID   IMAGE          COMMAND                  STATUS\n{hx(12)}   redis:7        \"docker-entrypoint.s…\"   Up 2 hours\n{hx(12)}   postgres:16    \"docker-entrypoint.s…\"   Up 2 hours")
I("placeholder/devops-readme-api-key-placeholder",
  "Set your key before running:\n\n    export WEATHER_API_KEY=<YOUR_API_KEY>\n    python fetch.py --city LIS")
I("placeholder/devops-env-example-file",
  "# .env.example — copy to .env and fill in\nDB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=\nAPI_TOKEN=changeme\nSMTP_PASSWORD=your-password-here")
I("placeholder/devops-compose-variable-reference",
  "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}\n      POSTGRES_USER: app")
I("reference/devops-k8s-secretkeyref-no-value",
  "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: payments-db\n        key: password")
I("masked/devops-redacted-log-line",
  "2026-12-03 10:11:12 INFO connecting to postgres://etl_user:********@pg-warehouse.internal:5432/analytics")
I("masked/devops-cli-masked-token-output",
  "$ gh auth status\n  ✓ Logged in to github.example.com account deploybot (keyring)\n  ✓ Token: ghp_************************************\n  ✓ Token scopes: repo, workflow")
I("masked/devops-ci-log-masked-secret",
  "$ ./deploy.sh --token [MASKED]\nDeploying release 2026.12.03-1 to production... done")
I("code/devops-python-function-password-param",
  "def login(session, username: str, password: str) -> Token:\n    \"\"\"Authenticate; the password is never logged.\"\"\"\n    resp = session.post('/auth', json={'username': username, 'password': password})\n    return Token(resp.json()['access_token'])")
I("code/devops-env-lookup-no-value",
  "api_key = os.environ[\"WEATHER_API_KEY\"]\nsecret = config.get(\"hmac_secret\")\ntoken = request.headers.get(\"Authorization\", \"\").removeprefix(\"Bearer \")")
I("code/devops-cli-help-text",
  "usage: mxcli login [-h] --user USER [--password PASSWORD] [--otp OTP]\n\noptions:\n  --password PASSWORD  account password (prompted if omitted)\n  --otp OTP            6-digit one-time code from your authenticator")
I("config/devops-secret-words-numeric-settings",
  "PASSWORD_MIN_LENGTH=12\nPASSWORD_MAX_AGE_DAYS=90\nTOKEN_EXPIRY_SECONDS=3600\nAPI_KEY_ROTATION_DAYS=30\nSESSION_COOKIE_SECURE=true\nOTP_DIGITS=6")
I("policy/hr-password-policy-text",
  "Password policy (rev. 4): Passwords must be at least 12 characters, must not reuse any of the last 10 passwords, and must be changed if you suspect compromise. Never share your password or one-time codes with anyone, including IT staff.")
I("policy/bank-otp-warning-sms",
  "BANK: We will NEVER ask for your PIN or one-time passcode by phone. If someone asks, hang up and call the number on your card.")
I("public-key/devops-ssh-authorized-keys",
  f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]} deploy@ci-runner-3\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{b64(256)} ops@bastion")
I("public-key/devops-pem-public-key",
  pem("PUBLIC KEY", 294))
I("public-cert/devops-certificate-pem-judgement",
  "ca_bundle: |\n  " + pem("CERTIFICATE", 700).replace("\n", "\n  "))
I("base64/devops-configmap-binarydata-nonsecret",
  "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: banner\nbinaryData:\n  motd.txt: " + base64.b64encode(b"Welcome to the Substation 14 HMI. Authorized operators only.\n").decode())
I("base64/devops-data-uri-icon",
  f"<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h{b64(60)}\" />")
I("base64/devops-jwt-structure-doc-placeholder",
  "A JWT has three parts separated by dots: header.payload.signature, e.g. xxxxx.yyyyy.zzzzz. Never paste a real token into a ticket.")
I("network/devops-ip-mac-inventory",
  "host        ip            mac                 vlan\nplc-14-01   10.40.14.31   00:1B:1B:4F:22:9A   140\nhmi-14      10.40.14.20   00:0C:29:7E:11:C2   140\nrtu-14      10.40.14.40   3C:5A:B4:10:0D:E7   141")
I("id/devops-aws-arn-account-judgement",
  "arn:aws:iam::123456789012:role/etl-reader\narn:aws:s3:::acme-exports-prod/reports/*")
I("id/devops-oauth-client-id-public-judgement",
  f"OIDC config: issuer=https://login.corp.example client_id={uuid4()} redirect_uri=https://app.corp.example/callback scope=\"openid profile\"")
I("id/devops-csp-nonce-per-response-judgement",
  f"content-security-policy: script-src 'self' 'nonce-{b64(16)}'; object-src 'none'")
I("hash/devops-etag-header",
  f"HTTP/1.1 200 OK\nETag: \"{hx(32)}\"\nCache-Control: max-age=3600\nContent-Length: 48211")

# ---- logistics
cont = iso6346("MSC")
I("tracking/logistics-container-and-seal-numbers",
  f"B/L NFXL{dg(9)}  Container {cont}  Seal {dg(7)}  Vessel MSC AURORA V.{dg(3)}W  POL: Rotterdam  POD: Newark")
I("tracking/logistics-parcel-tracking-list",
  f"1Z{up(6)}{dg(10)}  Delivered  Springfield IL\n{dg(12)}  In transit  Memphis TN\n{dg(22)}  Label created")
I("id/logistics-pallet-sscc-barcodes",
  f"SSCC (00){dg(18)}  GTIN (01){gtin13()}  batch (10)L{dg(5)}  weight 412.5 kg")

# ---- retail
I("barcode/retail-pos-item-lines-gtin",
  "\n".join(f"{gtin13()}  {name:<22}{price:>7}" for name, price in [("OAT MILK 1L", "2.49"), ("SOURDOUGH LOAF", "4.10"), ("AA BATTERIES 8PK", "7.99")]))
I("masked/retail-receipt-masked-card",
  f"VISA ************{dg(4)}\nAUTH CODE {dg(6)}\nAID A0000000031010\nTVR 0000008000\nTOTAL 54.20")
I("id/retail-order-and-invoice-numbers",
  f"Order #{dg(9)} | Invoice INV-2026-{dg(6)} | RMA R{dg(7)} | Store 118 Register 3 Txn {dg(5)}")
I("testdata/retail-doc-test-card-judgement",
  "For sandbox testing use card 4111 1111 1111 1111 with any future expiry and any 3-digit CVC. Real cards are declined in sandbox.")

# ---- insurance / legal / government
I("id/insurance-policy-and-claim-numbers",
  f"Policy HO3-{dg(8)}  Claim CLM-2026-{dg(6)}  Adjuster ID ADJ{dg(4)}  Catastrophe code CAT-26-14")
I("id/legal-bates-and-docket-numbers",
  f"Produced documents ACME-000001 through ACME-004812. Case No. 2:26-cv-{dg(5)}-JLS. See 15 U.S.C. § 78j(b) and Fed. R. Civ. P. 26(b)(1).")
I("form/gov-form-numbers-and-omb",
  "Form W-4 (2026)  OMB No. 1545-0074  Department of the Treasury — Internal Revenue Service  Cat. No. 10220Q")
I("masked/gov-masked-ssn-letter",
  "We received your request. For your security we show only part of your Social Security number: XXX-XX-4821.")
I("template/gov-ssn-format-instructions",
  "Enter your SSN in the format 000-00-0000. If you do not have one, write \"Applied for\". Do not enter an ITIN in this box.")
I("masked/bank-masked-iban-statement",
  "Statement for account DE** **** **** **** **34 56 — period 01.11.2026–30.11.2026 — closing balance EUR 2.140,11")

# ---- travel / hospitality
I("booking/travel-pnr-and-flight-details",
  f"Booking reference: {up(6)}\nFlight LH 401  FRA→JFK  20 DEC  Seat 34K  Fare basis KLWEU1\nHotel confirmation: {dg(9)}  Loyalty tier: Gold")
I("booking/travel-e-ticket-number-judgement",
  f"E-ticket: 220-{dg(10)}  Status: OK  Baggage: 1PC")
I("id/hospitality-room-and-folio",
  f"Room 1412  Folio {dg(7)}  Arrival 2026-12-05  Departure 2026-12-08  Rate code BAR  Guests 2")

# ---- education
I("id/education-course-and-section-codes",
  f"CHEM 101-003  CRN {dg(5)}  Room B204  Canvas course id 2231  Section GUID {uuid4()}")
I("id/education-isbn-reading-list",
  "Reading list:\n- ISBN 978-0-13-468599-1 Operating Systems\n- ISBN 978-1-4028-9462-6 Organic Chemistry Workbook")

# ---- automotive
I("id/automotive-vin-in-telematics-log",
  f"2026-12-03T07:14:02Z vin={vin()} odo_km=48211 soc=82 dtc=[P0301,P0420] gps=38.7223,-9.1393")
I("id/automotive-device-imei-inventory-judgement",
  f"Tracker inventory\nunit  imei             iccid\nT-17  {imei()}  8935{dg(15)}\nT-18  {imei()}  8935{dg(15)}")
I("id/automotive-part-numbers",
  f"Parts order: brake pad set P/N 04465-{up(5)}, rotor P/N 43512-{dg(5)}, qty 2 each, dealer DLR-44120")

# ---- energy
I("scada/energy-modbus-register-map",
  "tag,addr,type,scale\nFDR14_IA,40001,INT16,0.1\nFDR14_IB,40002,INT16,0.1\nFDR14_KW,40010,FLOAT32,1\nBRKR14_STATUS,10001,BOOL,1")
I("id/energy-meter-serials",
  f"Meter serial {up(2)}{dg(8)}  CT ratio 200:5  firmware 4.2.17  last read 2026-11-30T00:15:00Z  kWh 18211.4")

# ---- media
I("id/media-timecodes-and-isrc",
  "EDL\n001  AX  V  C  01:00:00:00 01:00:12:10 00:00:00:00 00:00:12:10\nISRC US-S1Z-26-00012  UPID 0x0C  Program ID EP0012345")
I("hash/media-drm-key-id-only",
  f"packager: track video_1080p protected with kid={uuid4()} scheme=cbcs pssh=present")

# ---- real estate / nonprofit / biotech / HR
I("id/realestate-mls-and-parcel",
  f"MLS# {dg(8)}  APN {dg(3)}-{dg(3)}-{dg(3)}  42 Birch Ln  3bd/2ba  List $529,000  HOA $210/mo")
I("id/nonprofit-public-ein-judgement",
  "Tierhilfe Foundation is a 501(c)(3) organization; EIN 12-3456789 appears on our public Form 990.")
I("id/nonprofit-donor-and-campaign-ids",
  f"donor_id,campaign,amount,date\nD-10442,GIVING-TUE-26,50.00,2026-12-01\nD-10511,YE-APPEAL-26,120.00,2026-12-02")
I("sequence/biotech-primer-sequences",
  "primer_id,sequence,tm\nF-GAPDH,GAAGGTGAAGGTCGGAGTCAACGG,62.1\nR-GAPDH,GGAAGATGGTGATGGGATTTCCATT,61.8")
I("id/biotech-sample-and-accession-ids",
  f"plate PL-{dg(6)} well A1..H12  run 261202_A01234_0117  refseq NM_000546.6  CAS 7732-18-5  lot {up(8)}")
I("id/hr-employee-and-cost-center",
  f"emp_id=E-20931 cost_center=CC-4410 grade=P3 manager=E-10022 hire_date=2024-03-18")

# ---- misc
I("text/chat-user-says-forgot-password-no-value",
  "User: I forgot my password for the driver app, how do I reset it?\nAssistant: Tap 'Forgot password' on the login screen; you'll receive a one-time code by SMS.")
I("text/email-password-sent-separately-no-value",
  "Hi Marco, I've shared the encrypted archive. I'll send the password by phone, not email. Best, Dispatch")
I("hash/devops-bcrypt-in-docs-format-example",
  "The stored hash looks like $2b$12$<22-char salt><31-char hash>; we never store plaintext.")
I("number/finance-luhn-valid-non-card-account-ref-judgement",
  f"Utility account reference (printed on every bill and payment slip): {card('8', 12)}")
I("css/media-hex-colors",
  ".badge { color: #1A2B3C; background: #FAFAFA; border-color: #C0FFEE; }")
I("version/devops-build-metadata",
  f"Version 4.12.0+build.{dg(5)}.{hx(7)}  Go 1.22.5  Built 2026-12-03T09:00:00Z  Platform linux/amd64")
I("hash/devops-cache-key-ci-log",
  f"Restoring cache: key=linux-node20-npm-{hx(64)}\nCache restored successfully (212 MB)")
I("id/devops-otp-length-check-code",
  "if not re.fullmatch(r\"\\d{6}\", otp):\n    raise ValueError(\"OTP must be 6 digits\")")


# ================================================================ checks
SECRETS: tuple[Secret, ...] = tuple(SECRETS_L)
INNOCENT: tuple[Innocent, ...] = tuple(INNOCENT_L)

_ids = [s.id for s in SECRETS] + [i.id for i in INNOCENT]
assert len(_ids) == len(set(_ids)), [x for x in _ids if _ids.count(x) > 1]
for _s in SECRETS:
    assert _s.secret, _s.id
    assert _s.secret in _s.text, _s.id
    assert len(_s.secret) >= 4 or _s.id.startswith("pin/"), _s.id
    if _s.id.startswith("pan/"):
        assert luhn_ok(_s.secret.replace(" ", "").replace("-", "")), _s.id
    if _s.id.startswith("iban/"):
        assert iban_ok(_s.secret), _s.id
for _i in INNOCENT:
    assert _i.text, _i.id

if __name__ == "__main__":
    print(f"{len(SECRETS)} secrets, {len(INNOCENT)} innocent")
