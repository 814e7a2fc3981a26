"""Independent secret-redaction test corpus (corpus9).

Written by an AI helper session on Sun Dec 6 2026 (started 20:59 UTC, `date -u`),
WITHOUT seeing the redaction engine or any earlier corpus.

Each Secret has `text` (a realistic snippet from an agent trajectory: chats, call
transcripts, logs, configs, JSON tool calls, emails, forms, OCR) and `secret`, the
exact substring of `text` that must not survive redaction. Everything else in the
text may be kept. Each Innocent is text with no secret; a redactor must leave it
byte-for-byte unchanged. Ids are "<category>/<context>"; innocent ids carry the
judgement call being tested.

All values are fake, generated from a seeded random.Random; numbers with check
digits (cards/Luhn, IBAN mod 97, national ids) are generated with valid checks.
"""
from __future__ import annotations

import base64
import hashlib
import random
import string
from typing import NamedTuple


class Secret(NamedTuple):
    id: str      # "<category>/<context>", unique in the file
    text: str    # the secret in realistic context (one line to ~15 lines)
    secret: str  # the exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str    # realistic text containing NO secret; must be left unchanged


R = random.Random(90210_2026)
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(n: int, alphabet: str = ALNUM) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    return str(R.randint(1, 9)) + rs(n - 1, DIG)


def luhn_check(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_check(num[:-1]) == num[-1]


def card(prefix: str = "4", length: int = 16) -> str:
    body = prefix + rs(length - len(prefix) - 1, DIG)
    return body + luhn_check(body)


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(country: str, bban: str) -> str:
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban_de() -> str:
    return iban("DE", rs(8, DIG) + rs(10, DIG))


def iban_gb() -> str:
    return iban("GB", rs(4, string.ascii_uppercase) + rs(6, DIG) + rs(8, DIG))


def iban_fr() -> str:
    return iban("FR", rs(10, DIG) + rs(11, UPPER_ALNUM) + rs(2, DIG))


def iban_nl() -> str:
    return iban("NL", rs(4, string.ascii_uppercase) + rs(10, DIG))


def iban_es() -> str:
    return iban("ES", rs(20, DIG))


def iban_pl() -> str:
    return iban("PL", rs(24, DIG))


def ssn_us() -> str:
    a = R.randint(100, 665)
    return f"{a:03d}-{R.randint(10, 99):02d}-{R.randint(1000, 9999):04d}"


def nino_uk() -> str:
    first = R.choice("ABCEGHJKLMNPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{first}{second}{rs(6, DIG)}{R.choice('ABCD')}"


def dni_es() -> str:
    n = R.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie_es() -> str:
    p = R.choice("XYZ")
    n = R.randint(1_000_000, 9_999_999)
    full = int(str("XYZ".index(p)) + f"{n:07d}")
    return f"{p}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[full % 23]}"


def bsn_nl() -> str:
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.randint(1, 9)
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def steuer_id_de() -> str:
    # ISO 7064 MOD 11,10 check digit; first digit non-zero, one digit repeated.
    while True:
        body = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(9)]
        counts = sorted((body.count(x) for x in set(body)), reverse=True)
        if counts[0] in (2, 3) and (len(counts) == 1 or counts[1] == 1):
            break
    product = 10
    for x in body:
        s = (x + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    return "".join(map(str, body)) + str(check)


def pesel_pl() -> str:
    y, m, d = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    body = f"{y:02d}{m:02d}{d:02d}{rs(4, DIG)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + str((10 - s % 10) % 10)


def personnummer_se() -> str:
    y, m, d = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    body = f"{y:02d}{m:02d}{d:02d}{rs(3, DIG)}"
    return f"{body[:6]}-{body[6:]}{luhn_check(body)}"


def hetu_fi() -> str:
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(60, 99)
    ind = R.randint(2, 899)
    n = int(f"{d:02d}{m:02d}{y:02d}{ind:03d}")
    return f"{d:02d}{m:02d}{y:02d}-{ind:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}"


def nir_fr() -> str:
    body = f"{R.choice('12')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 95):02d}{rs(3, DIG)}{rs(3, DIG)}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def cpf_br() -> str:
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def sin_ca() -> str:
    body = str(R.choice([1, 2, 4, 5, 6, 7])) + rs(7, DIG)
    s = body + luhn_check(body)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def aadhaar_like() -> str:
    # Verhoeff check digit
    d = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],
         [3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],
         [6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],
         [9,8,7,6,5,4,3,2,1,0]]
    p = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],
         [8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,7,6,8,0],[4,2,8,6,5,7,3,9,0,1],
         [2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
    inv = [0,4,3,2,1,5,6,7,8,9]
    body = str(R.randint(2, 9)) + rs(10, DIG)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = d[c][p[(i + 1) % 8][int(ch)]]
    s = body + str(inv[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def nhs_uk() -> str:
    while True:
        d = [R.randint(4, 9)] + [R.randint(0, 9) for _ in range(8)]
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def passport() -> str:
    return R.choice(["", "C", "X"]) + rs(1, string.ascii_uppercase) + rs(7, DIG)


def b64url(n: int) -> str:
    return rs(n, ALNUM + "-_")


def jwt() -> str:
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = ('{"sub":"%s","iat":%d,"scope":"ops"}' % (rs(10, LOWER_ALNUM), R.randint(1_700_000_000, 1_800_000_000))).encode()
    p = base64.urlsafe_b64encode(body).decode().rstrip("=")
    return f"{h}.{p}.{b64url(43)}"


def pem_key(kind: str = "RSA PRIVATE KEY", lines: int = 6) -> str:
    body = "\n".join(rs(64, ALNUM + "+/") for _ in range(lines))
    return f"-----BEGIN {kind}-----\n{body}\n{rs(24, ALNUM + '+/')}==\n-----END {kind}-----"


def password() -> str:
    words = ["Harbor", "maple", "Quartz", "tulip", "Falcon", "ember", "Gravel", "otter", "Cobalt", "prairie"]
    style = R.randint(0, 3)
    if style == 0:
        return R.choice(words) + R.choice("!#$%&*") + rs(4, DIG)
    if style == 1:
        return rs(14, ALNUM + "!@#%^*")
    if style == 2:
        return f"{R.choice(words)}-{R.choice(words).lower()}-{R.choice(words).lower()}{R.randint(1, 99)}"
    return rs(3, string.ascii_uppercase) + rs(3, DIG) + R.choice("?!$") + rs(5, string.ascii_lowercase)


def code(n: int) -> str:
    return rs(n, DIG)


BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident "
         "account accuse achieve acid acoustic acquire across act action actor actress actual adapt "
         "add addict address adjust admit adult advance advice aerobic affair afford afraid again "
         "age agent agree ahead aim air airport aisle alarm album alcohol alert alien all alley "
         "allow almost alone alpha already also alter always amateur amazing among amount amused "
         "analyst anchor ancient anger angle angry animal ankle announce annual another answer "
         "antenna antique anxiety any apart apology appear apple approve april arch arctic area "
         "arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist "
         "bacon badge bag balance balcony ball bamboo banana banner bar barely bargain barrel "
         "base basic basket battle beach bean beauty because become beef before begin behave "
         "cabin cable cactus cage cake call calm camera camp can canal cancel candy cannon canoe "
         "damage damp dance danger daring dash daughter dawn day deal debate debris decade "
         "eager eagle early earn earth easily east easy echo ecology economy edge edit educate").split()


def seed_phrase(n: int = 12) -> str:
    return " ".join(R.choice(BIP39) for _ in range(n))


def uuid4() -> str:
    h = rs(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


SECRETS_L: list[Secret] = []
INNOCENT_L: list[Innocent] = []


def S(id_: str, template: str, secret: str) -> None:
    SECRETS_L.append(Secret(id_, template.replace("{S}", secret), secret))


def I(id_: str, text: str) -> None:
    INNOCENT_L.append(Innocent(id_, text))

# ---------------------------------------------------------------- property management
S("lockbox_code/property_mgmt_tenant_chat",
  "Tenant (WhatsApp, 14:02): hi, locked out of 4B again 😩\nAgent: No problem Maria — the key lockbox by the bike rack is {S}. Please put the key back after!",
  code(4))
S("door_code/property_mgmt_showing_email",
  "Subject: Showing tomorrow 10am – 22 Elm Ct\n\nHi Derek,\nFront door keypad: {S}#  (resets Friday). Unit 3 is unlocked.\nThanks, Priya – Greenway Property Mgmt",
  code(6))
S("bank_account/property_mgmt_rent_form",
  "RENT PAYMENT AUTHORIZATION (scanned)\nTenant: J. Okafor   Unit: 12\nRouting no.: 021000089   Account no.: {S}\nSignature: ___J Okafor___",
  digits(10))
S("ssn/property_mgmt_rental_application",
  '{"applicant":"Lena Brooks","dob":"1991-03-14","ssn":"{S}","income_monthly":5400,"prior_address":"88 Pine Rd"}',
  ssn_us())
S("wifi_password/property_mgmt_welcome_note",
  "Welcome to Lakeview Suites!\nWi-Fi: LakeviewGuest\nPassword: {S}\nCheckout 11:00. Trash day Thursday.",
  password())
S("gate_code/property_mgmt_voicemail_transcript",
  "[Voicemail transcript 09:14] Hey it's Tom from maintenance, the new gate code for the back lot is {S}, uh, star at the end, call me back.",
  code(5))
# ---------------------------------------------------------------- field service
S("alarm_code/field_service_work_order",
  "WO-58213 | HVAC PM | Site: Riverside Dental\nNotes: arrive before 7; disarm alarm with {S} at panel left of rear door. Ask for Gina.",
  code(4))
S("password/field_service_router_admin",
  "Tech log: replaced ONT, reconfigured router. admin / {S} (customer asked to keep same). Speed test 912/880.",
  password())
S("safe_code/field_service_atm_vendor",
  "ATM service ticket 7731: cassette jam. Vault combo given by branch mgr over phone: {S}. Cleared jam, test dispense OK.",
  f"{R.randint(10,99)}-{R.randint(10,99)}-{R.randint(10,99)}")
S("api_key/field_service_dispatch_config",
  "dispatch:\n  provider: routeplanner\n  region: us-central\n  api_key: {S}\n  poll_seconds: 30",
  "rp_" + rs(32, LOWER_ALNUM))
S("pin/field_service_van_fuel_card",
  "Hi Marco, fuel card for van 14 is in the glovebox, PIN {S}. Don't use it for snacks this time lol",
  code(4))
# ---------------------------------------------------------------- pharmacy
S("card_number/pharmacy_phone_order_transcript",
  "CALLER: ...and the card is {S}, expires oh-nine twenty-seven.\nAGENT: Thank you, and the three digits on the back?",
  group4(card("4")))
S("cvv/pharmacy_phone_order_transcript",
  "AGENT: Thank you, and the three digits on the back?\nCALLER: {S}.\nAGENT: Great, your refill of lisinopril will be ready at 4.",
  code(3))
S("medicare_id/pharmacy_claim_json",
  '{"rx":"RX-4471902","patient":"Howard Lin","mbi":"{S}","ndc":"00093-7180-56","qty":30}',
  f"{R.randint(1,9)}{rs(1,'ACDEFGHJKMNPQRTUVWXY')}{rs(1,'ACDEFGHJKMNPQRTUVWXY'+DIG)}{R.randint(0,9)}{rs(1,'ACDEFGHJKMNPQRTUVWXY')}{rs(1,'ACDEFGHJKMNPQRTUVWXY'+DIG)}{R.randint(0,9)}{rs(2,'ACDEFGHJKMNPQRTUVWXY')}{rs(2,DIG)}")
S("password/pharmacy_erx_portal_chat",
  "Pharmacist (Teams): can't log into the eRx portal from station 2, anyone?\nTech: use shared login pharm2 / {S} until IT resets yours",
  password())
S("national_id/pharmacy_de_rezept_ocr",
  "Versicherten-Nr.: A{S}\nKasse: AOK Nordwest  Status 1000000\nName: Krüger, Heinz  geb. 12.04.1951",
  rs(9, DIG))
# ---------------------------------------------------------------- dental clinic
S("ssn/dental_intake_form_ocr",
  "PATIENT INTAKE — Smile Bright Dental\nName: Carla Reyes   DOB: 07/22/1984\nSSN: {S}\nInsurance: Delta PPO  Member ID on file",
  ssn_us())
S("card_number/dental_front_desk_chat",
  "Receptionist: Mrs. Patel's card for the balance is {S} exp 11/28, she said charge $240 after the crown fitting.",
  card("5" + str(R.randint(1, 5))))
S("password/dental_imaging_pc_sticky_note_ocr",
  "[OCR of photo: sticky note on monitor]\nXray PC\nuser: frontdesk\npw: {S}",
  password())
S("door_code/dental_after_hours_sms",
  "SMS from Dr. Kim: cleaners coming at 8pm, back door code is {S} — please text them",
  code(4))
# ---------------------------------------------------------------- school administration
S("password/school_sis_reset_email",
  "From: it@northridge-usd.org\nYour Student Information System password has been reset.\nUsername: mgarcia\nTemporary password: {S}\nYou will be asked to change it at first login.",
  password())
S("student_ssn/school_enrollment_spreadsheet",
  "student_id,last,first,grade,ssn,guardian\n204431,Nguyen,Tam,7,{S},Linh Nguyen",
  ssn_us())
S("pin/school_lunch_account_chat",
  "Parent: what's Ava's lunch PIN again? she forgot\nOffice: it's {S}, she types it at the register",
  code(5))
S("alarm_code/school_custodian_handover",
  "Custodian handover notes (Fri): gym alarm code changed to {S}. Boiler reset procedure taped to door.",
  code(4))
S("bsn/school_nl_inschrijving",
  "Inschrijfformulier basisschool De Regenboog\nNaam leerling: Sem de Vries\nBSN: {S}\nGeboortedatum: 03-09-2018",
  bsn_nl())
# ---------------------------------------------------------------- municipal services
S("tax_id/municipal_permit_form",
  "BUILDING PERMIT APPLICATION #BP-2026-0413\nOwner: Robert Hale\nEIN/TIN: {S}\nParcel: 041-220-17",
  f"{R.randint(10,99)}-{rs(7, DIG)}")
S("bank_iban/municipal_de_gewerbesteuer",
  "Sehr geehrte Damen und Herren,\nbitte buchen Sie die Gewerbesteuer künftig von folgendem Konto ab:\nIBAN {S}\nMit freundlichen Grüßen, Schreinerei Vogt",
  group4(iban_de()))
S("steuer_id/municipal_de_anmeldung",
  "Anmeldung Wohnsitz – Bürgerbüro\nName: Petra Schulz\nSteuerliche Identifikationsnummer: {S}\nZuzug aus: Leipzig",
  steuer_id_de())
S("password/municipal_scada_runbook",
  "Water plant HMI — emergency runbook\n1. Log in as operator, password {S}\n2. Switch pump P3 to manual\n3. Notify shift lead",
  password())
S("api_key/municipal_311_integration",
  "curl -s https://311.cityofexample.gov/api/v2/requests -H 'X-City-Key: {S}' -d status=open",
  rs(40, HEX))
# ---------------------------------------------------------------- airline ground ops
S("passport/airline_apis_record",
  "APIS: DOCS/P/GBR/{S}/GBR/14MAR88/F/02SEP31/HARPER/EMILY",
  R.choice("123456789") + rs(8, DIG))
S("password/airline_dcs_shift_chat",
  "Gate B12 lead: DCS kicked me out again\nOps: use backup agent sign ZX44, password {S}, and raise a ticket",
  password())
S("door_code/airline_ramp_access",
  "Ramp crew brief 0530: airside door 7 keypad now {S}, old code retired. Fuel truck at stand 22 late.",
  code(6))
S("passport/airline_es_pasajero",
  "Pasajero: GARCÍA LÓPEZ, Andrés\nPasaporte nº {S} — caduca 2030\nVuelo IB3166 asiento 14C",
  "P" + rs(3, string.ascii_uppercase) + rs(6, DIG))
S("loyalty_login/airline_callcenter_transcript",
  "Agent: To verify, can you give me your frequent flyer PIN?\nCustomer: Sure, it's {S}.\nAgent: Thank you, I see your booking.",
  code(4))
# ---------------------------------------------------------------- car rental
S("card_number/car_rental_counter_notes",
  "Counter notes: customer paid deposit with Amex {S}, exp 03/29, authorised $500 hold.",
  card("37", 15))
S("drivers_license/car_rental_json",
  '{"renter":"Owen Blake","dl_state":"CA","dl_number":"{S}","dl_exp":"2029-06-01","vehicle":"Corolla 8XQK221"}',
  rs(1, string.ascii_uppercase) + rs(7, DIG))
S("keybox_code/car_rental_afterhours_sms",
  "Your Hertzo after-hours pickup: key safe #12, code {S}. Vehicle in bay C4.",
  code(4))
S("api_key/car_rental_telematics_env",
  "TELEMATICS_BASE=https://fleet.example-tel.io\nTELEMATICS_TOKEN={S}\nIMMOBILIZE_ENABLED=true",
  "ftk_" + b64url(36))
# ---------------------------------------------------------------- security guarding
S("alarm_code/security_post_orders",
  "POST ORDERS – Site 17 (warehouse)\n- Disarm: {S} then OFF\n- Duress code: do not write down\n- Patrol every 2h",
  code(4))
S("duress_code/security_guard_radio_log",
  "Radio log 02:13 Unit 4: supervisor confirmed duress code for Site 9 is {S}. Noted.",
  code(4))
S("password/security_vms_email",
  "From: supervisor@shieldguard.example\nCamera VMS login for night shift: guard_night / {S}\nDo NOT share with client staff.",
  password())
S("safe_code/security_key_safe_handover",
  "Handover: key safe combo {S}, master key #3 signed out to Jenkins 22:40.",
  code(4))
# ---------------------------------------------------------------- facility access
S("badge_pin/facility_access_helpdesk_chat",
  "Visitor: my badge asks for a PIN at turnstile 3\nReception: temporary badge PIN is {S}, valid until 18:00",
  code(6))
S("api_key/facility_access_controller_yaml",
  "controller:\n  host: 10.20.4.11\n  user: acs-sync\n  secret: {S}\n  sync_interval: 300",
  rs(28, ALNUM))
S("door_code/facility_server_room_fr",
  "Bonjour, le code de la salle serveurs au 2e étage est {S}. Merci de refermer derrière vous. — Service généraux",
  code(6))
# ---------------------------------------------------------------- freight brokerage
S("bank_account/freight_carrier_setup_email",
  "Carrier setup – Fast Lane Trucking LLC\nMC#: 884213\nRemit to: Bank of the Plains\nABA 103000648  Acct {S}\nW-9 attached.",
  digits(11))
S("password/freight_loadboard_shared",
  "dispatch team pls use the loadboard login: dispatch@fastlane / {S} — don't change it",
  password())
S("api_key/freight_tms_tool_call",
  '{"tool":"http_request","args":{"url":"https://api.tms.example/v1/loads","headers":{"Authorization":"Bearer {S}"}}}',
  "tms_live_" + rs(30, LOWER_ALNUM))
S("tax_id/freight_w9_ocr",
  "Form W-9 (Rev. 2024)\n1 Name: Daniel Ruiz\n3 Individual/sole proprietor [X]\nPart I Social security number {S}",
  ssn_us().replace("-", " - "))
# ---------------------------------------------------------------- accounting firm
S("ssn/accounting_1040_prep_notes",
  "Client: M. Ortega. Spouse SSN {S} (confirmed by phone). Dependents: 2. Refund to same acct.",
  ssn_us())
S("password/accounting_client_portal_email",
  "Hi Janet, your client portal is ready. Login: janet.w@fastmail.example  Password: {S}\nPlease upload your 1099s.",
  password())
S("nino/accounting_uk_self_assessment",
  "Self Assessment 2025-26 checklist\nClient: Oliver Grant\nNI number: {S}\nUTR: held in file",
  nino_uk())
S("utr/accounting_uk_hmrc_letter_ocr",
  "HM Revenue & Customs\nUnique Taxpayer Reference (UTR): {S}\nDear Mr Grant, your return is due...",
  rs(5, DIG) + " " + rs(5, DIG))
S("bank_iban/accounting_nl_factuur_email",
  "Beste, graag betaling op rekening {S} t.n.v. Bakkerij Jansen. Met vriendelijke groet, Anouk",
  iban_nl())
S("pesel/accounting_pl_pit",
  "Zeznanie PIT-37\nPodatnik: Kowalska Anna\nPESEL: {S}\nUrząd skarbowy: Kraków-Podgórze",
  pesel_pl())
# ---------------------------------------------------------------- payroll bureau
S("bank_account/payroll_direct_deposit_csv",
  "emp_id,name,routing,account,pct\nE1044,Sam Torres,122000661,{S},100",
  digits(9))
S("sin/payroll_ca_td1",
  "TD1 Personal Tax Credits Return\nLast name: Tremblay  First name: Julie\nSocial insurance number: {S}",
  sin_ca())
S("bank_iban/payroll_fr_rib",
  "RIB salarié – M. Laurent Dubois\nIBAN : {S}\nBIC : BNPAFRPPXXX",
  group4(iban_fr()))
S("nir/payroll_fr_dpae",
  "DPAE – Déclaration préalable à l'embauche\nSalarié: Dubois Laurent\nN° de sécurité sociale: {S}",
  nir_fr())
S("password/payroll_sftp_runbook",
  "Monthly run: sftp payroll@sftp.bureau.example (pw {S}), upload PAY_YYYYMM.csv to /inbound",
  password())
S("personnummer/payroll_se_lonespec",
  "Lönespecifikation mars\nAnställd: Erik Lindqvist\nPersonnummer: {S}\nNettolön: 31 420 kr",
  personnummer_se())
S("hetu/payroll_fi_palkka",
  "Palkkalaskelma / Matti Virtanen\nHenkilötunnus: {S}\nVerokortti: 18,5 %",
  hetu_fi())
# ---------------------------------------------------------------- call centers
S("otp/callcenter_bank_verification_transcript",
  "AGENT: I've just sent a code to your phone, could you read it back to me?\nCUSTOMER: yeah it's {S}\nAGENT: Perfect, you're verified.",
  code(6))
S("otp/callcenter_spoken_digits_transcript",
  "CUSTOMER: the code is... {S}\nAGENT: thank you, one moment",
  " ".join(code(6)))
S("card_number/callcenter_ivr_log",
  "2026-12-06T14:11:09Z ivr[221] DTMF capture field=pan value={S} len=16 status=ok",
  card("4"))
S("security_answer/callcenter_insurance_transcript",
  "AGENT: And the answer to your security question, mother's maiden name?\nCALLER: {S}.\nAGENT: Great, thanks Mr. Fields.",
  R.choice(["Kowalczyk", "Abernathy", "Lindgren", "Okonkwo"]))
S("password/callcenter_de_kunde_telefon",
  "Kunde: Mein Passwort ist {S}, aber das funktioniert nicht mehr.\nAgent: Ich setze es zurück, bitte notieren Sie es nicht.",
  password())
S("account_pin/callcenter_telco_port_out",
  "Notes: customer requested port-out to another carrier, gave account PIN {S}. Transfer PIN generated and read aloud.",
  code(6))
# ---------------------------------------------------------------- IT helpdesk
S("password/helpdesk_ticket_reset",
  "Ticket #INC0098812 – resolved\nReset AD password for jdoe. Temp password: {S} (must change at next logon).",
  password())
S("password/helpdesk_user_chat_typed",
  "user: still can't get in, I typed {S} exactly\nagent: please don't share passwords here, I'll reset it",
  password())
S("recovery_key/helpdesk_bitlocker",
  "BitLocker recovery for LT-4471 (user asked via phone)\nKey ID: 7A2F1C09\nRecovery key: {S}",
  "-".join(rs(6, DIG) for _ in range(8)))
S("mfa_seed/helpdesk_totp_enroll",
  "otpauth://totp/Contoso:jdoe?secret={S}&issuer=Contoso&digits=6",
  rs(32, B32))
S("password/helpdesk_powershell_history",
  "PS> $pw = ConvertTo-SecureString '{S}' -AsPlainText -Force\nPS> Set-ADAccountPassword -Identity svc_backup -NewPassword $pw -Reset",
  password())
S("wifi_psk/helpdesk_guest_wifi_email",
  "Guest Wi-Fi this week: SSID CORP-GUEST, key {S}. Rotates Monday.",
  rs(12, ALNUM))
S("password/helpdesk_local_admin_laps_output",
  "ComputerName : WS-0231\nPassword     : {S}\nExpiration   : 12/13/2026 08:00:00",
  rs(16, ALNUM + "+-=#"))
# ---------------------------------------------------------------- smart home
S("alarm_code/smart_home_assistant_chat",
  "User: tell the dog walker the alarm code is {S} and she should arm it when she leaves\nAssistant: I'll send that to Jess now.",
  code(4))
S("api_token/smart_home_hub_yaml",
  "homehub:\n  url: http://192.168.1.40:8123\n  long_lived_token: {S}",
  jwt())
S("lock_code/smart_home_lock_log",
  "[lock.front] 18:22:04 user slot 3 (guest) set code={S} schedule=weekdays",
  code(6))
S("password/smart_home_camera_rtsp",
  "rtsp://admin:{S}@192.168.1.57:554/stream1",
  rs(12, ALNUM))
S("wifi_password/smart_home_setup_es",
  "Asistente: ¿Cuál es la contraseña de tu Wi-Fi para configurar el termostato?\nUsuario: {S}",
  password())
# ---------------------------------------------------------------- fintech app support
S("card_number/fintech_support_chat",
  "Customer: the charge is on my card {S}, I never ordered from that store\nAgent: I've frozen the card and opened a dispute.",
  group4(card("5" + str(R.randint(1, 5))), "-"))
S("iban/fintech_support_es_chat",
  "Cliente: quiero retirar a mi cuenta {S} pero da error\nAgente: lo reviso, un momento.",
  group4(iban_es()))
S("api_secret/fintech_webhook_env",
  "PAYOUTS_WEBHOOK_SECRET=whsec_{S}\nPAYOUTS_ENV=production",
  rs(32, ALNUM))
S("session_cookie/fintech_har_export",
  '"headers":[{"name":"Cookie","value":"locale=en-GB; fx_session={S}; theme=dark"}]',
  b64url(48))
S("dni/fintech_kyc_es",
  '{"kyc":{"country":"ES","doc_type":"DNI","doc_number":"{S}","name":"Lucía Martín"}}',
  dni_es())
S("nie/fintech_kyc_es_resident",
  "KYC note: customer is a resident, provided NIE {S} and a utility bill. Approved tier 2.",
  nie_es())
S("cpf/fintech_pix_br",
  "Cliente: meu CPF é {S}, por favor confirmem a chave Pix\nAtendente: Confirmado, obrigado!",
  cpf_br())
S("card_cvv/fintech_form_post_log",
  "POST /v1/cards/verify body={\"last4\":\"4412\",\"exp\":\"08/28\",\"cvc\":\"{S}\"} 200 31ms",
  code(3))
# ---------------------------------------------------------------- crypto exchange support
S("seed_phrase/crypto_support_chat",
  "User: I think my wallet got drained, here's my recovery phrase so you can check: {S}\nAgent: Please never share this. Move remaining funds immediately.",
  seed_phrase(12))
S("seed_phrase/crypto_backup_note_24",
  "wallet backup (DO NOT LOSE)\n{S}",
  seed_phrase(24))
S("api_secret/crypto_trading_bot_config",
  '{"exchange":"kbx","api_key":"kbx-pub-8821","api_secret":"{S}","pairs":["BTC/EUR"]}',
  rs(64, HEX))
S("private_key/crypto_eth_hex",
  "export DEPLOYER_PRIVATE_KEY=0x{S}",
  rs(64, HEX))
S("withdrawal_2fa/crypto_support_transcript",
  "Agent: please read me the 2FA code from your authenticator\nCustomer: {S}\nAgent: thanks, withdrawal whitelist updated.",
  code(6))
# ---------------------------------------------------------------- ride-hailing & food delivery
S("otp/ride_hailing_rider_chat",
  "Rider: hi I'm at the blue door, my ride PIN is {S}\nDriver: on my way, 2 min",
  code(4))
S("bank_account/ride_hailing_driver_payout_form",
  "Driver payout details\nSort code: 20-45-77\nAccount number: {S}\nName: Kwame Mensah",
  rs(8, DIG))
S("door_code/food_delivery_instructions",
  '{"order_id":"FD-55120871","dropoff_instructions":"Building code {S}, 3rd floor, leave at door","tip":4.5}',
  code(4) + "#")
S("api_key/food_delivery_restaurant_pos",
  "POS integration settings\nStore ID: 44812\nPartner API key: {S}\nMenu sync: hourly",
  rs(8, UPPER_ALNUM) + "-" + rs(8, UPPER_ALNUM) + "-" + rs(8, UPPER_ALNUM))
S("password/food_delivery_courier_account_it",
  "Rider: ciao, non riesco ad accedere, la mia password è {S}\nSupporto: la resetto subito, non condividerla in chat.",
  password())
# ---------------------------------------------------------------- software / devops
S("db_url/devops_env_file",
  "DATABASE_URL=postgres://app_rw:{S}@db-prod-2.internal:5432/orders?sslmode=require",
  rs(20, ALNUM))
S("db_url/devops_mongodb_log",
  "2026-12-06 11:02:44 ERROR connect failed uri=mongodb+srv://reporting:{S}@cluster7.mdb.example.net/analytics",
  rs(16, ALNUM))
S("private_key/devops_ssh_key_cat",
  "$ cat ~/.ssh/id_deploy\n{S}",
  pem_key("OPENSSH PRIVATE KEY", 5))
S("private_key/devops_tls_key_in_k8s_secret",
  "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\nstringData:\n  tls.key: |\n{S}",
  "    " + pem_key("PRIVATE KEY", 4).replace("\n", "\n    "))
S("cloud_key/devops_aws_style_credentials",
  "[default]\naws_access_key_id = AKIA{S}\nregion = eu-west-1",
  rs(16, string.ascii_uppercase + "234567"))
S("cloud_secret/devops_aws_style_credentials",
  "[default]\naws_secret_access_key = {S}\nregion = eu-west-1",
  rs(40, ALNUM + "/+"))
S("jwt/devops_curl_bearer",
  "curl -H 'Authorization: Bearer {S}' https://api.internal.example/v3/users/me",
  jwt())
S("signed_url/devops_presigned_link",
  "Here's the export: https://files.example-cdn.net/exports/q3.csv?Expires=1796000000&KeyId=K2&Signature={S}",
  b64url(86))
S("basic_auth/devops_nginx_log_url",
  "deploy.sh: pushing to https://ci-bot:{S}@git.internal.example/platform/infra.git",
  rs(24, ALNUM))
S("api_key/devops_inhouse_service_token",
  "svc-config.json: {\"billing_client\":{\"endpoint\":\"https://billing.svc\",\"token\":\"{S}\"}}",
  "bil." + rs(8, LOWER_ALNUM) + "." + rs(24, LOWER_ALNUM))
S("password/devops_docker_compose",
  "services:\n  redis:\n    image: redis:7\n    command: redis-server --requirepass {S}",
  rs(18, ALNUM))
S("webhook/devops_chat_webhook_url",
  "ALERT_WEBHOOK=https://chat.example.com/hooks/T0{S}",
  rs(9, UPPER_ALNUM) + "/B0" + rs(9, UPPER_ALNUM) + "/" + rs(24, ALNUM))
S("password/devops_mysql_cli",
  "$ mysql -h 10.0.3.8 -u root -p'{S}' -e 'show databases'",
  password())
S("api_key/devops_git_style_pat",
  "git clone https://x-access-token:{S}@github.example.com/acme/app.git",
  "gpat_" + rs(36, ALNUM))
S("token/devops_npmrc",
  "//registry.pkgs.example.com/:_authToken={S}\nalways-auth=true",
  uuid4())
S("client_secret/devops_oauth_tool_call",
  '{"name":"oauth_token","arguments":{"client_id":"ops-portal","client_secret":"{S}","grant_type":"client_credentials"}}',
  rs(40, ALNUM + "~._-"))
S("session_cookie/devops_http_response",
  "HTTP/1.1 302 Found\nLocation: /dashboard\nSet-Cookie: sid={S}; Path=/; HttpOnly; Secure\nContent-Length: 0",
  rs(32, HEX))
S("password/devops_jdbc_properties",
  "spring.datasource.url=jdbc:sqlserver://sql01:1433;databaseName=hr\nspring.datasource.username=hr_app\nspring.datasource.password={S}",
  password())
S("api_key/devops_python_traceback",
  "Traceback (most recent call last):\n  File \"sync.py\", line 41, in <module>\n    client = Maps(key=\"{S}\")\nValueError: quota exceeded",
  "mk-" + rs(39, ALNUM))
S("password/devops_kubectl_secret_decoded",
  "$ kubectl get secret smtp -o jsonpath='{.data.password}' | base64 -d\n{S}",
  password())
S("base64_secret/devops_k8s_secret_data",
  "data:\n  SMTP_PASSWORD: {S}",
  base64.b64encode(password().encode()).decode())
# ---------------------------------------------------------------- hotel / hospitality
S("card_number/hotel_reservation_email",
  "Guaranteed late arrival. Guest: Ingrid Sørensen. CC on file: Visa {S} exp 05/28 — please charge first night only.",
  card("4"))
S("room_safe_code/hotel_front_desk_log",
  "22:31 Guest 512 locked out of room safe, reset to default {S}, guest will change.",
  code(4))
S("passport/hotel_guest_registration_it",
  "Scheda di notifica alloggiati\nCognome: Rossi  Nome: Giulia\nPassaporto n. {S}\nRilasciato: Roma",
  rs(2, string.ascii_uppercase) + rs(7, DIG))
# ---------------------------------------------------------------- veterinary / healthcare
S("password/vet_clinic_pims_onboarding",
  "Welcome to Paws & Claws! Your PIMS login: dr.okafor  initial password {S}",
  password())
S("health_id/clinic_uk_nhs_number",
  "Referral letter\nPatient: Mrs A. Hughes\nNHS No: {S}\nReason: persistent cough",
  nhs_uk())
S("aadhaar/clinic_in_registration",
  "Patient registration – City Care Hospital\nName: Ramesh Iyer\nAadhaar: {S}\nMobile: on file",
  aadhaar_like())
S("insurance_member_id/clinic_portal_json",
  '{"patient":"Jo Kim","payer":"Blue Ridge Health","member_id":"{S}","group":"GRP-00412"}',
  rs(3, string.ascii_uppercase) + rs(9, DIG))
# ---------------------------------------------------------------- HR / legal / insurance
S("passport/hr_onboarding_i9_ocr",
  "Form I-9 Section 2\nList A Document: U.S. Passport\nDocument Number: {S}\nExpiration: 04/18/2033",
  rs(9, DIG))
S("ssn/hr_background_check_email",
  "Hi, for the background check I need your SSN — or just reply with it. ok: {S}. Thanks!",
  ssn_us().replace("-", ""))
S("bank_iban/legal_escrow_instructions",
  "Escrow instructions (client copy)\nBeneficiary: Hartmann & Co Rechtsanwälte\nIBAN: {S}\nReference: Kaufvertrag 2026/118",
  iban_de())
S("iban/insurance_pl_claim",
  "Zgłoszenie szkody nr 2026/55/1120\nProszę o przelew odszkodowania na rachunek: {S}",
  group4(iban_pl()))
S("iban/insurance_gb_claim_call",
  "Caller read out IBAN {S} for the settlement transfer; verified name matches policy holder.",
  iban_gb())
S("password/legal_doc_portal_zip",
  "The closing documents are in the attached ZIP. Password to open: {S} (sent separately would be better, sorry!)",
  password())
# ---------------------------------------------------------------- more carriers: email, SMS, OCR, spreadsheets, chat
S("otp/sms_inbox_tool_output",
  '{"messages":[{"from":"+15550100","body":"Your NorthBank code is {S}. Never share it. Expires in 10 min."}]}',
  code(6))
S("otp/email_magic_code_de",
  "Betreff: Ihr Anmeldecode\nIhr einmaliger Bestätigungscode lautet: {S}\nDer Code ist 15 Minuten gültig.",
  code(8))
S("magic_link/email_login_link",
  "Click to sign in (valid 15 min): https://app.tasklane.example/auth/magic?token={S}&uid=88121",
  b64url(40))
S("password_reset_link/email_reset",
  "Reset your password: https://accounts.shopwise.example/reset/{S}\nIf you didn't ask for this, ignore this email.",
  rs(20, LOWER_ALNUM) + "-" + rs(32, HEX))
S("card_number/spreadsheet_expense_export",
  "Date\tMerchant\tAmount\tCard\n2026-11-02\tOffice Depot\t84.10\t{S}\n2026-11-03\tUber\t22.40\t****4412",
  card("4"))
S("card_number/ocr_receipt_unmasked",
  "[OCR] TERMINAL 0042  MERCHANT COPY\nCARD {S}\nSALE  $63.20\nAUTH 0K1942",
  group4(card("6011")))
S("bank_iban/chat_split_bill_nl",
  "Anouk: wie maakt 't geld over voor de huur van het huisje? mijn rekening is {S} 🙏",
  group4(iban_nl()))
S("password/chat_family_streaming",
  "Mum: what's the password for the telly account again\nMe: {S} — and don't change it!!",
  password())
S("pin/call_elderly_bank_scam_transcript",
  "[Call transcript, flagged] CALLER: This is your bank's fraud team, read me your card PIN to confirm.\nCUSTOMER: oh dear, it's {S}",
  code(4))
S("voicemail_pin/telco_setup",
  "Your voicemail is set up. Voicemail PIN: {S}. Dial *86 to listen to messages.",
  code(6))
S("pin/spoken_words_pin_transcript",
  "AGENT: and your telephone banking passcode?\nCALLER: {S}",
  " ".join(R.choice(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "zero"]) for _ in range(6)))
S("password/agent_thought_trace",
  "Thought: The login form rejected the password from the ticket. I'll retry with the one the user gave in chat, \"{S}\", then report back.",
  password())
S("password/agent_tool_call_browser_type",
  '{"action":"type","selector":"#password","text":"{S}"}',
  password())
S("api_key/agent_tool_call_env_set",
  '{"tool":"set_env","args":{"name":"WEATHERLY_KEY","value":"{S}"}}',
  rs(32, HEX))
S("password/ftp_url_in_email",
  "Hi, artwork is on our server: ftp://printshop:{S}@ftp.printshop.example/incoming/",
  rs(10, ALNUM))
S("password/windows_net_use_command",
  "C:\\> net use Z: \\\\fs01\\finance /user:CORP\\ap_clerk {S}",
  password())
S("password/xml_config",
  '<connectionStrings>\n  <add name="Main" connectionString="Server=sql02;Database=crm;User Id=crm_svc;Password={S};" />\n</connectionStrings>',
  rs(16, ALNUM + "!#"))
S("token/ini_config",
  "[sync]\nendpoint = https://inventory.local/api\naccess_token = {S}\ninterval = 600",
  "inv_" + rs(8, HEX) + "_" + rs(40, HEX))
S("private_key/pgp_in_email",
  "Attached as requested, please keep safe:\n-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{S}\n-----END PGP PRIVATE KEY BLOCK-----",
  "\n".join(rs(64, ALNUM + "+/") for _ in range(5)) + "\n=" + rs(4, ALNUM))
S("safe_code/retail_store_manager_chat",
  "Mgr: opening tomorrow is on you, safe combo is {S}, count the float to $300",
  f"{R.randint(10,60)} right {R.randint(10,60)} left {R.randint(10,60)}")
S("alarm_code/retail_pt_mensagem",
  "Olá Rui, o código do alarme da loja é {S}. Não esqueças de ativar ao sair.",
  code(4))
S("password/school_wifi_fr_affiche",
  "Réseau enseignants : PROF-WIFI — mot de passe : {S} (ne pas communiquer aux élèves)",
  password())
S("card_number/food_delivery_chat_typed_spaces",
  "Customer: my payment failed, card is {S} can you try again?",
  group4(card("5" + str(R.randint(1, 5)))))
S("account_number/utility_call_transcript",
  "AGENT: Can I have the last four of your SSN and your bank account for autopay?\nCALLER: account is {S}, routing 011000138",
  digits(12))
S("tax_id/de_ust_steuernummer_letter",
  "Finanzamt München\nSteuernummer: {S}\nBescheid für 2025 über Einkommensteuer",
  f"{rs(3, DIG)}/{rs(3, DIG)}/{rs(5, DIG)}")
S("access_code/coworking_door_welcome",
  "Welcome to Hive Desk! Your 24/7 door code: {S}. Meeting room booking via the app.",
  code(5) + "*")
S("api_key/airline_ops_weather_feed",
  "WX_FEED_URL=https://wx.example-ops.aero/metar?apikey={S}&stations=EGLL,EHAM",
  rs(24, LOWER_ALNUM))
S("password/municipal_parking_kiosk_nl",
  "Storing parkeerautomaat 14: onderhoudsmenu openen met wachtwoord {S}, daarna 'reset printer'.",
  code(6))
S("gate_code/freight_yard_driver_sms",
  "Driver: arrived at yard gate, what's the code?\nDispatcher: {S} then press call",
  code(4))
S("bank_account/payroll_au_super_form",
  "Super choice form\nBSB: 062-000\nAccount number: {S}\nAccount name: T. Nguyen",
  rs(8, DIG))
S("passport/travel_agent_email_de",
  "Hallo Frau Weber, für die Visa-Beantragung benötige ich noch Ihre Reisepassnummer — danke, erhalten: {S}.",
  "C" + rs(8, "CFGHJKLMNPRTVWXYZ0123456789"))

# ================================================================ INNOCENT
def not_luhn(n: int = 16) -> str:
    while True:
        s = rs(n, DIG)
        if s[0] != "0" and not luhn_ok(s):
            return s


I("booking_ref/airline_pnr", "Your booking reference is QX7TLM. Flight BA0287 LHR→SFO departs 11:40, gate closes 11:20.")
I("tracking/freight_pro_number", f"Load 44812 picked up. PRO# {rs(10, DIG)} — BOL {rs(8, DIG)}. ETA Tuesday 14:00 at DC-3.")
I("tracking/parcel_ups_style", f"Your parcel is on its way. Tracking: 1Z{rs(6, UPPER_ALNUM)}{rs(10, DIG)}")
I("invoice/accounting_invoice_number", "Invoice INV-2026-004417 dated 01 Dec 2026, amount due €1,240.00, payment terms 30 days.")
I("hash/devops_git_commit", f"Merged PR #812 ({rs(40, HEX)}) into main; CI green in 6m12s.")
I("hash/devops_sha256_checksum", f"sha256sum release.tar.gz\n{hashlib.sha256(b'corpus9-release').hexdigest()}  release.tar.gz")
I("uuid/devops_request_id", f"2026-12-06T10:01:22Z INFO request_id={uuid4()} path=/health status=200 dur=3ms")
I("uuid/trace_and_span", f"trace_id={rs(32, HEX)} span_id={rs(16, HEX)} service=checkout")
I("masked_card/fintech_last4", "Card ending in 4412 was charged $18.99 on Nov 30. Card: **** **** **** 4412")
I("masked_card/receipt_x_mask", "VISA XXXXXXXXXXXX8820  APPROVED  AUTH 0K1942")
I("masked_iban/fintech_masked", "Payout sent to DE89 **** **** **** **** 30 (Sparkasse).")
I("masked_ssn/hr_last_four", "SSN on file: ***-**-6612. If this is wrong, contact HR.")
I("placeholder/config_template", "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME\nAPI_KEY=<your-api-key-here>")
I("placeholder/env_example_changeme", "ADMIN_PASSWORD=changeme\nSECRET_KEY=${SECRET_KEY}\nREDIS_PASSWORD=")
I("placeholder/docs_example_key", "Replace YOUR_API_KEY in the request: curl -H 'X-Api-Key: YOUR_API_KEY' https://api.example.com/v1/ping")
I("policy/password_policy_text", "Passwords must be at least 12 characters and include a number and a symbol. Never share your password or one-time code with anyone, including our staff.")
I("policy/otp_warning_sms", "NorthBank will never call you to ask for a code. If someone asks for your PIN, hang up.")
I("policy/door_code_procedure", "Door codes are rotated on the 1st of each month and distributed via the tenant portal only. Do not post codes in group chats.")
I("phone/public_support_number", "Call our support line at +1 (800) 555-0199, Mon–Fri 8–8. UK: 0800 046 1234.")
I("phone/pharmacy_fax", "Fax prescriptions to (555) 010-4433. Pharmacy NPI 1234567893 is listed on our website.")
I("public_key/ssh_pub", f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, ALNUM + '+/')} deploy@ci")
I("public_key/pem_public", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(rs(64, ALNUM + "+/") for _ in range(3)) + "\nIDAQAB\n-----END PUBLIC KEY-----")
I("product_code/sku_and_gtin", "SKU HX-2231-BLK, GTIN 05012345678900, pack of 12. Reorder point 40 units.")
I("serial/field_service_serial_number", f"Unit serial SN {rs(4, UPPER_ALNUM)}-{rs(6, DIG)}, firmware 4.12.7, installed 2023-05-18.")
I("serial/laptop_asset_tag", "Asset tag LT-4471, service tag 7FJK9R3, assigned to J. Doe (Finance).")
I("order_id/food_delivery", "Order FD-55120871 is being prepared. Estimated delivery 19:35. Courier: Amir (blue scooter).")
I("ride_id/ride_hailing_trip", "Trip RH-8823-XQ completed. 6.2 km, 18 min, fare $14.80. Rate your driver!")
I("case_number/call_center", "Your case number is CS-00918273. Please quote it if you call us back.")
I("ticket/helpdesk_incident_number", "INC0098812 assigned to Service Desk L2. Priority P3. SLA breach in 6h.")
I("room_number/hotel", "Guest checked in to room 512, 3 nights, rate code BAR2, breakfast included.")
I("flight/airline_stand_and_flight", "EZY8841 on stand 22, pushback 06:45, 156 pax, 3 wheelchairs requested.")
I("date_time/timestamps_numbers", "Shift 2026-12-06 06:00–14:00, 1,482 scans, 12 exceptions, avg 41.3 s/item.")
I("version/semver_and_build", "Deployed api v3.14.2 (build 20261206.4) to prod-eu; rollback target v3.14.1.")
I("ip_address/private_network", "Printer at 192.168.1.57, gateway 192.168.1.1, DNS 10.0.0.53.")
I("judgement/luhn_valid_but_order_number", f"Marketplace order number {card('9', 16)} shipped via DHL; no payment data in this message.")
I("judgement/digits_not_luhn_shipment", f"Shipment ref {not_luhn(16)} cleared customs in Rotterdam.")
I("judgement/iban_format_invalid_check", "Example IBAN format: DE00 1234 5678 9012 3456 78 (check digits not valid; for documentation).")
I("judgement/known_test_card_in_docs", "For testing use card 4111 1111 1111 1111 with any future expiry; it is a documented test number.")
I("judgement/code_word_discussion", "The alarm keypad needs a 4-digit code; we'll send the new one by the tenant portal, not email.")
I("judgement/password_field_label", "Fields: username, password, confirm password, security question. Password strength: strong.")
I("judgement/pin_length_question", "Customer asked whether the card PIN can be 6 digits instead of 4. Explained that 4 is the standard here.")
I("judgement/otp_expired_no_value", "The verification code you entered has expired. Request a new code.")
I("judgement/git_sha_short", "Bisected to a1b2c3d; reverting. See also commit 9f8e7d6.")
I("judgement/base64_image_prefix", "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"logo\">")
I("judgement/public_bank_details_charity", "Donations welcome — Sort code 00-00-00 is not valid; please use our online form at example.org/donate.")
I("judgement/company_registration", "Acme Logistics GmbH, Amtsgericht München HRB 123456, USt-IdNr. on invoice.")
I("judgement/public_swift_bic", "Our bank's BIC is NWBKGB2L; wire cut-off time is 15:00 London time.")
I("judgement/gate_number_not_code", "Please proceed to Gate 4521 at Terminal 5.")
I("judgement/bip39_words_in_prose", "We need to adapt the action plan: above all, balance the budget and avoid any accident at the airport before april.")
I("judgement/hex_color_and_css", "Brand colors: #1a2b3c, #ffcc00; font-weight 600; line-height 1.4.")
I("judgement/token_field_redacted_already", '{"access_token":"[REDACTED]","token_type":"Bearer","expires_in":3600}')
I("judgement/password_word_in_sentence", "My password manager crashed, so I'm reinstalling it tonight; nothing else to report.")
I("judgement/env_var_name_only", "Set the STRIPE_SECRET_KEY and DATABASE_PASSWORD variables in your CI settings.")
I("judgement/jwt_header_only_docs", "A JWT has three parts: header, payload and signature, separated by dots (xxxxx.yyyyy.zzzzz).")
I("judgement/postcode_and_address", "Deliver to 221B Baker Street, London NW1 6XE. Access via side door.")
I("judgement/license_plate", "Vehicle 8XQK221 returned with 3/4 tank, 18,420 km, no new damage.")
I("judgement/npi_public_registry", "Dr. Kim's NPI is listed in the public NPPES registry; our clinic tax class is 501(c)(3).")
I("judgement/medication_ndc", "Dispensed NDC 00093-7180-56, lot 4K2291, exp 2027-08.")
I("judgement/isbn_and_doi", "See ISBN 978-0-306-40615-7 and doi:10.1000/182 for the method.")
I("judgement/crypto_public_address", f"Deposit address (public): bc1q{rs(38, '023456789acdefghjklmnpqrstuvwxyz')}. Network: Bitcoin.")
I("judgement/tx_hash", f"Withdrawal confirmed, tx hash 0x{rs(64, HEX)} (public on-chain).")
I("judgement/coupon_code_public", "Use code WINTER25 for 25% off all delivery orders this weekend!")
I("judgement/school_course_code", "Enrolled in MATH-201 section 04, room B114, Tue/Thu 10:30.")
I("judgement/municipal_parcel", "Parcel 041-220-17 zoning R-2; hearing on Jan 12 in council chambers.")
I("judgement/phone_extension", "Transfer to ext. 4471 for billing, ext. 2208 for claims.")
I("judgement/locker_number_not_code", "Your parcel is in locker 27 at the station Pack Point.")
I("judgement/spreadsheet_numbers", "Region,Q1,Q2,Q3\nNorth,104220,118300,99120\nSouth,88410,90215,101777")
I("judgement/aws_docs_example_arn", "Policy attached to arn:aws:iam::123456789012:role/ReadOnly (account id from docs).")
I("judgement/de_tax_office_number", "Finanzamt-Nummer 9143 (öffentlich), Öffnungszeiten Mo–Fr 8–12 Uhr.")
I("judgement/pt_text_with_code_word", "O código postal da loja é 1000-001 Lisboa; horário 9h–19h.")
I("judgement/fr_text_with_mot_de_passe", "Le mot de passe doit contenir au moins 12 caractères. Ne le communiquez jamais.")
I("judgement/es_reference_number", "Su número de expediente es EXP-2026/04471. Conserve este número para consultas.")
I("judgement/redacted_log_line", "2026-12-06 11:02:44 INFO login ok user=jdoe password=*** mfa=passed")

SECRETS: tuple[Secret, ...] = tuple(SECRETS_L)
INNOCENT: tuple[Innocent, ...] = tuple(INNOCENT_L)

_ids = [s.id for s in SECRETS] + [i.id for i in INNOCENT]
assert len(_ids) == len(set(_ids)), [x for x in _ids if _ids.count(x) > 1]
for _s in SECRETS:
    assert _s.secret, _s.id
    assert _s.secret in _s.text, _s.id
    assert "{S}" not in _s.text, _s.id
for _i in INNOCENT:
    assert _i.text and "{S}" not in _i.text, _i.id
del _ids

if __name__ == "__main__":
    from collections import Counter
    print(f"{len(SECRETS)} secrets, {len(INNOCENT)} innocent")
    print(Counter(s.id.split("/")[0] for s in SECRETS).most_common())
