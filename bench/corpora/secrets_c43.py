"""Independent test corpus c43 for a secret-redaction filter: multi-turn records and agent notes.

Start time: Mon Dec  7 19:18:01 UTC 2026 (from `date` when work began).

Setting: whole multi-turn records (user / assistant, with tool calls and tool results in between),
in which a secret comes in pieces, is corrected, is dictated slowly (letter by letter or as words),
is read back by the assistant, or comes up again later; plus agents' memory notes, lessons learned
and hand-over notes that sum up what was learned. Everyday life (household, family, health, travel,
shopping, bills) and small-business or developer work.

Totals: 227 SECRETS, 233 INNOCENT.
English: 75 secrets / 75 innocent (32% of all texts). Other languages/scripts: 45.

Counts by language (secrets/innocent):
    en 75/75, de 6/7, es 6/7, fr 6/7, ja 5/6, pt-BR 5/6, ru 5/5, zh 5/5
    ko 4/5, ar 4/4, hi 4/4, hi-Latn 4/4, id 4/4, it 4/4, nl 4/4, tr 4/4
    uk 4/4, vi 4/4, ar-Latn 3/3, bn 3/3, cs 3/3, da 3/3, el 3/3, fa 3/3
    fi 3/3, he 3/3, hu 3/3, no 3/3, pl 3/3, ro 3/3, sv 3/3, sw 3/3
    ta 3/3, th 3/3, tl 3/3, zh-Hant 3/3, bg 2/2, ca 2/2, et 2/2, ka 2/2
    lt 2/2, ms 2/2, pt-PT 2/2, ru-Latn 2/2, sr 2/2, ur 2/2

Counts by setting (secrets/innocent):
    dialogue (multi-turn record with tool calls) 153/174,
    memory (memory note / lesson learned) 45/50,
    handover (hand-over note) 29/9

Scripts: Latin, Cyrillic (ru, uk, sr, bg), Greek, Hebrew, Arabic (ar, fa, ur), Devanagari, Bengali,
Tamil, Thai, Georgian, Han (simplified and traditional), Kana, Hangul. Transliterations and code-switching:
Arabizi (ar-Latn), Hinglish (hi-Latn), Russian in Latin letters (ru-Latn), Taglish, and Serbian
in both scripts.

Labelling choices:
- Each Secret has exactly one `secret`, the span that must not survive. If a value comes in pieces
  and is later put together (read back or in a tool call), the full value is labelled. If it only
  ever shows up in pieces, the most revealing piece is labelled. Other secret material in the same
  text (for example a CVC next to the labelled card number) is left unlabelled. Such material never
  appears in INNOCENT texts.
- For connection strings and URLs with credentials, only the password/key part is labelled. Webhook
  URLs whose path is the secret (Slack, Discord, DingTalk access_token) are labelled as a whole (or by
  the token).
- Check digits are valid: cards (Luhn), IBANs (mod-97, with national BBAN keys for FR/ES/BE/NO),
  BIP39 seed phrases (SHA-256 checksum, real English wordlist), GitHub ghp_ tokens (CRC32), and
  national ids: ES DNI/NIE, IT codice fiscale, FR NIR, DE Steuer-ID and KVNR, NL BSN, PT NIF,
  PL PESEL, SE personnummer, NO fodselsnummer, FI HETU, CZ rodne cislo, RO CNP, GR AMKA, HU TAJ,
  BG EGN, RS JMBG, LT/EE isikukood, TR TCKN, IL teudat zehut, IR kod melli, RU INN/SNILS, UA RNOKPP,
  IN Aadhaar (Verhoeff), CN resident id, TW id, JP My Number, KR RRN, TH id, SG NRIC, AE Emirates
  ID, BR CPF, CL RUT, CA SIN, UK NHS number, AU Medicare. Formats without a check (US SSN, DK CPR,
  passports, VN CCCD, ID NIK, PK CNIC, BD NID) use the right shape.
- Counted as SECRET: passwords, PINs (card, UPI/M-Pesa/GCash/bKash, voicemail, SIM PUK), one-time
  codes (SMS, TAN, BLIK, 3-D Secure), backup and recovery codes, door, locker, alarm, safe and
  keypad codes, security answers, personal bank account numbers and IBANs (including IBANs of
  private persons such as a landlord, a nanny or a relative), card numbers and CVCs, national, tax,
  health-insurance and passport numbers of persons, driver's licence and insurance member ids, API
  keys and tokens, private keys, TOTP seeds, session cookies, webhook signing secrets. A Stripe
  sk_test_ key also counts as a secret, since it still grants API access.
- Counted as INNOCENT (hard look-alikes): company registration, VAT and tax numbers, many of them
  with valid checksums (SIREN, CNPJ, NIP, CVR, Y-tunnus, orgnr, ICO, AFM, OGRN, KR BRN, EIN, GSTIN,
  USCC, ...); IMEI numbers (Luhn-valid, device not person); ISBNs; UPS/USPS/postal tracking
  numbers; booking codes/PNRs/e-tickets; order, invoice, ticket and policy numbers; masked cards
  and IBANs; the well-known documentation placeholders (AKIAIOSFODNN7EXAMPLE, the DE89 3704... sample
  IBAN, Stripe test card 4242..., hooks.slack.com/.../XXXX); publishable pk_live_ keys and GA
  measurement ids (public by design); public ssh keys, PGP/cert fingerprints, crypto donation
  addresses (bech32-valid); commit SHAs, UUIDs, digests, checksums, trace ids, MAC addresses,
  pagination tokens (base64 of non-secret JSON); bank sort codes/BIC/IFSC (same for all customers);
  references to where secrets are stored (vault paths, ${{ secrets.X }}, os.environ[...]) and
  the words password/PIN/token/OTP in sentences with no value.
- Borderline cases: prepaid-electricity "tokens" (PLN/LUKU recharge numbers) occur only inside
  secret texts and are not labelled. Promo/coupon codes, SMS "Ref" identifiers, M-Pesa receipt
  ids and parcel pickup hints without the code itself are innocent. Phone numbers of businesses
  and contacts are innocent. Registration numbers of companies are innocent; the same kind of
  number for a private person (TIN, CPF, PAN, ...) is secret. Masked or partial values
  ("•••• 4417", "card ending 1234", 8-char UUID prefixes) are innocent.
"""
import base64
import hashlib
import json
import random
import string
import zlib
from typing import NamedTuple

_BIP39 = (
    "abandon ability able about above absent absorb abstract absurd abuse access accident account "
    "accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict "
    "address adjust admit adult advance advice aerobic affair afford afraid again age agent agree "
    "ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha "
    "already also alter always amateur amazing among amount amused analyst anchor ancient anger angle "
    "angry animal ankle announce annual another answer antenna antique anxiety any apart apology "
    "appear apple approve april arch arctic area arena argue arm armed armor army around arrange "
    "arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume asthma "
    "athlete atom attack attend attitude attract auction audit august aunt author auto autumn average "
    "avocado avoid awake aware away awesome awful awkward axis baby bachelor bacon badge bag balance "
    "balcony ball bamboo banana banner bar barely bargain barrel base basic basket battle beach bean "
    "beauty because become beef before begin behave behind believe below belt bench benefit best "
    "betray better between beyond bicycle bid bike bind biology bird birth bitter black blade blame "
    "blanket blast bleak bless blind blood blossom blouse blue blur blush board boat body boil bomb "
    "bone bonus book boost border boring borrow boss bottom bounce box boy bracket brain brand brass "
    "brave bread breeze brick bridge brief bright bring brisk broccoli broken bronze broom brother "
    "brown brush bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden burger burst "
    "bus business busy butter buyer buzz cabbage cabin cable cactus cage cake call calm camera camp "
    "can canal cancel candy cannon canoe canvas canyon capable capital captain car carbon card cargo "
    "carpet carry cart case cash casino castle casual cat catalog catch category cattle caught cause "
    "caution cave ceiling celery cement census century cereal certain chair chalk champion change "
    "chaos chapter charge chase chat cheap check cheese chef cherry chest chicken chief child chimney "
    "choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city civil claim clap "
    "clarify claw clay clean clerk clever click client cliff climb clinic clip clock clog close cloth "
    "cloud clown club clump cluster clutch coach coast coconut code coffee coil coin collect color "
    "column combine come comfort comic common company concert conduct confirm congress connect "
    "consider control convince cook cool copper copy coral core corn correct cost cotton couch "
    "country couple course cousin cover coyote crack cradle craft cram crane crash crater crawl crazy "
    "cream credit creek crew cricket crime crisp critic crop cross crouch crowd crucial cruel cruise "
    "crumble crunch crush cry crystal cube culture cup cupboard curious current curtain curve cushion "
    "custom cute cycle dad damage damp dance danger daring dash daughter dawn day deal debate debris "
    "decade december decide decline decorate decrease deer defense define defy degree delay deliver "
    "demand demise denial dentist deny depart depend deposit depth deputy derive describe desert "
    "design desk despair destroy detail detect develop device devote diagram dial diamond diary dice "
    "diesel diet differ digital dignity dilemma dinner dinosaur direct dirt disagree discover disease "
    "dish dismiss disorder display distance divert divide divorce dizzy doctor document dog doll "
    "dolphin domain donate donkey donor door dose double dove draft dragon drama drastic draw dream "
    "dress drift drill drink drip drive drop drum dry duck dumb dune during dust dutch duty dwarf "
    "dynamic eager eagle early earn earth easily east easy echo ecology economy edge edit educate "
    "effort egg eight either elbow elder electric elegant element elephant elevator elite else embark "
    "embody embrace emerge emotion employ empower empty enable enact end endless endorse enemy energy "
    "enforce engage engine enhance enjoy enlist enough enrich enroll ensure enter entire entry "
    "envelope episode equal equip era erase erode erosion error erupt escape essay essence estate "
    "eternal ethics evidence evil evoke evolve exact example excess exchange excite exclude excuse "
    "execute exercise exhaust exhibit exile exist exit exotic expand expect expire explain expose "
    "express extend extra eye eyebrow fabric face faculty fade faint faith fall false fame family "
    "famous fan fancy fantasy farm fashion fat fatal father fatigue fault favorite feature february "
    "federal fee feed feel female fence festival fetch fever few fiber fiction field figure file film "
    "filter final find fine finger finish fire firm first fiscal fish fit fitness fix flag flame "
    "flash flat flavor flee flight flip float flock floor flower fluid flush fly foam focus fog foil "
    "fold follow food foot force forest forget fork fortune forum forward fossil foster found fox "
    "fragile frame frequent fresh friend fringe frog front frost frown frozen fruit fuel fun funny "
    "furnace fury future gadget gain galaxy gallery game gap garage garbage garden garlic garment gas "
    "gasp gate gather gauge gaze general genius genre gentle genuine gesture ghost giant gift giggle "
    "ginger giraffe girl give glad glance glare glass glide glimpse globe gloom glory glove glow glue "
    "goat goddess gold good goose gorilla gospel gossip govern gown grab grace grain grant grape "
    "grass gravity great green grid grief grit grocery group grow grunt guard guess guide guilt "
    "guitar gun gym habit hair half hammer hamster hand happy harbor hard harsh harvest hat have hawk "
    "hazard head health heart heavy hedgehog height hello helmet help hen hero hidden high hill hint "
    "hip hire history hobby hockey hold hole holiday hollow home honey hood hope horn horror horse "
    "hospital host hotel hour hover hub huge human humble humor hundred hungry hunt hurdle hurry hurt "
    "husband hybrid ice icon idea identify idle ignore ill illegal illness image imitate immense "
    "immune impact impose improve impulse inch include income increase index indicate indoor industry "
    "infant inflict inform inhale inherit initial inject injury inmate inner innocent input inquiry "
    "insane insect inside inspire install intact interest into invest invite involve iron island "
    "isolate issue item ivory jacket jaguar jar jazz jealous jeans jelly jewel job join joke journey "
    "joy judge juice jump jungle junior junk just kangaroo keen keep ketchup key kick kid kidney kind "
    "kingdom kiss kit kitchen kite kitten kiwi knee knife knock know lab label labor ladder lady lake "
    "lamp language laptop large later latin laugh laundry lava law lawn lawsuit layer lazy leader "
    "leaf learn leave lecture left leg legal legend leisure lemon lend length lens leopard lesson "
    "letter level liar liberty library license life lift light like limb limit link lion liquid list "
    "little live lizard load loan lobster local lock logic lonely long loop lottery loud lounge love "
    "loyal lucky luggage lumber lunar lunch luxury lyrics machine mad magic magnet maid mail main "
    "major make mammal man manage mandate mango mansion manual maple marble march margin marine "
    "market marriage mask mass master match material math matrix matter maximum maze meadow mean "
    "measure meat mechanic medal media melody melt member memory mention menu mercy merge merit merry "
    "mesh message metal method middle midnight milk million mimic mind minimum minor minute miracle "
    "mirror misery miss mistake mix mixed mixture mobile model modify mom moment monitor monkey "
    "monster month moon moral more morning mosquito mother motion motor mountain mouse move movie "
    "much muffin mule multiply muscle museum mushroom music must mutual myself mystery myth naive "
    "name napkin narrow nasty nation nature near neck need negative neglect neither nephew nerve nest "
    "net network neutral never news next nice night noble noise nominee noodle normal north nose "
    "notable note nothing notice novel now nuclear number nurse nut oak obey object oblige obscure "
    "observe obtain obvious occur ocean october odor off offer office often oil okay old olive "
    "olympic omit once one onion online only open opera opinion oppose option orange orbit orchard "
    "order ordinary organ orient original orphan ostrich other outdoor outer output outside oval oven "
    "over own owner oxygen oyster ozone pact paddle page pair palace palm panda panel panic panther "
    "paper parade parent park parrot party pass patch path patient patrol pattern pause pave payment "
    "peace peanut pear peasant pelican pen penalty pencil people pepper perfect permit person pet "
    "phone photo phrase physical piano picnic picture piece pig pigeon pill pilot pink pioneer pipe "
    "pistol pitch pizza place planet plastic plate play please pledge pluck plug plunge poem poet "
    "point polar pole police pond pony pool popular portion position possible post potato pottery "
    "poverty powder power practice praise predict prefer prepare present pretty prevent price pride "
    "primary print priority prison private prize problem process produce profit program project "
    "promote proof property prosper protect proud provide public pudding pull pulp pulse pumpkin "
    "punch pupil puppy purchase purity purpose purse push put puzzle pyramid quality quantum quarter "
    "question quick quit quiz quote rabbit raccoon race rack radar radio rail rain raise rally ramp "
    "ranch random range rapid rare rate rather raven raw razor ready real reason rebel rebuild recall "
    "receive recipe record recycle reduce reflect reform refuse region regret regular reject relax "
    "release relief rely remain remember remind remove render renew rent reopen repair repeat replace "
    "report require rescue resemble resist resource response result retire retreat return reunion "
    "reveal review reward rhythm rib ribbon rice rich ride ridge rifle right rigid ring riot ripple "
    "risk ritual rival river road roast robot robust rocket romance roof rookie room rose rotate "
    "rough round route royal rubber rude rug rule run runway rural sad saddle sadness safe sail salad "
    "salmon salon salt salute same sample sand satisfy satoshi sauce sausage save say scale scan "
    "scare scatter scene scheme school science scissors scorpion scout scrap screen script scrub sea "
    "search season seat second secret section security seed seek segment select sell seminar senior "
    "sense sentence series service session settle setup seven shadow shaft shallow share shed shell "
    "sheriff shield shift shine ship shiver shock shoe shoot shop short shoulder shove shrimp shrug "
    "shuffle shy sibling sick side siege sight sign silent silk silly silver similar simple since "
    "sing siren sister situate six size skate sketch ski skill skin skirt skull slab slam sleep "
    "slender slice slide slight slim slogan slot slow slush small smart smile smoke smooth snack "
    "snake snap sniff snow soap soccer social sock soda soft solar soldier solid solution solve "
    "someone song soon sorry sort soul sound soup source south space spare spatial spawn speak "
    "special speed spell spend sphere spice spider spike spin spirit split spoil sponsor spoon sport "
    "spot spray spread spring spy square squeeze squirrel stable stadium staff stage stairs stamp "
    "stand start state stay steak steel stem step stereo stick still sting stock stomach stone stool "
    "story stove strategy street strike strong struggle student stuff stumble style subject submit "
    "subway success such sudden suffer sugar suggest suit summer sun sunny sunset super supply "
    "supreme sure surface surge surprise surround survey suspect sustain swallow swamp swap swarm "
    "swear sweet swift swim swing switch sword symbol symptom syrup system table tackle tag tail "
    "talent talk tank tape target task taste tattoo taxi teach team tell ten tenant tennis tent term "
    "test text thank that theme then theory there they thing this thought three thrive throw thumb "
    "thunder ticket tide tiger tilt timber time tiny tip tired tissue title toast tobacco today "
    "toddler toe together toilet token tomato tomorrow tone tongue tonight tool tooth top topic "
    "topple torch tornado tortoise toss total tourist toward tower town toy track trade traffic "
    "tragic train transfer trap trash travel tray treat tree trend trial tribe trick trigger trim "
    "trip trophy trouble truck true truly trumpet trust truth try tube tuition tumble tuna tunnel "
    "turkey turn turtle twelve twenty twice twin twist two type typical ugly umbrella unable unaware "
    "uncle uncover under undo unfair unfold unhappy uniform unique unit universe unknown unlock until "
    "unusual unveil update upgrade uphold upon upper upset urban urge usage use used useful useless "
    "usual utility vacant vacuum vague valid valley valve van vanish vapor various vast vault vehicle "
    "velvet vendor venture venue verb verify version very vessel veteran viable vibrant vicious "
    "victory video view village vintage violin virtual virus visa visit visual vital vivid vocal "
    "voice void volcano volume vote voyage wage wagon wait walk wall walnut want warfare warm warrior "
    "wash wasp waste water wave way wealth weapon wear weasel weather web wedding weekend weird "
    "welcome west wet whale what wheat wheel when where whip whisper wide width wife wild will win "
    "window wine wing wink winner winter wire wisdom wise wish witness wolf woman wonder wood wool "
    "word work world worry worth wrap wreck wrestle wrist write wrong yard year yellow you young "
    "youth zebra zero zone zoo "
).split()
SEED = 43011
R = random.Random(SEED)


class Secret(NamedTuple):
    id: str
    text: str
    secret: str


class Innocent(NamedTuple):
    id: str
    text: str


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
META: dict[str, tuple[str, str]] = {}  # id -> (language, setting)
_COUNT = {"s": 0, "i": 0}


def S(lang: str, setting: str, text: str, secret: str) -> None:
    _COUNT["s"] += 1
    sid = f"c43-s{_COUNT['s']:03d}-{lang}"
    text = text.strip("\n")
    SECRETS.append(Secret(sid, text, secret))
    META[sid] = (lang, setting)


def I(lang: str, setting: str, text: str) -> None:
    _COUNT["i"] += 1
    iid = f"c43-i{_COUNT['i']:03d}-{lang}"
    text = text.strip("\n")
    INNOCENT.append(Innocent(iid, text))
    META[iid] = (lang, setting)


# ---------------------------------------------------------------- generic random
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"


def rs(alpha: str, n: int) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


def digits(n: int, first_nonzero: bool = True) -> str:
    s = rs(string.digits, n)
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def hexs(n: int) -> str:
    return rs(HEX, n)


def uuid4() -> str:
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64(raw: bytes, url: bool = False) -> str:
    f = base64.urlsafe_b64encode if url else base64.b64encode
    return f(raw).decode()


def rbytes(n: int) -> bytes:
    return bytes(R.randrange(256) for _ in range(n))


def group(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- Luhn family
def luhn_sum(num: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total


def luhn_ok(num: str) -> bool:
    return luhn_sum(num) % 10 == 0


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + rs(string.digits, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(kind: str = "visa") -> str:
    if kind == "visa":
        return luhn_complete("4" + digits(5, False), 16)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)) + digits(4, False), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]) + digits(4, False), 15)
    if kind == "mir":
        return luhn_complete("220" + str(R.randint(0, 4)), 16)
    if kind == "unionpay":
        return luhn_complete("62" + digits(4, False), 16)
    if kind == "jcb":
        return luhn_complete("35" + str(R.randint(28, 89)), 16)
    raise ValueError(kind)


def expiry() -> str:
    return f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"


def cvc(n: int = 3) -> str:
    return rs(string.digits, n)


def imei() -> str:
    return luhn_complete(R.choice(["35", "86", "01"]) + digits(6, False), 15)


def siren() -> str:
    return luhn_complete(str(R.randint(3, 9)), 9)


# ---------------------------------------------------------------- IBAN
def _alnum_to_int(s: str) -> str:
    return "".join(str(int(ch, 36)) for ch in s)


def iban(cc: str, bban: str) -> str:
    n = int(_alnum_to_int(bban + cc + "00"))
    chk = 98 - n % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return int(_alnum_to_int(s[4:] + s[:4])) % 97 == 1


def es_ccc() -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    bank, branch, acct = digits(4), digits(4), digits(10, False)

    def dc(ds: str) -> str:
        v = 11 - sum(int(a) * b for a, b in zip(ds, w)) % 11
        return str({11: 0, 10: 1}.get(v, v))

    return bank + branch + dc("00" + bank + branch) + dc(acct) + acct


def fr_rib() -> str:
    bank, branch, acct = digits(5), digits(5), digits(11, False)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return f"{bank}{branch}{acct}{key:02d}"


def be_bban() -> str:
    first = digits(10)
    c = int(first) % 97 or 97
    return f"{first}{c:02d}"


def no_bban() -> str:
    while True:
        b = digits(10)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
        if r == 10:
            continue
        return b + str(0 if r == 11 else r)


def make_iban(cc: str) -> str:
    if cc == "DE":
        return iban("DE", digits(8) + digits(10, False))
    if cc == "FR":
        return iban("FR", fr_rib())
    if cc == "ES":
        return iban("ES", es_ccc())
    if cc == "BE":
        return iban("BE", be_bban())
    if cc == "NO":
        return iban("NO", no_bban())
    if cc == "NL":
        return iban("NL", R.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digits(10, False))
    if cc == "GB":
        return iban("GB", R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(6) + digits(8, False))
    if cc == "IT":
        return iban("IT", R.choice(string.ascii_uppercase) + digits(5) + digits(5) + digits(12, False))
    if cc == "PL":
        return iban("PL", digits(8) + digits(16, False))
    if cc == "PT":
        return iban("PT", digits(4) + digits(4) + digits(11, False) + digits(2, False))
    if cc == "AT":
        return iban("AT", digits(5) + digits(11, False))
    if cc == "CH":
        return iban("CH", digits(5) + digits(12, False))
    if cc == "SE":
        return iban("SE", digits(3) + digits(17, False))
    if cc == "FI":
        return iban("FI", digits(6) + digits(8, False))
    if cc == "TR":
        return iban("TR", digits(5) + "0" + digits(16, False))
    if cc == "SA":
        return iban("SA", digits(2) + digits(18, False))
    if cc == "AE":
        return iban("AE", digits(3) + digits(16, False))
    if cc == "RO":
        return iban("RO", R.choice(["BTRL", "RNCB", "INGB", "BRDE"]) + rs(string.ascii_uppercase + string.digits, 16))
    if cc == "GR":
        return iban("GR", digits(3) + digits(4) + digits(16, False))
    if cc == "CZ":
        return iban("CZ", digits(4) + digits(16, False))
    if cc == "HU":
        return iban("HU", digits(24))
    if cc == "DK":
        return iban("DK", digits(4) + digits(10, False))
    if cc == "IL":
        return iban("IL", digits(6) + digits(13, False))
    if cc == "UA":
        return iban("UA", digits(6) + digits(19, False))
    if cc == "BR":
        return iban("BR", digits(8) + digits(5) + digits(10, False) + "C1")
    if cc == "LT":
        return iban("LT", digits(5) + digits(11, False))
    if cc == "HR":
        return iban("HR", digits(7) + digits(10, False))
    raise ValueError(cc)


def iban_fmt(s: str) -> str:
    return group(s, 4, " ")


# ---------------------------------------------------------------- national ids
def mod11_w(ds: str, w: list[int]) -> int:
    return sum(int(a) * b for a, b in zip(ds, w)) % 11


def dni_es() -> str:
    n = digits(8, False)
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def nie_es() -> str:
    p = R.choice("XYZ")
    n = digits(7, False)
    return p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + n) % 23]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                    11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _cf_even(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - 65


def codice_fiscale(sur: str, name: str, yy: int, month: int, day: int, female: bool, town: str) -> str:
    cons = lambda s: [c for c in s.upper() if c.isalpha() and c not in "AEIOU"]
    vows = lambda s: [c for c in s.upper() if c in "AEIOU"]
    s = (cons(sur) + vows(sur) + ["X"] * 3)[:3]
    nc = cons(name)
    n = ([nc[0], nc[2], nc[3]] if len(nc) >= 4 else (nc + vows(name) + ["X"] * 3)[:3])
    body = "".join(s) + "".join(n) + f"{yy:02d}" + "ABCDEHLMPRST"[month - 1] + f"{day + (40 if female else 0):02d}" + town
    tot = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(body))
    return body + chr(65 + tot % 26)


def nif_pt() -> str:
    b = str(R.choice([1, 2])) + digits(7, False)
    r = sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
    return b + str(0 if r < 2 else 11 - r)


def bsn_nl() -> str:
    while True:
        b = digits(8)
        s = sum(int(a) * w for a, w in zip(b, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return b + str(c)


def be_nn() -> str:
    yy, mm, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    seq = R.randint(1, 997)
    base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
    c = 97 - int(base) % 97
    return f"{yy:02d}.{mm:02d}.{dd:02d}-{seq:03d}.{c:02d}"


def pesel() -> str:
    yy, mm, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    b = f"{yy:02d}{mm:02d}{dd:02d}" + digits(4, False)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return b + str((10 - sum(int(a) * x for a, x in zip(b, w)) % 10) % 10)


def personnummer_se() -> str:
    yy, mm, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    b = f"{yy:02d}{mm:02d}{dd:02d}" + digits(3, False)
    for c in "0123456789":
        if luhn_ok(b + c):
            return f"19{b[:6]}-{b[6:]}{c}"
    raise AssertionError


def fnr_no() -> str:
    while True:
        d = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}" + digits(3, False)
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * b for a, b in zip(d, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d2 = d + str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(a) * b for a, b in zip(d2, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return d2 + str(k2)


def hetu_fi() -> str:
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(60, 99)
    z = R.randint(2, 899)
    n = int(f"{dd:02d}{mm:02d}{yy:02d}{z:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{z:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]


def cpr_dk() -> str:
    return f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}-{digits(4, False)}"


def nir_fr() -> str:
    sex = R.choice("12")
    b = sex + f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}" + f"{R.randint(1, 95):02d}" + digits(3, False) + digits(3, False)
    key = 97 - int(b) % 97
    return f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {key:02d}"


def steuer_id_de() -> str:
    while True:
        ds = R.sample("0123456789", 9)
        dup = R.choice(ds)
        ds.insert(R.randint(0, 9), dup)
        b = "".join(ds)
        if b[0] == "0":
            continue
        p = 10
        for ch in b:
            s = (int(ch) + p) % 10 or 10
            p = (s * 2) % 11
        c = 11 - p
        if c == 10:
            c = 0
        return b + str(c)


def kvnr_de() -> str:
    letter = R.choice(string.ascii_uppercase)
    b = f"{ord(letter) - 64:02d}" + digits(8, False)
    tot = 0
    for i, ch in enumerate(b):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return letter + b[2:] + str(tot % 10)


def cpf_br(fmt: bool = True) -> str:
    b = digits(9, False)
    s1 = sum(int(a) * w for a, w in zip(b, range(10, 1, -1))) % 11
    d1 = 0 if s1 < 2 else 11 - s1
    b2 = b + str(d1)
    s2 = sum(int(a) * w for a, w in zip(b2, range(11, 1, -1))) % 11
    d2 = 0 if s2 < 2 else 11 - s2
    n = b2 + str(d2)
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if fmt else n


def rut_cl() -> str:
    n = R.randint(8_000_000, 24_999_999)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(r, str(r))
    return f"{n:,}".replace(",", ".") + "-" + dv


_CURP_AL = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_mx() -> str:
    body = (rs("BCDFGHJKLMNPRSTVZ", 1) + rs("AEIOU", 1) + rs("BCDFGHJLMNPRSTVZ", 2) +
            f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + R.choice("HM") +
            R.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC"]) + rs("BCDFGHJKLMNPRSTVZ", 3) + "0")
    s = sum(_CURP_AL.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar() -> str:
    b = str(R.randint(2, 9)) + digits(10, False)
    c = 0
    for i, ch in enumerate(reversed(b)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    n = b + str(_VINV[c])
    assert verhoeff_ok(n)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def pan_in(surname: str) -> str:
    return rs(string.ascii_uppercase, 3) + "P" + surname[0].upper() + digits(4) + rs(string.ascii_uppercase, 1)


def cn_id() -> str:
    area = R.choice(["110105", "310115", "440305", "510107", "330106", "420102"])
    b = area + f"{R.randint(1965, 2002)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + digits(3, False)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(a) * x for a, x in zip(b, w)) % 11]


def my_number_jp() -> str:
    b = digits(11, False)
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    n = b + str(c)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def rrn_kr() -> str:
    b = f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + R.choice("12") + digits(5, False)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
    n = b + str(c)
    return n[:6] + "-" + n[6:]


def tckn_tr() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tz_il() -> str:
    return luhn_complete(digits(1), 9)


def za_id() -> str:
    return luhn_complete(f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + digits(4, False) + "08", 13)


def amka_gr() -> str:
    return luhn_complete(f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}", 11)


def cnp_ro() -> str:
    b = R.choice("12") + f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + f"{R.randint(1, 46):02d}" + digits(3, False)
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    c = sum(int(a) * x for a, x in zip(b, w)) % 11
    return b + str(1 if c == 10 else c)


def rc_cz() -> str:
    while True:
        b = f"{R.randint(60, 99):02d}{R.randint(1, 12) + R.choice([0, 50]):02d}{R.randint(1, 28):02d}" + digits(3, False)
        c = int(b) % 11
        if c < 10:
            return b[:6] + "/" + b[6:] + str(c)


def inn_ru() -> str:
    b = R.choice(["77", "78", "50", "66", "16"]) + digits(8, False)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * x for a, x in zip(b, w1)) % 11 % 10
    b += str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(a) * x for a, x in zip(b, w2)) % 11 % 10
    return b + str(c2)


def snils_ru() -> str:
    b = digits(9)
    s = sum(int(a) * w for a, w in zip(b, range(9, 0, -1)))
    c = s % 101
    c = 0 if c == 100 else c
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def rnokpp_ua() -> str:
    b = digits(9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b + str(sum(int(a) * x for a, x in zip(b, w)) % 11 % 10)


def th_id() -> str:
    b = str(R.randint(1, 8)) + digits(11, False)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(b)) % 11) % 10
    n = b + str(c)
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def nhs_uk() -> str:
    while True:
        b = digits(9)
        c = 11 - sum(int(a) * w for a, w in zip(b, range(10, 1, -1))) % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        n = b + str(c)
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def medicare_au() -> str:
    b = str(R.randint(2, 6)) + digits(7, False)
    c = sum(int(a) * w for a, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return f"{b[:4]} {b[4:]}{c} {R.randint(1, 9)}"


def sin_ca() -> str:
    n = luhn_complete(str(R.randint(1, 7)), 9)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def ssn_us() -> str:
    a = R.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def nino_uk() -> str:
    return rs("ABCEGHJKLMNPRSTWXYZ", 1) + rs("ABCEGHJKLMNPRSTWXYZ", 1) + digits(6, False) + R.choice("ABCD")


def cuil_ar() -> str:
    while True:
        pre = R.choice(["20", "27", "23"])
        dni = f"{R.randint(20_000_000, 45_000_000)}"
        b = pre + dni
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
        if r == 10:
            continue
        return f"{pre}-{dni}-{0 if r == 11 else r}"


def nik_id() -> str:
    return R.choice(["3171", "3273", "3578", "5171"]) + digits(2, False) + f"{R.randint(1, 28) + R.choice([0, 40]):02d}{R.randint(1, 12):02d}{R.randint(70, 99):02d}" + digits(4, False)


def cccd_vn() -> str:
    return R.choice(["001", "079", "048", "031"]) + R.choice("0123") + f"{R.randint(70, 99):02d}" + digits(6, False)


def emirates_id() -> str:
    n = luhn_complete("784" + str(R.randint(1970, 2002)) + digits(7, False), 15)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"


def nric_sg() -> str:
    ds = digits(7, False)
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * x for a, x in zip(ds, w))
    return "S" + ds + "JZIHGFEDCBA"[s % 11]


def passport_generic() -> str:
    return rs("CFGHJKLMNPRTVWXYZ", 1) + rs("CFGHJKLMNPRTVWXYZ0123456789", 8)


# ---------------------------------------------------------------- tokens
def _b62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_token(prefix: str = "ghp") -> str:
    body = rs(ALNUM, 30)
    return f"{prefix}_{body}{_b62(zlib.crc32(body.encode()), 6)}"


def gh_fine() -> str:
    return "github_pat_11" + rs(string.ascii_uppercase + string.digits, 20) + "_" + rs(ALNUM, 59)


def glpat() -> str:
    return "glpat-" + rs(ALNUM + "-_", 20)


def aws_pair() -> tuple[str, str]:
    return "AKIA" + rs(string.ascii_uppercase + "234567", 16), rs(ALNUM + "+/", 40)


def slack_bot() -> str:
    return f"xoxb-{digits(11)}-{digits(13)}-{rs(ALNUM, 24)}"


def slack_user() -> str:
    return f"xoxp-{digits(11)}-{digits(11)}-{digits(13)}-{hexs(32)}"


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(string.ascii_uppercase + string.digits, 10)}/B{rs(string.ascii_uppercase + string.digits, 10)}/{rs(ALNUM, 24)}"


def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/{rs(ALNUM + '-_', 68)}"


def stripe_sk(mode: str = "live") -> str:
    return f"sk_{mode}_51{rs(ALNUM, 22)}{rs(ALNUM, 75)}"


def stripe_whsec() -> str:
    return "whsec_" + rs(ALNUM, 32)


def openai_key() -> str:
    return "sk-proj-" + rs(ALNUM + "-_", 74) + "T3BlbkFJ" + rs(ALNUM + "-_", 74)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(ALNUM + "-_", 93) + "AA"


def google_key() -> str:
    return "AIza" + rs(ALNUM + "-_", 35)


def sendgrid() -> str:
    return "SG." + rs(ALNUM + "-_", 22) + "." + rs(ALNUM + "-_", 43)


def twilio() -> tuple[str, str]:
    return "AC" + hexs(32), hexs(32)


def npm_token() -> str:
    return "npm_" + rs(ALNUM, 36)


def pypi_token() -> str:
    return "pypi-AgEIcHlwaS5vcmc" + rs(B64U, 120)


def tg_bot() -> str:
    return f"{R.randint(5_000_000_000, 7_999_999_999)}:AA{rs(ALNUM + '-_', 33)}"


def hf_token() -> str:
    return "hf_" + rs(ALNUM, 34)


def mailgun() -> str:
    return "key-" + hexs(32)


def shopify() -> str:
    return "shpat_" + hexs(32)


def jwt(payload: dict) -> str:
    h = b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode(), True).rstrip("=")
    p = b64(json.dumps(payload, separators=(",", ":")).encode(), True).rstrip("=")
    return f"{h}.{p}.{b64(rbytes(32), True).rstrip('=')}"


def pem_lines(n: int = 4) -> list[str]:
    return [b64(rbytes(48)) for _ in range(n)]


def totp_seed(n: int = 32) -> str:
    return rs(B32, n)


def bip39(n_words: int = 12) -> str:
    ent_bits = n_words * 11 * 32 // 33
    ent = rbytes(ent_bits // 8)
    cs = ent_bits // 32
    h = hashlib.sha256(ent).digest()
    bits = bin(int.from_bytes(ent, "big"))[2:].zfill(ent_bits) + bin(h[0])[2:].zfill(8)[:cs]
    return " ".join(_BIP39[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11))


def bip39_ok(phrase: str) -> bool:
    ws = phrase.split()
    bits = "".join(bin(_BIP39.index(w))[2:].zfill(11) for w in ws)
    cs = len(bits) // 33
    ent = int(bits[:-cs], 2).to_bytes((len(bits) - cs) // 8, "big")
    return bin(hashlib.sha256(ent).digest()[0])[2:].zfill(8)[:cs] == bits[-cs:]


def pw(n: int = 14) -> str:
    chars = ALNUM + "!#%&*+-=?@^_"
    while True:
        p = rs(chars, n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(not c.isalnum() for c in p):
            return p


def otp(n: int = 6) -> str:
    return rs(string.digits, n)


def recovery_codes(k: int = 4) -> list[str]:
    return [f"{rs(HEX, 5)}-{rs(HEX, 5)}" for _ in range(k)]


# ---------------------------------------------------------------- innocent generators
def sha1() -> str:
    return hexs(40)


def sha256() -> str:
    return hexs(64)


def ssh_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(rbytes(32))[:43]


def eth_addr() -> str:
    return "0x" + hexs(40)


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech_polymod(values: list[int]) -> int:
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def btc_bech32() -> str:
    hrp = "bc"
    data = [0] + [R.randrange(32) for _ in range(32)]
    hx = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech_polymod(hx + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def ups_tracking() -> str:
    body = rs(string.ascii_uppercase + string.digits, 6) + digits(9, False)
    body = "1Z" + body[:6] + R.choice(["01", "02", "03"]) + body[8:15]
    vals = []
    for ch in body[2:]:
        vals.append(int(ch) if ch.isdigit() else (ord(ch) - 63) % 10)
    s = sum(v * (2 if i % 2 else 1) for i, v in enumerate(vals))
    return body + str((10 - s % 10) % 10)


def isbn13() -> str:
    b = "978" + digits(9, False)
    s = sum(int(a) * (1 if i % 2 == 0 else 3) for i, a in enumerate(b))
    return b + str((10 - s % 10) % 10)


def ean13(prefix: str = "40") -> str:
    b = prefix + digits(12 - len(prefix), False)
    s = sum(int(a) * (1 if i % 2 == 0 else 3) for i, a in enumerate(b))
    return b + str((10 - s % 10) % 10)


def pnr() -> str:
    return rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def eticket() -> str:
    return R.choice(["176", "220", "057", "125", "074", "157"]) + digits(10, False)


def ip_priv() -> str:
    return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def phone(cc: str) -> str:
    return {
        "de": f"+49 30 {digits(8)}", "fr": f"+33 6 {group(digits(8), 2)}", "es": f"+34 6{digits(2)} {digits(3)} {digits(3)}",
        "it": f"+39 3{digits(2)} {digits(3)} {digits(4)}", "us": f"+1 ({R.randint(201, 989)}) {R.randint(200, 999)}-{digits(4, False)}",
        "uk": f"+44 7{digits(3)} {digits(6)}", "br": f"+55 11 9{digits(4)}-{digits(4, False)}", "jp": f"090-{digits(4)}-{digits(4, False)}",
        "in": f"+91 9{digits(4)} {digits(5, False)}", "ru": f"+7 9{digits(2)} {digits(3)}-{digits(2, False)}-{digits(2, False)}",
        "kr": f"010-{digits(4)}-{digits(4, False)}", "cn": f"+86 13{digits(1)} {digits(4)} {digits(4, False)}",
        "tr": f"+90 5{digits(2)} {digits(3)} {digits(2)} {digits(2, False)}", "pl": f"+48 {digits(3)} {digits(3)} {digits(3)}",
        "nl": f"+31 6 {digits(8)}", "se": f"070-{digits(3)} {digits(2)} {digits(2, False)}",
    }[cc]


# ---------------------------------------------------------------- business ids (innocent, checksum-valid)
def nip_pl() -> str:
    while True:
        b = digits(9)
        c = sum(int(a) * w for a, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            return b + str(c)


def orgnr_no() -> str:
    while True:
        b = R.choice("89") + digits(7, False)
        r = 11 - sum(int(a) * w for a, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r == 10:
            continue
        return b + str(0 if r == 11 else r)


def cvr_dk() -> str:
    while True:
        b = digits(7)
        s = sum(int(a) * w for a, w in zip(b, [2, 7, 6, 5, 4, 3, 2]))
        c = (-s) % 11
        if c < 10:
            return b + str(c)


def ytunnus_fi() -> str:
    while True:
        b = digits(7)
        r = sum(int(a) * w for a, w in zip(b, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r == 1:
            continue
        return f"{b}-{0 if r == 0 else 11 - r}"


def orgnr_se() -> str:
    n = luhn_complete(R.choice(["55", "556", "559"]) + digits(2, False), 10)
    return f"{n[:6]}-{n[6:]}"


def ico_cz() -> str:
    b = digits(7)
    r = sum(int(a) * w for a, w in zip(b, range(8, 1, -1))) % 11
    return b + str((11 - r) % 10)


def cnpj_br() -> str:
    b = digits(8) + "0001"
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * w for a, w in zip(b, w1)) % 11
    b += str(0 if r < 2 else 11 - r)
    w2 = [6] + w1
    r = sum(int(a) * w for a, w in zip(b, w2)) % 11
    b += str(0 if r < 2 else 11 - r)
    return f"{b[:2]}.{b[2:5]}.{b[5:8]}/{b[8:12]}-{b[12:]}"


def afm_gr() -> str:
    b = R.choice("0789") + digits(7, False)
    s = sum(int(a) * 2 ** (8 - i) for i, a in enumerate(b))
    return b + str(s % 11 % 10)


def ogrn_ru() -> str:
    b = "1" + R.choice(["02", "03", "05", "11", "17"]) + R.choice(["77", "78", "50"]) + digits(7, False)
    return b + str(int(b) % 11 % 10)


def brn_kr() -> str:
    b = digits(9)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * x for a, x in zip(b, w)) + int(b[8]) * 5 // 10
    c = (10 - s % 10) % 10
    n = b + str(c)
    return f"{n[:3]}-{n[3:5]}-{n[5:]}"

_BIP39_COMMON = [w for w in _BIP39 if 4 <= len(w) <= 7]

# ============================================================ English — secrets
_p = pw(12)
S("en", "dialogue", f"""
user: can you log into the router admin page for me? it's at 192.168.0.1
assistant: Sure. What's the admin password?
user: it's {_p[:5]}... hang on, the sticker is half peeled off
user: ok got it, full thing is {_p}
tool_call: browser.fill({{"selector": "#admin_pwd", "value": "{_p}"}})
tool_result: {{"status": 200, "title": "Status > Overview", "firmware": "V1.0.11 Build 230412"}}
assistant: I'm in. Firmware V1.0.11 is installed and there's an update to 1.0.14 available.
""", _p)

_w = rs(string.ascii_uppercase, 2) + digits(2) + rs(string.ascii_lowercase, 4) + digits(3)
_spoken = ", ".join(("capital " + c) if c.isupper() else c for c in _w)
S("en", "dialogue", f"""
user: my sister's coming over, can you text her the wifi details? network is "Hollis_5G"
assistant: Of course — what's the Wi-Fi password?
user: reading it off the box: {_spoken}
assistant: So that's {_w} — correct?
user: yep
tool_call: sms.send({{"to": "Maya", "body": "Wifi: Hollis_5G / pw {_w}"}})
tool_result: {{"sent": true, "segments": 1}}
""", _w)

_c = card("visa")
S("en", "dialogue", f"""
user: renew the domain on namecheap, use my visa
assistant: I need the card number to complete checkout. Expiry and CVC too.
user: {_c[:4]} {_c[4:8]}
user: {_c[8:12]} {_c[12:]}   exp {expiry()}
assistant: Got it. And the 3-digit code on the back?
user: {cvc()}
tool_call: checkout.pay({{"card_number": "{_c}", "amount": "14.58 USD"}})
tool_result: {{"ok": true, "order": "NC-{digits(8)}"}}
assistant: Paid. example-garden.net is renewed until next year.
""", _c)

_cv = cvc()
S("en", "dialogue", f"""
user: the checkout on the vet site is asking for the security code again
assistant: The saved card is Mastercard ending {digits(4)}. Do you want me to reuse it?
user: yes. cvc {_cv}
tool_call: browser.fill({{"selector": "input[name=cvc]", "value": "{_cv}"}})
tool_result: {{"filled": true}}
tool_call: browser.click({{"selector": "#place-order"}})
tool_result: {{"status": "Payment authorised", "ref": "VET-{digits(6)}"}}
assistant: Done — the flea treatment is ordered and payment went through.
""", _cv)

_g = gh_token()
S("en", "dialogue", f"""
user: set up the release workflow for the repo, here's a token with repo scope {_g}
assistant: Thanks. I'll store it as an Actions secret rather than putting it in the workflow file.
tool_call: shell.run({{"cmd": "gh secret set RELEASE_TOKEN --repo lnbrk/tidepool --body '{_g}'"}})
tool_result: ✓ Set Actions secret RELEASE_TOKEN for lnbrk/tidepool
assistant: Secret set. The workflow references it as secrets.RELEASE_TOKEN.
user: great, and delete it from your notes after
""", _g)

_ak, _sk = aws_pair()
S("en", "dialogue", f"""
user: why does `aws s3 ls` say access denied on my laptop?
assistant: Let me check which credentials the CLI is picking up.
tool_call: shell.run({{"cmd": "cat ~/.aws/credentials"}})
tool_result:
[default]
aws_access_key_id = {_ak}
aws_secret_access_key = {_sk}
assistant: The default profile is using an IAM user key, not your SSO role. Run `aws sso login --profile work` instead.
""", _sk)

_p = pw(13)
S("en", "memory", f"""
memory/user_prefs.md — household accounts
- Landlord portal (rentcafe): login is dana.okafor@fastmail.com, password {_p}
- Rent is due on the 1st; autopay is OFF on purpose, user pays manually.
- User asked me to remind her 3 days before.
""", _p)

_dc = digits(4)
S("en", "handover", f"""
Handover note for the evening shift assistant:
The courier for Mr. Albers arrives between 6 and 8 pm. He can't answer the door himself.
Tell the courier to use the side gate; keypad code is {_dc}# and the parcel goes in the grey box.
Don't give the code to anyone else — Albers was clear about that.
""", _dc)

_o = otp()
S("en", "dialogue", f"""
assistant: I've submitted the login for your council tax account. They sent a verification code by text.
user: got it, {_o}
tool_call: browser.fill({{"selector": "#otp", "value": "{_o}"}})
tool_result: {{"status": "authenticated", "account": "Band C"}}
assistant: Logged in. Your next instalment is £148.00 on the 15th.
""", _o)

_codes = [f"{digits(4, False)} {digits(4, False)}" for _ in range(6)]
_line = "   ".join(_codes)
S("en", "dialogue", f"""
user: I'm about to lose my phone contract, need to save the google backup codes somewhere
user: {_line}
assistant: These are single-use backup codes for your Google account. I'd strongly suggest keeping them in your password manager rather than here.
user: fine, put them in bitwarden then
tool_call: bitwarden.create_note({{"name": "Google backup codes", "notes": "{_line}"}})
tool_result: {{"id": "{uuid4()}", "created": true}}
""", _line)

_seed = bip39(12)
S("en", "dialogue", f"""
user: ok writing down my metamask recovery phrase so you can keep it safe for me
user: {_seed}
assistant: I'd rather not keep this — anyone with these 12 words can drain the wallet. Please write it on paper and store it offline.
user: it's fine, you're my assistant
assistant: I understand, but I won't save it to memory. I'll note only that the phrase exists and is kept on paper in your desk drawer.
""", _seed)

_dbp = pw(18).replace("@", "x").replace("#", "y").replace("%", "z").replace("&", "k").replace("?", "q").replace("+", "p").replace("=", "e")
S("en", "dialogue", f"""
user: the staging app can't connect to the db since the move
tool_call: shell.run({{"cmd": "grep DATABASE_URL .env.staging"}})
tool_result: DATABASE_URL=postgres://app_rw:{_dbp}@pg-staging.internal:5432/ledger?sslmode=require
assistant: The host is still pg-staging.internal, but DNS moved to pg-stg-01.int.example.net last week.
user: yep that's it, update it
tool_call: shell.run({{"cmd": "sed -i 's/pg-staging.internal/pg-stg-01.int.example.net/' .env.staging"}})
tool_result: (no output)
""", _dbp)

_sk1, _sk2 = stripe_sk("test"), stripe_sk("live")
S("en", "dialogue", f"""
user: payments are failing in prod, key is {_sk1}
assistant: That's a test-mode key (sk_test_…); production needs the live secret key.
user: oh crap, right. live one: {_sk2}
tool_call: secrets.put({{"path": "prod/payments/STRIPE_SECRET_KEY", "value": "{_sk2}"}})
tool_result: {{"version": 7}}
assistant: Updated to version 7 and restarted the payments pod.
""", _sk2)

_h = slack_hook()
S("en", "handover", f"""
HANDOVER — deploy notifications
- Build bot posts to #deploys via incoming webhook: {_h}
- If it starts 404ing, the Slack app was probably reinstalled; ask Priya for a new URL.
- Alert thresholds unchanged (p95 > 800ms for 5 min).
""", _h)

_ssn = ssn_us()
S("en", "dialogue", f"""
user: help me fill out the W-4 for the new job
assistant: Sure. I'll need your name, address, filing status and SSN.
user: Jordan Reyes, 414 Alder St Apt 2, Tacoma WA 98403, single
user: SSN starts {_ssn[:3]}, then {_ssn[4:6]}, last four {_ssn[7:]}
assistant: So SSN {_ssn} — I'll enter that in box 1b.
tool_call: pdf.fill({{"form": "fw4.pdf", "fields": {{"1a": "Jordan Reyes", "1b": "{_ssn}", "1c": "Single"}}}})
tool_result: {{"saved": "fw4_filled.pdf"}}
""", _ssn)

_pp = digits(9)
S("en", "dialogue", f"""
user: check me in for the flight tomorrow, BA0117 LHR-JFK
assistant: The airline needs passport details for APIS. Can you give me your passport number and expiry?
user: {_pp}, expires 2031-05-19, issued by USA
tool_call: airline.apis({{"pnr": "{pnr()}", "passport_no": "{_pp}", "nationality": "USA", "expiry": "2031-05-19"}})
tool_result: {{"checked_in": true, "seat": "34K"}}
assistant: Checked in, seat 34K. Boarding pass is in your email.
""", _pp)

S("en", "memory", """
Security questions used by the user for the electricity account (she asked me to remember):
Q: Name of your first pet?  A: Marmalade
Q: Street you grew up on?  (not set)
""", "Marmalade")

_lk = f"{R.randint(0, 39):02d}-{R.randint(0, 39):02d}-{R.randint(0, 39):02d}"
S("en", "dialogue", f"""
user: remind me what my locker combo at the gym is
assistant: You told me on Tuesday: {_lk}.
user: legend
assistant: Also, your membership renews on the 28th.
""", _lk)

_al = digits(4)
S("en", "dialogue", f"""
user: alarm company says the panel needs resetting after the power cut
assistant: Last month you disarmed it with the code you gave me — {_al}. Want me to walk you through the reset?
user: yes please
assistant: Press * then 8, enter {_al}, then hold # for 3 seconds until the green light flashes.
user: done, it's green
""", _al)

_tg = tg_bot()
S("en", "dialogue", f"""
user: made a telegram bot with botfather for the plant watering thing
user: token: {_tg}
tool_call: file.write({{"path": "~/plantbot/config.toml", "content": "[telegram]\\ntoken = \\"{_tg}\\"\\nchat_id = 55102931\\n"}})
tool_result: {{"bytes": 78}}
assistant: Config written. Run `python bot.py` and send /start to the bot.
""", _tg)

_oa = openai_key()
S("en", "dialogue", f"""
user: my script says 401 Unauthorized from openai
tool_call: shell.run({{"cmd": "env | grep -i openai"}})
tool_result: OPENAI_API_KEY={_oa}
OPENAI_ORG=org-Rq1x0aPzLwJ7
assistant: The key is set. A 401 usually means it was revoked — check the Usage page for whether this project key is still active.
""", _oa)

_jw = jwt({"sub": "u_" + digits(6), "role": "admin", "exp": 1767225600})
S("en", "dialogue", f"""
user: the admin dashboard returns 403 for the export endpoint, can you reproduce?
tool_call: shell.run({{"cmd": "curl -s -H 'Authorization: Bearer {_jw}' https://api.shopline.dev/v2/exports"}})
tool_result: {{"error": "forbidden", "reason": "scope export:read missing"}}
assistant: The token has role=admin but lacks the export:read scope. The role→scope mapping in auth-service needs updating.
""", _jw)

_sc = rs(ALNUM, 32)
S("en", "dialogue", f"""
user: I'm stuck on the supplier portal, it keeps logging me out. here's the cookie from devtools if that helps: sessionid={_sc}
assistant: I'll try the request with that session to see what the server says.
tool_call: http.get({{"url": "https://portal.greenleaf-supply.com/orders", "headers": {{"Cookie": "sessionid={_sc}"}}}})
tool_result: 302 -> /login?reason=ip_changed
assistant: The portal ties sessions to your IP. Your VPN is switching exits, which logs you out.
""", _sc)

_pl = pem_lines(3)
S("en", "dialogue", f"""
user: the deploy key on the pi stopped working, this is what's in ~/.ssh/id_ed25519:
-----BEGIN OPENSSH PRIVATE KEY-----
{_pl[0]}
{_pl[1]}
{_pl[2]}
-----END OPENSSH PRIVATE KEY-----
assistant: Please don't paste private keys — treat this one as compromised. Generate a new pair on the Pi and add only the .pub to GitHub.
""", _pl[1])

_ts = totp_seed(32)
S("en", "dialogue", f"""
user: my authenticator app died. the original QR said: otpauth://totp/Fastmail:kel%40fastmail.com?secret={_ts}&issuer=Fastmail
assistant: With that secret I can tell you the current code, but you should re-enrol 2FA on a new device and revoke this secret afterwards.
tool_call: totp.now({{"secret": "{_ts}"}})
tool_result: {{"code": "{otp()}", "valid_for": 17}}
""", _ts)

_ib = make_iban("GB")
S("en", "dialogue", f"""
user: pay Tomasz for the sofa, £220, his details: Tomasz Wrona
user: IBAN {iban_fmt(_ib)[:14]}
user: ...sorry it cut off. {iban_fmt(_ib)}
assistant: Paying £220.00 to Tomasz Wrona, {iban_fmt(_ib)}. Reference "sofa"?
user: yes
tool_call: bank.transfer({{"payee": "Tomasz Wrona", "iban": "{_ib}", "amount": "220.00", "currency": "GBP", "reference": "sofa"}})
tool_result: {{"status": "scheduled", "date": "today"}}
""", _ib)

_nhs = nhs_uk()
S("en", "memory", f"""
Notes about user (Grace, 71):
- GP surgery: Hillbrook Medical Centre, repeat prescriptions on the app.
- NHS number {_nhs} — she reads it off her letter each time, saved so she doesn't have to.
- Prefers phone calls before 11am.
""", _nhs)

_sin = sin_ca()
S("en", "dialogue", f"""
user: wealthsimple wants my SIN for the TFSA
assistant: That's normal for registered accounts in Canada. What is it?
user: {_sin}
assistant: Thanks — entering {_sin.replace(' ', '')} in the form.
tool_call: browser.fill({{"selector": "#sin", "value": "{_sin.replace(' ', '')}"}})
tool_result: {{"valid": true}}
""", _sin)

_mc = medicare_au()
S("en", "dialogue", f"""
user: book me a bulk-billed appointment with Dr Nguyen for thursday
tool_call: hotdoc.book({{"practice": "Carlton Family Clinic", "doctor": "Dr L Nguyen", "day": "Thu"}})
tool_result: {{"need": ["medicare_number", "irn"]}}
assistant: The clinic needs your Medicare card number and the number next to your name.
user: {_mc}
tool_call: hotdoc.book({{"practice": "Carlton Family Clinic", "doctor": "Dr L Nguyen", "day": "Thu", "medicare": "{_mc}"}})
tool_result: {{"booked": "Thu 10:40"}}
""", _mc)

_dh = discord_hook()
S("en", "dialogue", f"""
user: make the minecraft server post to discord when someone joins
assistant: You'll need a channel webhook. Server Settings → Integrations → Webhooks → New.
user: {_dh}
tool_call: file.write({{"path": "plugins/DiscordHook/config.yml", "content": "webhook: {_dh}\\nevents: [join, leave]"}})
tool_result: ok
assistant: Done. Restart the server to load the plugin config.
""", _dh)

_sg = sendgrid()
S("en", "handover", f"""
Handover: newsletter mailer (church bulletin)
- Sends via SendGrid, key is in the Netlify env as SENDGRID_API_KEY={_sg}
- The sender address must stay office@stmarkscentral.org (verified).
- Bulletin goes out Fridays 4pm; Pam approves the draft Thursday.
""", _sg)

_nt = npm_token()
S("en", "dialogue", f"""
user: npm publish fails with E401 in CI
tool_call: shell.run({{"cmd": "cat .npmrc"}})
tool_result: //registry.npmjs.org/:_authToken={_nt}
@acme:registry=https://registry.npmjs.org/
assistant: The token is hard-coded in .npmrc and it's a read-only token. Use an automation token via ${{NPM_TOKEN}} instead and remove this line from the repo.
""", _nt)

_py = pypi_token()
S("en", "dialogue", f"""
user: upload the wheel to pypi, I generated a project-scoped token
user: {_py}
tool_call: shell.run({{"cmd": "twine upload dist/* -u __token__ -p {_py}"}})
tool_result: Uploading fastjsonl-0.4.2-py3-none-any.whl 100% 18.2/18.2 kB
View at: https://pypi.org/project/fastjsonl/0.4.2/
""", _py)

_hf = hf_token()
S("en", "memory", f"""
lesson learned (2024-11-03): the gated Llama download kept failing because HF_TOKEN wasn't exported in the tmux session.
The user's read token is {_hf}; export it in ~/.bashrc, not in the notebook.
""", _hf)

_tsid, _ttok = twilio()
S("en", "dialogue", f"""
user: SMS reminders for the salon stopped sending
tool_call: shell.run({{"cmd": "heroku config -a salon-reminders | grep TWILIO"}})
tool_result: TWILIO_ACCOUNT_SID: {_tsid}
TWILIO_AUTH_TOKEN:  {_ttok}
TWILIO_FROM:        +15017122661
assistant: Credentials look intact. The Twilio console shows the trial balance ran out yesterday — that's why sends fail.
""", _ttok)

_mg = mailgun()
S("en", "dialogue", f"""
assistant: To verify the Mailgun domain I need the private API key from Settings → API Keys.
user: {_mg}
assistant: Thanks. Checking DNS records now.
tool_call: http.get({{"url": "https://api.mailgun.net/v3/domains/mg.bakeryfox.com", "auth": ["api", "{_mg}"]}})
tool_result: {{"domain": {{"state": "unverified"}}, "sending_dns_records": [{{"record_type": "TXT", "valid": "invalid"}}]}}
assistant: The SPF TXT record is missing. Add: v=spf1 include:mailgun.org ~all
""", _mg)

_mp = rs(ALNUM, 16)
S("en", "dialogue", f"""
user: can you check why the inventory sync job crashed overnight
tool_call: logs.tail({{"service": "inv-sync", "lines": 3}})
tool_result: 02:14:07 INFO connecting mongodb+srv://sync:{_mp}@cluster0.ab12c.mongodb.net/inventory
02:14:37 ERROR ServerSelectionTimeoutError: cluster0-shard-00-01 timed out
02:14:37 FATAL exiting with code 1
assistant: Atlas network access only allows your office IP. The job now runs on the new VM, so its IP needs adding.
""", _mp)

_rp = rs(ALNUM, 24)
S("en", "handover", f"""
Worker queue handover
- Celery broker: redis://:{_rp}@10.0.4.12:6379/2
- Flower UI on :5555 (VPN only)
- Known issue: beat scheduler drifts after DST change; restart beat on the first Monday.
""", _rp)

_vm = digits(4)
S("en", "dialogue", f"""
user: I can't get into my voicemail from the hotel phone
assistant: You'll need to call your own number, press * when the greeting plays, then enter your voicemail PIN.
user: which PIN did I set up?
assistant: When we set it up in March you chose {_vm}.
user: right, thanks
""", _vm)

_port = digits(6)
S("en", "dialogue", f"""
user: switching from T-Mobile to Mint, they want a number transfer PIN
assistant: You can generate one in the T-Mobile app under Account → Profile → Number Transfer PIN.
user: got it: {_port}
tool_call: mint.port_in({{"number": "+1 (425) 555-0142", "carrier": "T-Mobile", "account": "9{digits(8)}", "transfer_pin": "{_port}"}})
tool_result: {{"status": "submitted", "eta": "within 24h"}}
""", _port)

_gd = digits(6)
S("en", "memory", f"""
House notes (Reyes family)
- Bins: green Tuesday, black alternate Fridays
- Garage keypad: {_gd} then the lock button
- Dog walker Kayla has her own code; don't share ours.
""", _gd)

_kp = rs(string.ascii_lowercase, 6) + digits(3) + "!"
S("en", "memory", f"""
Kids' school stuff:
- ParentSquare app login: the shared family email
- Lunch money account (MySchoolBucks) username leo.reyes2015, password {_kp}
- Field trip forms go to Ms. Albright by Fridays.
""", _kp)

_dw = "-".join(R.sample(_BIP39_COMMON, 6))
S("en", "dialogue", f"""
user: I'm setting a new master password for 1password. going with a diceware one
user: {_dw}
assistant: That's a strong passphrase (six random words). Please don't store it anywhere digital other than your emergency kit.
user: ok. remind me to print the emergency kit tonight
tool_call: reminders.add({{"text": "Print 1Password emergency kit", "at": "20:00"}})
tool_result: {{"id": "rem_{digits(5)}"}}
""", _dw)

_bp = rs(string.ascii_uppercase, 1) + rs(string.ascii_lowercase, 6) + digits(4)
_bad = _bp[:-2] + "00"
S("en", "dialogue", f"""
user: log into my chase account and download last month's statement. pw {_bad}
tool_call: bank.login({{"bank": "chase", "user": "mreyes88", "password": "{_bad}"}})
tool_result: {{"error": "invalid credentials", "attempts_left": 2}}
user: sorry, last two digits are {_bp[-2:]} not 00. so {_bp}
tool_call: bank.login({{"bank": "chase", "user": "mreyes88", "password": "{_bp}"}})
tool_result: {{"ok": true}}
assistant: Logged in. The October statement is downloading now.
""", _bp)

_pin = digits(4)
S("en", "dialogue", f"""
user: the new debit card arrived. activation line wants a PIN, use the same one as the old card
assistant: The old card's PIN you gave me was {_pin}. Want me to set that through the activation line?
user: yeah
tool_call: phone.ivr({{"number": "1-800-555-0199", "inputs": ["1", "{card('visa')[-4:]}", "{_pin}", "{_pin}"]}})
tool_result: {{"transcript": "Your card is now active. Your PIN has been set."}}
""", _pin)

_gk = google_key()
S("en", "dialogue", f"""
user: the map on the bakery site is grey with "For development purposes only"
tool_call: shell.run({{"cmd": "grep -n maps.googleapis index.html"}})
tool_result: 88: <script src="https://maps.googleapis.com/maps/api/js?key={_gk}&callback=initMap"></script>
assistant: The key is set but billing is disabled on the project. Also, restrict this key to your domain under HTTP referrers.
""", _gk)

_an = anthropic_key()
S("en", "handover", f"""
Handover for whoever picks up the RAG prototype:
1. Model calls go through litellm; ANTHROPIC_API_KEY={_an} is in .env (personal key of Sam — rotate before demo!)
2. Embeddings cached under data/emb/*.npy
3. Eval script: `make eval` (takes ~8 min)
""", _an)

_sh = shopify()
S("en", "dialogue", f"""
user: pull the list of products that are out of stock from my shopify store
user: admin api token is {_sh}, store is pebble-and-fern
tool_call: http.get({{"url": "https://pebble-and-fern.myshopify.com/admin/api/2024-07/products.json?fields=title,variants", "headers": {{"X-Shopify-Access-Token": "{_sh}"}}}})
tool_result: {{"products": [{{"title": "Moss Candle", "variants": [{{"inventory_quantity": 0}}]}}, {{"title": "Fern Print A4", "variants": [{{"inventory_quantity": 0}}]}}]}}
assistant: Two products are out of stock: Moss Candle and Fern Print A4.
""", _sh)

_az = b64(rbytes(64))
S("en", "dialogue", f"""
user: function app can't read from blob storage after I rotated keys
tool_call: shell.run({{"cmd": "az functionapp config appsettings list -n thumbgen --query \\"[?name=='AzureWebJobsStorage'].value\\" -o tsv"}})
tool_result: DefaultEndpointsProtocol=https;AccountName=thumbgenstore;AccountKey={_az};EndpointSuffix=core.windows.net
assistant: The app still has the old key1. Since you rotated key1, update this setting with the new key or switch to managed identity.
""", _az)

_bu = rs(string.ascii_lowercase, 8) + digits(2)
S("en", "dialogue", f"""
user: can you see if the old NAS still has the wedding photos
tool_call: http.get({{"url": "http://admin:{_bu}@192.168.1.40:5000/webapi/entry.cgi?api=SYNO.FileStation.List&folder_path=/photo"}})
tool_result: {{"data": {{"files": [{{"name": "2019-wedding"}}, {{"name": "2020-lockdown"}}]}}, "success": true}}
assistant: Yes, /photo/2019-wedding is there. Want me to copy it to the new drive?
""", _bu)

_dp = pw(16)
S("en", "dialogue", f"""
user: push the new image to our private registry
tool_call: shell.run({{"cmd": "docker login registry.fieldnotes.io -u ci-bot -p '{_dp}'"}})
tool_result: WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
tool_call: shell.run({{"cmd": "docker push registry.fieldnotes.io/web:2.8.1"}})
tool_result: 2.8.1: digest: sha256:{sha256()} size: 1784
assistant: Pushed web:2.8.1. Next time I'll use --password-stdin so the password doesn't end up in shell history.
""", _dp)

_kp = pw(20)
S("en", "dialogue", f"""
user: what's the password for the grafana admin in the monitoring namespace?
tool_call: shell.run({{"cmd": "kubectl -n monitoring get secret grafana -o jsonpath='{{.data.admin-password}}' | base64 -d"}})
tool_result: {_kp}
assistant: Retrieved it. Note that anyone with `get secrets` in that namespace can do the same — consider tightening the RBAC role.
""", _kp)

_wp = pw(15)
S("en", "handover", f"""
HANDOVER — Bramble & Co website (WordPress)
- Hosting: SiteGround, client pays directly.
- WP admin: /wp-admin, user "bramble_admin", pass {_wp}
- Don't update WooCommerce past 8.9 until the shipping plugin supports it.
- Client contact: Hettie, prefers email, replies slowly on Mondays.
""", _wp)

_ap = " ".join(rs(string.ascii_lowercase, 4) for _ in range(4))
S("en", "dialogue", f"""
user: thunderbird won't accept my gmail password
assistant: With 2-Step Verification on, Gmail needs an app password for Thunderbird. Generate one at myaccount.google.com/apppasswords.
user: ok it gave me "{_ap}"
assistant: Enter it without the spaces: {_ap.replace(' ', '')}
tool_call: thunderbird.set_account({{"email": "hollis.k@gmail.com", "imap_password": "{_ap.replace(' ', '')}"}})
tool_result: {{"imap": "connected", "smtp": "connected"}}
""", _ap.replace(' ', ''))

_ax = card("amex")
S("en", "dialogue", f"""
user: book the hotel in Lisbon on the amex
assistant: I need the full Amex number and the 4-digit CID from the front.
user: {_ax[:4]} {_ax[4:10]} {_ax[10:]}
user: cid {cvc(4)}, exp {expiry()}
tool_call: booking.reserve({{"hotel": "Memmo Alfama", "nights": 3, "card": "{_ax[:4]} {_ax[4:10]} {_ax[10:]}"}})
tool_result: {{"confirmation": "{digits(10)}", "total": "EUR 684.00"}}
""", f"{_ax[:4]} {_ax[4:10]} {_ax[10:]}")

_dl = rs(string.ascii_uppercase, 1) + digits(7, False)
S("en", "dialogue", f"""
user: rental car pickup wants my driver's license details in advance
assistant: What's the license number, state and expiry?
user: California, {_dl}, expires 08/14/2029
tool_call: hertz.precheck({{"confirmation": "H{digits(8)}", "license_number": "{_dl}", "state": "CA"}})
tool_result: {{"precheck": "complete"}}
assistant: Pre-check is complete; you can go straight to the Gold board.
""", _dl)

_ap2 = otp()
S("en", "dialogue", f"""
assistant: Apple is asking for the verification code shown on your other devices.
user: 4 1 ... sorry
user: it's {_ap2[:3]} {_ap2[3:]}
assistant: Entering {_ap2}.
tool_call: browser.fill({{"selector": "input.form-security-code-input", "value": "{_ap2}"}})
tool_result: {{"status": "trusted browser prompt"}}
""", _ap2)

_sb = slack_bot()
S("en", "dialogue", f"""
user: the standup bot stopped posting
tool_call: shell.run({{"cmd": "systemctl cat standup-bot | grep Environment"}})
tool_result: Environment=SLACK_BOT_TOKEN={_sb}
Environment=CHANNEL=C04QH2K7PLM
assistant: Token and channel are set. The logs show "not_in_channel" — the bot was removed from #standup. Re-invite it with /invite @standup.
""", _sb)

_gl = glpat()
S("en", "dialogue", f"""
user: mirror the gitlab repo to github nightly
user: use this gitlab token: {_gl}
assistant: I'll set up a cron job with a clone over HTTPS using that token.
tool_call: cron.add({{"schedule": "15 2 * * *", "cmd": "git clone --mirror https://oauth2:{_gl}@gitlab.com/lnbrk/tidepool.git /srv/mirror && cd /srv/mirror && git push --mirror gh"}})
tool_result: {{"id": "cron-{digits(3)}"}}
""", _gl)

_wh = stripe_whsec()
S("en", "memory", f"""
lesson learned: stripe webhooks kept failing signature checks because local dev used the dashboard endpoint secret instead of the CLI one.
For `stripe listen` the signing secret is {_wh} (changes each time you re-login the CLI).
""", _wh)

_gf = gh_fine()
S("en", "handover", f"""
Handing over the docs-site automation:
* Nightly link checker runs in Actions; it opens issues using a fine-grained PAT scoped to lnbrk/docs only
* PAT: {_gf} (expires 2025-09-30, owner: @kel)
* If it expires the checker fails silently — check the Actions tab weekly.
""", _gf)

_sf = digits(4)
S("en", "dialogue", f"""
user: locked my passport in the room safe and now it wants a code I don't remember setting
assistant: Yesterday when you checked in you told me you set it to your usual: {_sf}.
user: oh yeah. it opened, thanks
assistant: Great. Checkout is 11:00 tomorrow; the airport shuttle leaves at 9:15.
""", _sf)

_dd = hexs(32)
S("en", "dialogue", f"""
user: the datadog agent on the new box shows "API Key invalid"
tool_call: shell.run({{"cmd": "sudo grep ^api_key /etc/datadog-agent/datadog.yaml"}})
tool_result: api_key: {_dd}
assistant: That key belongs to the old EU org; this host reports to datadoghq.com (US1). Either set site: datadoghq.eu or use a US1 key.
""", _dd)

_puk = digits(8)
S("en", "dialogue", f"""
user: my phone says SIM blocked, enter PUK
assistant: The PUK is on the plastic card the SIM came in, or in your carrier account. Did you keep the card?
user: found it. PUK1 {_puk}
assistant: Type {_puk}, press OK, then choose a new 4-digit SIM PIN and confirm it.
user: worked
""", _puk)

_mi = make_iban("DE")
S("en", "memory", f"""
User's mother (Ingrid Bauer) — standing order for care home top-up
- her account: {iban_fmt(_mi)} (Sparkasse)
- 150 EUR monthly on the 3rd, reference "Pflege Zuzahlung"
""", iban_fmt(_mi))

_cw = card("mc")
_words = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}
_sp = " ".join(_words[d] for d in _cw)
S("en", "dialogue", f"""
[voice transcript] user: okay card number is {_sp}
assistant: Let me read that back: {group(_cw)}. Is that right?
user: yes that's right
tool_call: pizza.checkout({{"card": "{_cw}", "tip": "15%"}})
tool_result: {{"order": "{digits(7)}", "eta_min": 35}}
""", group(_cw))

_sg2 = nric_sg()
S("en", "dialogue", f"""
user: help me register for the vaccination slot at the polyclinic
assistant: They'll ask for your NRIC and mobile. What's the NRIC?
user: {_sg2.lower()}
assistant: I'll enter it in uppercase: {_sg2}.
tool_call: healthhub.book({{"nric": "{_sg2}", "clinic": "Bukit Batok Polyclinic", "slot": "Sat 09:30"}})
tool_result: {{"booked": true}}
""", _sg2)

_ni = nino_uk()
S("en", "handover", f"""
Payroll handover — new starter Aoife Brennan
- Contract signed, start 3 March
- NI number {_ni[:2]} {_ni[2:4]} {_ni[4:6]} {_ni[6:8]} {_ni[8]} (from her P45)
- Tax code 1257L, no student loan
""", f"{_ni[:2]} {_ni[2:4]} {_ni[4:6]} {_ni[6:8]} {_ni[8]}")

_pan = pan_in("Sharma")
S("en", "dialogue", f"""
user: the mutual fund KYC form needs my PAN
assistant: Please share it; I'll fill it into the CAMS form.
user: {_pan}
tool_call: browser.fill({{"selector": "#pan", "value": "{_pan}"}})
tool_result: {{"name_on_pan": "RAHUL SHARMA", "status": "valid"}}
assistant: PAN verified against the name Rahul Sharma.
""", _pan)

_ins = rs(string.ascii_uppercase, 3) + digits(9)
S("en", "dialogue", f"""
user: call the pharmacy and ask if my prescription is covered
assistant: They'll want your insurance member ID. The one on file from last time is {_ins} (Blue Shield PPO). Still current?
user: yes
tool_call: phone.call({{"to": "+1 (510) 555-0177", "script": "Checking coverage for member ID {_ins}, Rx atorvastatin 20mg"}})
tool_result: {{"summary": "Covered, tier 1, copay $5"}}
""", _ins)

_bk = f"{rs(string.ascii_uppercase + string.digits, 4)}-{rs(string.ascii_uppercase + string.digits, 4)}-{rs(string.ascii_uppercase + string.digits, 4)}"
S("en", "memory", f"""
2024-10-12 user set up 2FA on Coinbase and asked me to note the backup code: {_bk}
(told user I'd prefer he keep it offline; he said he'll also print it)
""", _bk)

_np = rs(string.ascii_lowercase, 5) + digits(2) + rs(string.ascii_lowercase, 3)
S("en", "dialogue", f"""
user: netflix kicked me out on the tv. email is the usual
assistant: What's the Netflix password?
user: {_np}
user: wait no, I changed it after the breach email. it's {_np.capitalize()}!
tool_call: tv.netflix_login({{"email": "kel.hollis@outlook.com", "password": "{_np.capitalize()}!"}})
tool_result: {{"profile": "Kel", "status": "ready"}}
""", _np.capitalize() + "!")

_bl = f"{digits(4, False)}"
S("en", "dialogue", f"""
user: what was the bike lock code again, I'm at the station
assistant: It's {_bl} — you set it last weekend after the old lock jammed.
user: cheers
""", _bl)

_xp = slack_user()
S("en", "dialogue", f"""
user: export all my DMs from the old workspace before it's shut down
user: here's a user token from the legacy app page: {_xp}
tool_call: slack.export({{"token": "{_xp}", "types": ["im", "mpim"], "dest": "~/slack-export"}})
tool_result: {{"conversations": 143, "messages": 28711}}
assistant: Exported 143 conversations. Revoke the token in the workspace settings once you've checked the files.
""", _xp)

_ak2, _sk2 = aws_pair()
S("en", "handover", f"""
Handover: photo backup script for the Reyes family (runs on the Mac mini)
- Uses rclone remote "s3glacier"; access key {_ak2}, secret {_sk2}
- Bucket reyes-photos-archive, Deep Archive tier
- Restores take 12h; don't promise anything faster.
""", _sk2)

# ============================================================ English — innocents
_s1, _s2 = sha1(), sha1()
I("en", "dialogue", f"""
user: which commit broke the csv export?
tool_call: shell.run({{"cmd": "git bisect run pytest tests/test_export.py -q"}})
tool_result: {_s1} is the first bad commit
commit {_s1}
Author: Kel Hollis <kel@lnbrk.dev>
    Switch to streaming writer
assistant: It's {_s1[:7]} ("Switch to streaming writer"). The parent {_s2[:7]} passes. Want me to revert it?
user: no, fix forward please
""")

_u1, _u2 = uuid4(), uuid4()
I("en", "dialogue", f"""
user: delete the duplicate calendar event for the dentist
tool_call: calendar.search({{"q": "dentist", "range": "next_30d"}})
tool_result: [{{"id": "{_u1}", "start": "2024-11-14T09:00"}}, {{"id": "{_u2}", "start": "2024-11-14T09:00"}}]
tool_call: calendar.delete({{"id": "{_u2}"}})
tool_result: {{"deleted": true}}
assistant: Removed the duplicate; the one with id {_u1[:8]}… stays.
""")

_last4 = digits(4)
I("en", "dialogue", f"""
user: did the gym charge me twice this month?
tool_call: bank.transactions({{"account": "checking", "q": "PUREGYM"}})
tool_result: [{{"date": "2024-11-01", "amount": -24.99, "card": "•••• {_last4}"}}, {{"date": "2024-11-01", "amount": 24.99, "card": "•••• {_last4}", "type": "refund"}}]
assistant: It was charged twice on the 1st, but the second charge was refunded the same day to the card ending {_last4}. Net: one payment of £24.99.
""")

I("en", "dialogue", """
user: I forgot my password for the council website
assistant: I can't see or recover passwords. Use "Forgot password" on the login page; they'll email a reset link to the address on the account.
user: done, it says link expires in 30 minutes
assistant: Great. Once you've set a new password, save it in your password manager so we don't hit this again.
user: will do
assistant: Noted: council account password was reset today (value not stored).
""")

_dg = sha256()
I("en", "dialogue", f"""
user: is prod running the image we tested yesterday?
tool_call: shell.run({{"cmd": "kubectl get deploy web -o jsonpath='{{.spec.template.spec.containers[0].image}}'"}})
tool_result: registry.fieldnotes.io/web@sha256:{_dg}
tool_call: shell.run({{"cmd": "crane digest registry.fieldnotes.io/web:2.8.1"}})
tool_result: sha256:{_dg}
assistant: Yes — prod is pinned to the same digest as 2.8.1.
""")

_cs = sha256()
I("en", "dialogue", f"""
user: downloaded the ubuntu iso, can you make sure it's not corrupted
tool_call: shell.run({{"cmd": "sha256sum ~/Downloads/ubuntu-24.04.1-desktop-amd64.iso"}})
tool_result: {_cs}  /home/kel/Downloads/ubuntu-24.04.1-desktop-amd64.iso
tool_call: shell.run({{"cmd": "grep desktop-amd64 ~/Downloads/SHA256SUMS"}})
tool_result: {_cs} *ubuntu-24.04.1-desktop-amd64.iso
assistant: Checksums match. The ISO is intact.
""")

_pk = ssh_pub()
I("en", "dialogue", f"""
user: let my new laptop ssh into the pi
user: here's the public key: {_pk} kel@fern
tool_call: shell.run({{"cmd": "echo '{_pk} kel@fern' >> ~/.ssh/authorized_keys", "host": "pi.local"}})
tool_result: (no output)
assistant: Added. Try `ssh pi@pi.local` from the new laptop.
""")

I("en", "dialogue", """
user: the tutorial says to put this in ~/.aws/credentials, is this real?
user: aws_access_key_id = AKIAIOSFODNN7EXAMPLE
user: aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
assistant: Those are the placeholder values from AWS's own documentation — they don't work anywhere. Replace them with keys from your IAM user or use `aws configure sso`.
user: ah ok, makes sense
""")

I("en", "dialogue", """
user: how do I test the checkout without a real card?
assistant: In Stripe test mode use card 4242 4242 4242 4242, any future expiry like 12/34, and any CVC such as 123.
user: and for a decline?
assistant: 4000 0000 0000 0002 triggers a generic decline. Both only work with test keys.
""")

_up = ups_tracking()
I("en", "dialogue", f"""
user: where's my monitor? order from B&H
tool_call: email.search({{"q": "B&H shipped", "limit": 1}})
tool_result: {{"subject": "Your order {digits(9)} has shipped", "snippet": "UPS tracking: {_up}"}}
tool_call: ups.track({{"number": "{_up}"}})
tool_result: {{"status": "Out for delivery", "eta": "by 7:00 PM"}}
assistant: It's out for delivery today (UPS {_up}).
""")

_pn, _et = pnr(), eticket()
I("en", "dialogue", f"""
user: what's my booking ref for the Madrid flight? the airline app logged me out
tool_call: email.search({{"q": "Iberia booking confirmation"}})
tool_result: {{"snippet": "Booking code: {_pn} · E-ticket {_et} · IB3167 MAD 14:05"}}
assistant: Booking code {_pn}, e-ticket {_et}. Flight IB3167 departs at 14:05.
user: perfect
""")

_im = imei()
I("en", "dialogue", f"""
user: claim on the phone insurance for the cracked screen
assistant: The form needs the device IMEI. Dial *#06# to show it.
user: {_im}
tool_call: insurer.claim({{"policy": "GAD-{digits(7)}", "imei": "{_im}", "incident": "cracked screen"}})
tool_result: {{"claim": "CLM-{digits(6)}", "excess": "£50"}}
""")

I("en", "memory", f"""
Contacts the user mentions often:
- Maya (sister): {phone('uk')}
- Dr. Okafor's surgery: 020 7946 0321
- Plumber (Dave, Fixit Ltd): {phone('uk')}
""")

I("en", "dialogue", """
user: why does the workflow say "secret not found"?
tool_call: file.read({"path": ".github/workflows/release.yml", "lines": "18-22"})
tool_result:       - run: npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
assistant: The workflow reads secrets.NPM_TOKEN but the repo only defines NPM_PUBLISH_TOKEN. Rename one of them.
""")

I("en", "dialogue", f"""
user: is the smtp password set on the staging server?
tool_call: shell.run({{"cmd": "./manage.py diffsettings | grep EMAIL"}})
tool_result: EMAIL_HOST = 'smtp.mailgun.org'
EMAIL_HOST_PASSWORD = '********'
EMAIL_HOST_USER = 'postmaster@mg.bakeryfox.com'
assistant: It's set (masked in the output). The host and user look right.
""")

I("en", "dialogue", """
user: set up the openai client in the notebook
assistant: Add your key to the environment first, then:
tool_call: notebook.insert_cell({"code": "import os\\nfrom openai import OpenAI\\nclient = OpenAI(api_key=os.environ['OPENAI_API_KEY'])  # e.g. sk-...your-key-here"})
tool_result: {"cell": 3}
assistant: Cell 3 is ready. Run `%env OPENAI_API_KEY=` yourself with your real key; I won't put it in the notebook.
""")

_t1, _s_1 = hexs(32), hexs(16)
I("en", "dialogue", f"""
user: find the slow request from 14:02
tool_call: logs.query({{"service": "api", "q": "duration_ms>2000", "from": "14:00", "to": "14:05"}})
tool_result: 14:02:17.331 WARN trace_id={_t1} span_id={_s_1} route=/v2/reports duration_ms=4817
assistant: One hit: trace {_t1}. The span shows 4.6s in the reports DB query.
""")

_cur = b64(json.dumps({"offset": 200, "sort": "created_at"}).encode())
I("en", "dialogue", f"""
user: get the rest of the contacts, it stopped at 200
tool_call: crm.list_contacts({{"limit": 200}})
tool_result: {{"count": 200, "nextPageToken": "{_cur}"}}
tool_call: crm.list_contacts({{"limit": 200, "pageToken": "{_cur}"}})
tool_result: {{"count": 57, "nextPageToken": null}}
assistant: 257 contacts in total; all pages fetched.
""")

_ea = eth_addr()
I("en", "dialogue", f"""
user: the animal shelter accepts crypto donations, what address do they publish?
tool_call: web.fetch({{"url": "https://northfieldshelter.org/donate"}})
tool_result: ... Donate ETH or USDC (ERC-20) to {_ea} ...
assistant: Their published address is {_ea}. Double-check it against the site before sending — address swaps are a common scam.
""")

_ein = f"{R.randint(10, 99)}-{digits(7)}"
I("en", "dialogue", f"""
user: I need the tax ID of the daycare for my dependent care FSA claim
tool_call: email.search({{"q": "Little Acorns receipt 2024"}})
tool_result: {{"snippet": "Little Acorns Early Learning LLC · EIN {_ein} · Paid: $1,350.00"}}
assistant: The provider's EIN is {_ein}. I'll put that on the FSA claim form along with the $1,350 receipt.
""")

_isbn = isbn13()
I("en", "dialogue", f"""
user: reserve the book club pick at the library
tool_call: library.search({{"isbn": "{_isbn}"}})
tool_result: {{"title": "The Covenant of Water", "copies": 4, "available": 0, "holds": 11}}
tool_call: library.hold({{"isbn": "{_isbn}", "pickup": "Central"}})
tool_result: {{"position": 12}}
assistant: You're 12th in the hold queue.
""")

I("en", "dialogue", """
user: what version of node is the build using?
tool_call: shell.run({"cmd": "node --version && npm --version && cat .nvmrc"})
tool_result: v20.11.1
10.2.4
20.11.1
assistant: Node 20.11.1 / npm 10.2.4, matching .nvmrc. The failing dep needs >= 20.12.0.
""")

_fp = " ".join(rs("0123456789ABCDEF", 4) for _ in range(10))
I("en", "dialogue", f"""
user: verify the signature on the veracrypt download
tool_call: shell.run({{"cmd": "gpg --verify VeraCrypt_1.26.7_Setup.exe.sig"}})
tool_result: gpg: Good signature from "VeraCrypt Team <veracrypt@idrix.fr>"
Primary key fingerprint: {_fp}
assistant: Good signature, fingerprint {_fp[-19:]} at the end matches the one on their site.
""")

I("en", "memory", """
lesson learned 2024-09-18: never echo tokens in CI logs.
The deploy job printed the whole environment on failure. Fixed by removing `env` from the debug step
and adding `::add-mask::` for anything read from the vault. The token itself was rotated the same day.
""")

I("en", "dialogue", """
user: does the JWT from the staging IdP have the right key id?
tool_call: jwt.decode_header({"source": "clipboard"})
tool_result: {"alg": "RS256", "kid": "3f2a9c1e7b40d6a5f8e2c1b0a9d87e6f", "typ": "JWT"}
tool_call: http.get({"url": "https://idp.staging.example.com/.well-known/jwks.json"})
tool_result: {"keys": [{"kid": "3f2a9c1e7b40d6a5f8e2c1b0a9d87e6f", "kty": "RSA", "e": "AQAB"}]}
assistant: Yes, kid 3f2a9c1e… is published in the JWKS. The signature problem is elsewhere.
""")

_pkl = "pk_live_51" + rs(ALNUM, 96)
I("en", "dialogue", f"""
user: is it ok that our stripe key is visible in the page source?
tool_call: shell.run({{"cmd": "curl -s https://pebbleandfern.com/checkout | grep -o 'pk_live_[A-Za-z0-9]*'"}})
tool_result: {_pkl}
assistant: That's the publishable key (pk_live_), which is designed to be public in the browser. Only the secret key (sk_live_) must stay server-side.
""")

_hc = digits(10)
I("en", "dialogue", f"""
user: what room are we in at the Lisbon hotel and what's the confirmation?
tool_call: email.search({{"q": "Memmo Alfama confirmation"}})
tool_result: {{"snippet": "Confirmation number {_hc} · PIN for managing booking: see app · Room type: Terrace Double"}}
assistant: Confirmation {_hc}, Terrace Double. The room number is assigned at check-in.
user: ok thanks
""")

I("en", "dialogue", """
user: what are the rules for the new company password policy?
tool_call: docs.search({"q": "password policy 2024"})
tool_result: "Passwords must be at least 14 characters, include three of: upper, lower, digit, symbol (e.g. ! @ # $). No reuse of the last 10 passwords. Rotation only after suspected compromise."
assistant: Minimum 14 characters, 3 of 4 character classes, no reuse of your last 10. No scheduled rotation anymore.
""")

I("en", "memory", """
2024-08-02: user enabled 2FA on email, bank and Amazon.
Backup codes are printed and kept in the fireproof box (user's choice). I do NOT hold any of the codes.
Authenticator: Aegis on the Pixel; encrypted export on the USB key in the same box.
""")

_mid = f"{digits(3)} {digits(4, False)} {digits(4, False)}"
I("en", "dialogue", f"""
user: join link for the parents' evening call?
tool_call: email.search({{"q": "parents evening zoom"}})
tool_result: {{"snippet": "Meeting ID: {_mid} · Join from the school portal (login required)"}}
assistant: Meeting ID {_mid}. You join through the school portal, so no passcode is needed here.
""")

I("en", "dialogue", """
user: what's the sort code and BIC for my bank? the form from the employer asks
assistant: Monzo's sort code is 04-00-04 and the BIC is MONZGB2L — those are the same for all Monzo customers.
user: and the account number?
assistant: That's in the Monzo app under Account → Account details. I don't have it stored.
""")

_tk = f"CS-{R.randint(2023, 2025)}-{digits(5)}"
I("en", "dialogue", f"""
user: did the broadband company reply about the outage?
tool_call: email.search({{"q": "from:support@zenfibre.co.uk"}})
tool_result: {{"subject": "[{_tk}] Fault reported at 14 Garnet Rd", "snippet": "An engineer visit is booked for 12/11 between 8am and 1pm."}}
assistant: Yes — ticket {_tk}. An engineer is booked for 12 November, 8am–1pm.
""")

_sn = rs(string.ascii_uppercase + string.digits, 12)
I("en", "dialogue", f"""
user: is my macbook still under applecare?
tool_call: shell.run({{"cmd": "system_profiler SPHardwareDataType | grep -E 'Serial|Model Identifier'"}})
tool_result: Model Identifier: Mac14,2
Serial Number (system): {_sn}
tool_call: apple.coverage({{"serial": "{_sn}"}})
tool_result: {{"applecare": "active", "expires": "2025-06-30"}}
assistant: Yes, AppleCare+ runs until 30 June 2025.
""")

I("en", "dialogue", """
user: what's the wifi at the café?
assistant: From your photo of the counter sign: network "Grindhouse_Guest". The password is printed on your receipt, which I can't see.
user: lol it says ask staff
assistant: Then ask at the counter — I'll note the network name for next time.
""")

_ig = "sha512-" + b64(rbytes(64))
I("en", "dialogue", f"""
user: why did the lockfile change in my PR?
tool_call: shell.run({{"cmd": "git diff main -- package-lock.json | head -8"}})
tool_result: -      "version": "4.17.20",
+      "version": "4.17.21",
-      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz",
+      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
+      "integrity": "{_ig}",
assistant: lodash moved from 4.17.20 to 4.17.21 (with a new integrity hash). That's from the `npm audit fix` you ran.
""")

I("en", "dialogue", """
user: the W-9 template for contractors — what goes in the TIN box?
assistant: The contractor's SSN or EIN. In the template we leave it as "XXX-XX-XXXX" so nobody sends their real number to the shared drive.
user: good, keep it like that
tool_call: docs.update({"doc": "W9-template", "field": "TIN", "value": "XXX-XX-XXXX"})
tool_result: {"saved": true}
""")

_usps = "9400" + digits(18)
I("en", "dialogue", f"""
user: the etsy seller gave me a tracking number {_usps}
tool_call: usps.track({{"number": "{_usps}"}})
tool_result: {{"status": "In Transit to Next Facility", "last_scan": "OAKLAND CA DISTRIBUTION CENTER"}}
assistant: It's in transit, last scanned in Oakland.
""")

I("en", "dialogue", """
user: our Windows license key sticker says XXXXX-XXXXX-XXXXX-XXXXX-XXXXX on the docs page, what do I enter?
assistant: That's a placeholder in the docs. The real key is on the COA sticker on the PC, or it's embedded in the firmware — Windows 11 will activate automatically.
user: it activated by itself
assistant: Great, nothing to enter then.
""")

_kc = [f"#{hexs(6)}" for _ in range(3)]
I("en", "dialogue", f"""
user: update the bakery theme to the new brand colours
user: primary {_kc[0]}, accent {_kc[1]}, background {_kc[2]}
tool_call: file.edit({{"path": "assets/theme.css", "replace": {{"--primary": "{_kc[0]}", "--accent": "{_kc[1]}", "--bg": "{_kc[2]}"}}}})
tool_result: {{"changed": 3}}
assistant: Theme updated. Contrast ratio of primary on background is 7.2:1 — passes AA.
""")

_lot = rs(string.ascii_uppercase, 2) + digits(5)
I("en", "dialogue", f"""
user: there was a recall on the kids' ibuprofen, is ours affected?
user: the box says LOT {_lot} EXP 05/2026
tool_call: web.fetch({{"url": "https://www.fda.gov/safety/recalls"}})
tool_result: ... Recalled lots: {rs(string.ascii_uppercase, 2)}{digits(5)}, {rs(string.ascii_uppercase, 2)}{digits(5)} ...
assistant: Your lot {_lot} isn't on the recall list.
""")

_pod = f"web-{rs('bcdfghjklmnpqrstvwxz2456789', 10)}-{rs('bcdfghjklmnpqrstvwxz2456789', 5)}"
I("en", "dialogue", f"""
user: which pod is crashlooping?
tool_call: shell.run({{"cmd": "kubectl get pods -l app=web | grep -v Running"}})
tool_result: {_pod}   0/1   CrashLoopBackOff   7   14m
tool_call: shell.run({{"cmd": "kubectl logs {_pod} --previous | tail -1"}})
tool_result: Error: Cannot find module '/app/dist/server.js'
assistant: The image was built without running `npm run build`; dist/ is missing.
""")

_mac = ":".join(hexs(2) for _ in range(6))
I("en", "dialogue", f"""
user: give the printer a fixed IP
tool_call: router.dhcp_leases({{}})
tool_result: [{{"host": "HP-LaserJet-M110", "mac": "{_mac}", "ip": "192.168.1.57"}}]
tool_call: router.reserve({{"mac": "{_mac}", "ip": "192.168.1.20"}})
tool_result: {{"ok": true}}
assistant: Printer reserved at 192.168.1.20.
""")

_cf = ":".join(rs("0123456789ABCDEF", 2) for _ in range(32))
I("en", "dialogue", f"""
user: browser says the cert for the home assistant changed, is it MITM?
tool_call: shell.run({{"cmd": "openssl s_client -connect ha.local:8123 </dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256 -dates"}})
tool_result: sha256 Fingerprint={_cf}
notBefore=Nov  2 00:00:00 2024 GMT
assistant: The cert was renewed on 2 Nov (Let's Encrypt via the add-on). Fingerprint {_cf[:23]}… — it's a routine renewal, not an attack.
""")

_cus, _pi = "cus_" + rs(ALNUM, 14), "pi_3" + rs(ALNUM, 23)
I("en", "dialogue", f"""
user: a customer says she was charged but no order was created
tool_call: stripe.search_payments({{"email": "hettie.b@example.org"}})
tool_result: [{{"id": "{_pi}", "customer": "{_cus}", "amount": 4200, "status": "succeeded"}}]
assistant: Payment {_pi} (customer {_cus}) succeeded for £42.00, but the webhook for it returned 500. I'll replay the event.
""")

I("en", "dialogue", """
user: what's in the slack export metadata?
tool_call: file.read({"path": "~/slack-export/channels.json", "limit": 2})
tool_result: [{"id": "C04QH2K7PLM", "name": "standup", "creator": "U02B7N4KX9Q"}, {"id": "C05R1ZD3M8A", "name": "random", "creator": "U02B7N4KX9Q"}]
assistant: Two channels so far: #standup (C04QH2K7PLM) and #random (C05R1ZD3M8A), both created by U02B7N4KX9Q.
""")

_sr = siren()
I("en", "dialogue", f"""
user: I need the French supplier's company registration for the import paperwork
tool_call: email.search({{"q": "Atelier Roux facture"}})
tool_result: {{"snippet": "ATELIER ROUX SARL · SIREN {group(_sr, 3)} · RCS Lyon · TVA FR{digits(2)}{_sr}"}}
assistant: SIREN {group(_sr, 3)}, registered in Lyon. The VAT number is on the same invoice.
""")

I("en", "handover", """
Handover — where credentials live (no values here on purpose)
- Payments keys: Vault, secret/data/prod/payments (rotate via `make rotate-stripe`)
- Shared Wi-Fi for the office: printed on the router label in the comms cupboard
- Client WordPress logins: 1Password vault "Clients", one item per site
- If you need anything else, ask Priya; don't paste secrets into chat.
""")

_bt = btc_bech32()
I("en", "memory", f"""
User's public donation address for the open-source project (published in README, safe to share):
{_bt}
He asked me to include it in the release notes footer.
""")

_ga = f"G-{rs(string.ascii_uppercase + string.digits, 10)}"
I("en", "dialogue", f"""
user: is analytics installed on the new landing page?
tool_call: shell.run({{"cmd": "curl -s https://pebbleandfern.com | grep -o 'gtag/js?id=[A-Z0-9-]*'"}})
tool_result: gtag/js?id={_ga}
assistant: Yes, GA4 measurement ID {_ga} is on the page. That ID is public by design.
""")

I("en", "dialogue", """
user: where did we store the new payments key?
assistant: In Vault at secret/data/prod/payments, key STRIPE_SECRET_KEY, version 7. I didn't keep a copy.
user: and the old one?
assistant: Version 6 was destroyed after the rotation on Tuesday.
""")

_ap = rs("0123456789", 3)
I("en", "dialogue", f"""
user: the courier needs our address for Saturday
assistant: Flat 4, 117 Garnet Road, Leeds LS6 {_ap[0]}QP. Buzzer label says "Hollis/Brennan".
user: add "ring twice"
tool_call: courier.update_instructions({{"order": "DPD-{digits(10)}", "note": "Flat 4, ring twice"}})
tool_result: {{"ok": true}}
""")

_crc = hexs(8)
I("en", "dialogue", f"""
user: the firmware flasher says checksum mismatch
tool_call: shell.run({{"cmd": "crc32 firmware_v3.2.bin && cat firmware_v3.2.crc"}})
tool_result: {_crc}
{hexs(8)}
assistant: The computed CRC32 ({_crc}) doesn't match the published one, so the download is corrupt. Re-download it.
""")

I("en", "dialogue", """
user: code review comment says "don't hardcode the token". what token?
tool_call: shell.run({"cmd": "git diff HEAD~1 -- src/client.ts"})
tool_result: -  const token = process.env.GH_TOKEN ?? "";
+  const token = process.env.GH_TOKEN ?? "<set-GH_TOKEN>";
assistant: No real token there — the reviewer misread the placeholder default. I'll reply on the thread.
""")

_err = f"0x{rs('0123456789ABCDEF', 8)}"
I("en", "dialogue", f"""
user: windows update fails with an error code
user: {_err}
tool_call: web.search({{"q": "windows update error {_err}"}})
tool_result: [{{"title": "Fix Windows Update error {_err}", "snippet": "Run the troubleshooter, then reset the SoftwareDistribution folder."}}]
assistant: Run Settings → Troubleshoot → Windows Update, then I'll walk you through resetting SoftwareDistribution.
""")

I("en", "dialogue", f"""
user: the S3 bucket listing, which file is the latest backup?
tool_call: shell.run({{"cmd": "aws s3 ls s3://reyes-photos-archive/db/ | tail -3"}})
tool_result: 2024-11-08 02:00:11  88213304 dump-{hexs(12)}.sql.gz
2024-11-09 02:00:09  88231057 dump-{hexs(12)}.sql.gz
2024-11-10 02:00:14  88240113 dump-{hexs(12)}.sql.gz
assistant: The newest is from 10 Nov at 02:00, about 84 MB.
""")

_run = digits(10)
I("en", "dialogue", f"""
user: link me the failed CI run
tool_call: gh.run_list({{"repo": "lnbrk/tidepool", "status": "failure", "limit": 1}})
tool_result: [{{"databaseId": {_run}, "headSha": "{sha1()}", "name": "release"}}]
assistant: https://github.com/lnbrk/tidepool/actions/runs/{_run} — the release job failed at "Publish".
""")

I("en", "memory", """
Notes on Grace (71), continued:
- Her bank sends codes by text; she reads them out to me on the phone, I never store them.
- She confuses her PIN with her door code, so I remind her: "the card one, not the house one" — without saying either.
- Prefers large print PDFs.
""")

_inv = f"INV-{R.randint(2024, 2025)}-{digits(4)}"
I("en", "dialogue", f"""
user: send the invoice to Bramble & Co
tool_call: invoices.create({{"client": "Bramble & Co", "items": [{{"desc": "Site maintenance Oct", "qty": 6, "rate": 45.0}}], "vat": "20%"}})
tool_result: {{"number": "{_inv}", "total": "£324.00", "due": "2024-12-01"}}
tool_call: email.send({{"to": "hettie@bramble.co", "subject": "Invoice {_inv}", "attach": ["{_inv}.pdf"]}})
tool_result: {{"sent": true}}
""")

_vin = rs("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)
I("en", "dialogue", f"""
user: are there open recalls on the car?
assistant: I need the VIN — it's on the windscreen bottom left or your V5C.
user: {_vin}
tool_call: recalls.check({{"vin": "{_vin}"}})
tool_result: {{"open_recalls": 0}}
assistant: No open recalls for that VIN.
""")

I("en", "dialogue", """
user: what does the "token expired" error in the app mean?
assistant: The app's login session lasts 30 days. After that it asks you to sign in again — nothing is wrong with your account.
user: so I just log in again?
assistant: Yes. If it happens daily, tell me and I'll check whether "remember this device" is being cleared.
""")

_b64img = b64(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + rbytes(30))
I("en", "dialogue", f"""
user: why is the email signature image broken in outlook?
tool_call: file.read({{"path": "signature.html"}})
tool_result: <img alt="logo" width="120" src="data:image/png;base64,{_b64img}">
assistant: Outlook blocks inline data: URIs. Host the PNG on the website and reference it by URL instead.
""")

_ref = rs(string.ascii_uppercase, 3) + digits(6)
I("en", "dialogue", f"""
user: the energy company says my meter reading is wrong
user: account ref {_ref}, reading on the display is 04417
tool_call: energy.submit_reading({{"account": "{_ref}", "meter": "E", "reading": "04417", "photo": true}})
tool_result: {{"accepted": true, "estimated_bill_corrected": "-£38.20"}}
assistant: Reading 04417 accepted; your bill drops by £38.20.
""")

I("en", "dialogue", """
user: explain the difference between the PIN and the password on my YubiKey
assistant: The FIDO2 PIN unlocks the key locally (4–63 characters, 8 wrong tries locks it). Your account password is separate and never stored on the key.
user: ok, and if I forget the PIN?
assistant: You'd reset the FIDO2 app, which wipes the registered credentials — so keep backup methods on each account.
""")

_git = sha1()
I("en", "handover", f"""
Handover — tidepool release 0.9.0
- Tagged v0.9.0 at {_git}
- Changelog merged; wheels built for cp310–cp313
- Outstanding: Windows ARM wheel (issue #412), docs version switcher
- Next release manager: @sam
""")

_ssid = "Hollis_5G"
I("en", "memory", f"""
Home network facts:
- SSID {_ssid} (5 GHz) and Hollis_2G for the smart plugs
- Router: TP-Link Archer AX55, LAN 192.168.0.1, firmware updated to 1.0.14 on 2024-11-02
- Guest network disabled.
""")

_hx = " ".join(hexs(2) for _ in range(16))
I("en", "dialogue", f"""
user: the BLE thermometer sends weird bytes, decode them?
tool_call: ble.read({{"device": "ThermoPro TP357", "char": "fff3"}})
tool_result: {_hx}
assistant: Bytes 2–3 are little-endian temperature ×10, byte 4 humidity. That gives 21.4 °C and 48 %.
""")

_ord = f"{digits(3)}-{digits(7)}-{digits(7)}"
I("en", "dialogue", f"""
user: return the broken kettle to amazon
tool_call: amazon.orders({{"q": "kettle"}})
tool_result: [{{"order_id": "{_ord}", "item": "Russell Hobbs 24361", "delivered": "2024-10-21"}}]
tool_call: amazon.return({{"order_id": "{_ord}", "reason": "defective", "method": "InPost locker"}})
tool_result: {{"return_code": "QR sent to email", "refund": "£34.99"}}
""")

I("en", "dialogue", """
user: what is the sample webhook url in the docs supposed to look like?
assistant: The docs use https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX — it's a dummy. Your real one comes from the Slack app's Incoming Webhooks page.
user: got it
""")

_ver = f"{R.randint(1, 5)}.{R.randint(0, 30)}.{R.randint(0, 99)}"
I("en", "dialogue", f"""
user: which build is on the kiosk tablets?
tool_call: mdm.devices({{"group": "kiosk"}})
tool_result: [{{"name": "kiosk-01", "app": "{_ver} (build {digits(5)})"}}, {{"name": "kiosk-02", "app": "{_ver} (build {digits(5)})"}}]
assistant: Both tablets run {_ver}, but with different build numbers — kiosk-02 got a hotfix build.
""")

I("en", "memory", """
lesson learned: the user says "the code" for three different things — the alarm, the garage and the gym locker.
Always ask which one before answering, and never read a code aloud on speakerphone.
""")

_pol = f"{rs(string.ascii_uppercase, 3)}{digits(8)}"
I("en", "dialogue", f"""
user: renew the home insurance, same cover
tool_call: insurer.quote({{"policy": "{_pol}", "renewal": true}})
tool_result: {{"premium": "£312.48", "previous": "£271.90", "start": "2025-01-14"}}
assistant: Renewal quote for policy {_pol} is £312.48, up from £271.90. Want me to compare a few others first?
user: yes compare
""")

_pc = f"SW1A {digits(1)}AA"
I("en", "dialogue", f"""
user: council tax band check for the new flat
tool_call: voa.search({{"postcode": "LS6 2QP", "address": "Flat 4, 117 Garnet Road"}})
tool_result: {{"band": "B", "authority": "Leeds", "ref": "{digits(11)}"}}
assistant: Band B with Leeds City Council.
""")

I("en", "dialogue", """
user: the bank's letter says "never share your OTP". what's an OTP?
assistant: A one-time passcode — the short number they text you to confirm a login or payment. Bank staff will never ask you for it.
user: someone called asking for one yesterday
assistant: That was almost certainly a scam. Don't give it, and call the number on the back of your card to report it.
""")

_h1 = hexs(64)
I("en", "dialogue", f"""
user: is the downloaded keepass database the same as on the NAS?
tool_call: shell.run({{"cmd": "sha256sum Passwords.kdbx /mnt/nas/Passwords.kdbx"}})
tool_result: {_h1}  Passwords.kdbx
{_h1}  /mnt/nas/Passwords.kdbx
assistant: Identical files. The database itself stays encrypted; I didn't open it.
""")

# ============================================================ Spanish
_d = dni_es()
S("es", "dialogue", f"""
usuario: necesito pedir cita en la sede electrónica para renovar el DNI
asistente: Vale. Me hace falta tu número de DNI con la letra y la fecha de caducidad.
usuario: {_d[:4]}... espera que lo tengo en la cartera
usuario: {_d}, caduca el 12/03/2025
tool_call: citaprevia.buscar({{"tramite": "renovacion_dni", "documento": "{_d}", "provincia": "Valencia"}})
tool_result: {{"huecos": ["2024-11-19 10:20", "2024-11-21 12:40"]}}
asistente: Hay hueco el martes 19 a las 10:20 en la comisaría de Ruzafa. ¿Lo reservo?
""", _d)

_ib = make_iban("ES")
S("es", "dialogue", f"""
usuario: hazle un bizum... no, mejor transferencia a mi casero, 750 €
usuario: la cuenta es {iban_fmt(_ib)[:19]}
usuario: y sigue {iban_fmt(_ib)[20:]}
asistente: Entonces el IBAN completo es {iban_fmt(_ib)}, a nombre de Julián Ferrer, concepto "alquiler diciembre". ¿Confirmo?
usuario: sí
tool_call: banco.transferencia({{"iban": "{_ib}", "importe": 750.00, "concepto": "alquiler diciembre"}})
tool_result: {{"estado": "ejecutada"}}
""", iban_fmt(_ib))

_p = pw(11)
S("es", "memory", f"""
Nota de memoria — Carmen (clienta, tienda online de cerámica)
- Panel de PrestaShop: usuario carmen@ceramicaslaalfareria.es
- contraseña: {_p} (me la dio el 4/10 para cambiar los gastos de envío)
- Prefiere WhatsApp antes de las 14h.
""", _p)

_o = otp()
S("es", "dialogue", f"""
asistente: Hacienda te ha enviado un PIN por SMS para entrar en Cl@ve.
usuario: me ha llegado "{_o} es tu código Cl@ve PIN, válido 10 min"
tool_call: navegador.rellenar({{"campo": "#pin", "valor": "{_o}"}})
tool_result: {{"estado": "sesion_iniciada", "usuario": "M. LÓPEZ GARRIDO"}}
asistente: Dentro. Ya veo el borrador de la renta; sale a devolver 312,45 €.
""", _o)

_nie = nie_es()
S("es", "handover", f"""
Traspaso para el asistente de la tarde:
Estamos tramitando el alta en la Seguridad Social de Oksana (nueva empleada del hogar).
Su NIE es {_nie}; la solicitud está en el Sistema RED, pendiente solo de la fecha de inicio.
Ella no habla bien español: mejor escribirle en inglés.
""", _nie)

_gk = google_key()
S("es", "dialogue", f"""
usuario: el mapa de la web de la academia sale en gris
tool_call: shell.run({{"cmd": "grep -rn 'key=' public/index.html"}})
tool_result: 41: <script src="https://maps.googleapis.com/maps/api/js?key={_gk}"></script>
asistente: La clave está puesta pero el proyecto no tiene facturación activa. Además habría que restringirla a tu dominio.
usuario: vale, activa facturación y restríngela
""", _gk)

I("es", "dialogue", f"""
usuario: ¿dónde está mi pedido de Zalando?
tool_call: email.buscar({{"q": "Zalando envío"}})
tool_result: {{"asunto": "Tu pedido {digits(11)} está en camino", "fragmento": "Seguimiento Correos Express: {digits(16)}"}}
asistente: Está en camino con Correos Express; llega mañana entre 9 y 14 h.
usuario: genial
""")

I("es", "dialogue", """
usuario: ¿qué pongo en "contraseña" en el formulario de ejemplo del manual?
asistente: En el manual aparece "tu_contraseña_aquí" como marcador. Tienes que poner la tuya, no esa.
usuario: ah vale, pensaba que era una contraseña por defecto
asistente: No, es solo texto de ejemplo. Y no me la digas: escríbela tú directamente.
""")

_cif = rs("ABG", 1) + digits(8)
I("es", "dialogue", f"""
usuario: necesito el CIF de la gestoría para la factura
tool_call: email.buscar({{"q": "Gestoría Martínez factura"}})
tool_result: {{"fragmento": "Gestoría Martínez Asesores S.L. · CIF {_cif} · C/ Colón 14, 46004 Valencia · Tel. 963 51 22 08"}}
asistente: CIF {_cif}, dirección C/ Colón 14, 46004 Valencia.
""")

_last = digits(4)
I("es", "dialogue", f"""
usuario: ¿me han cobrado dos veces el gimnasio?
tool_call: banco.movimientos({{"q": "BASIC-FIT"}})
tool_result: [{{"fecha": "01/11", "importe": -29.99, "tarjeta": "**** **** **** {_last}"}}]
asistente: Solo un cargo de 29,99 € el día 1 con la tarjeta acabada en {_last}. No hay duplicado.
""")

_loc = pnr()
I("es", "dialogue", f"""
usuario: el localizador del vuelo a Tenerife, que no lo encuentro
tool_call: email.buscar({{"q": "Vueling confirmación"}})
tool_result: {{"fragmento": "Código de reserva: {_loc} · VY1800 BCN-TFN 07:15 · Asiento 14C"}}
asistente: Localizador {_loc}, vuelo VY1800 a las 7:15, asiento 14C.
usuario: gracias!!
""")

I("es", "memory", f"""
Lección aprendida (14/09): el error "token caducado" en la app del banco no es un fallo.
La sesión dura 5 minutos; basta con volver a entrar. No pedir nunca el código SMS al usuario por chat si no está haciendo una operación.
""")

# ============================================================ French
_n = nir_fr()
S("fr", "dialogue", f"""
utilisateur : tu peux remplir le formulaire de la mutuelle ? il demande mon numéro de sécu
assistant : Oui, donne-le-moi tel qu'il est sur ta carte Vitale (15 chiffres).
utilisateur : {_n[:12]}... attends
utilisateur : {_n}
assistant : Je reprends : {_n}. C'est bien ça ?
utilisateur : oui
tool_call: formulaire.remplir({{"champ": "num_ss", "valeur": "{_n.replace(' ', '')}"}})
""", _n)

_ib = make_iban("FR")
S("fr", "memory", f"""
Mémoire — Famille Lemoine
- Nounou : Sandrine, payée via Pajemploi le 5 du mois
- RIB personnel de Sandrine pour les frais de repas : {iban_fmt(_ib)}
- Elle garde les enfants le mercredi jusqu'à 18h30.
""", iban_fmt(_ib))

_c = card("visa")
S("fr", "dialogue", f"""
utilisateur : commande les billets SNCF pour Lyon samedi, avec la carte bleue
assistant : Il me faut le numéro de la carte, la date d'expiration et le cryptogramme.
utilisateur : {group(_c)} exp {expiry()}
utilisateur : crypto {cvc()}
tool_call: sncf.payer({{"trajet": "Paris-Lyon", "date": "samedi", "carte": "{_c}"}})
tool_result: {{"statut": "payé", "dossier": "{pnr()}"}}
""", group(_c))

_dig = digits(4) + rs("AB", 1)
S("fr", "handover", f"""
Note de passation (soir) :
- M. Girard rentre de l'hôpital jeudi. L'infirmière passe à 8h.
- Digicode de l'immeuble : {_dig}, puis 2e étage porte gauche.
- Ne pas donner le digicode au livreur de courses, il laisse le colis chez la gardienne.
""", _dig)

_p = pw(12)
S("fr", "dialogue", f"""
utilisateur : connecte-toi sur le site de la CAF pour voir si l'aide est versée
assistant : Quel est ton mot de passe CAF ?
utilisateur : {_p}
tool_call: caf.connexion({{"allocataire": "{digits(7)}", "mot_de_passe": "{_p}"}})
tool_result: {{"ok": true, "dernier_paiement": "05/11 – 198,36 €"}}
assistant : C'est versé : 198,36 € le 5 novembre.
""", _p)

_o = otp()
S("fr", "dialogue", f"""
assistant : La banque demande de valider le paiement avec le code reçu par SMS.
utilisateur : c'est {_o[:3]}... non attends, il en est arrivé un nouveau : {_o}
tool_call: navigateur.saisir({{"champ": "#code-3ds", "valeur": "{_o}"}})
tool_result: {{"paiement": "accepté"}}
""", _o)

_sr = siren()
I("fr", "dialogue", f"""
utilisateur : il me faut le SIRET du plombier pour la facture de la prime énergie
tool_call: email.chercher({{"q": "Plomberie Durand facture"}})
tool_result: {{"extrait": "PLOMBERIE DURAND · SIRET {_sr} {digits(5)} · RGE n° E-{digits(5)}"}}
assistant : Voilà le SIRET de l'entreprise, il est sur la facture. Le numéro RGE aussi.
""")

_cm = f"{digits(2)} {digits(3)} {digits(3)} {digits(3)}"
I("fr", "dialogue", f"""
utilisateur : c'est quoi le numéro de suivi Colissimo déjà ?
tool_call: email.chercher({{"q": "Colissimo"}})
tool_result: {{"extrait": "Votre colis 6A{digits(11)} sera livré demain en point retrait"}}
assistant : Colis livré demain en point retrait. Le numéro commence par 6A, je te l'envoie par SMS si tu veux.
""")

I("fr", "dialogue", """
utilisateur : j'ai reçu un mail "votre mot de passe expire dans 3 jours", c'est du phishing ?
tool_call: email.entetes({"id": "dernier"})
tool_result: {"from": "no-reply@0ffice365-secure.com", "spf": "fail", "dkim": "none"}
assistant : Oui, très probablement : domaine "0ffice365" avec un zéro et SPF en échec. Ne clique pas, supprime-le.
""")

_u = uuid4()
I("fr", "dialogue", f"""
utilisateur : supprime le doublon dans Notion, la page "Courses semaine"
tool_call: notion.rechercher({{"titre": "Courses semaine"}})
tool_result: [{{"id": "{_u}", "modifie": "hier"}}, {{"id": "{uuid4()}", "modifie": "il y a 3 mois"}}]
assistant : Je garde la version d'hier ({_u[:8]}…) et j'archive l'ancienne.
""")

I("fr", "dialogue", f"""
utilisateur : on peut payer la cantine par virement ? quel IBAN ?
assistant : La mairie donne l'IBAN du Trésor public sur la facture ; chez toi il est masqué : FR76 **** **** **** **** ***{digits(1)} {digits(3)}.
utilisateur : ah oui je vois
assistant : Le plus simple reste le paiement en ligne sur PayFiP avec la référence de la facture.
""")

I("fr", "memory", f"""
Leçon apprise : sur le portail Ameli, le "code provisoire" reçu par courrier sert une seule fois.
L'utilisateur le saisit lui-même ; je ne le conserve pas. Le numéro de téléphone de la CPAM : 36 46.
""")

# ============================================================ German
_st = steuer_id_de()
S("de", "dialogue", f"""
Nutzer: kannst du die Anlage Kind in ELSTER ausfüllen? Die Steuer-ID von Lena brauchst du dafür
Assistent: Ja, die steht auf dem Brief vom Bundeszentralamt. Wie lautet sie?
Nutzer: {_st[:2]} {_st[2:5]} {_st[5:8]} {_st[8:]}
Assistent: Also {_st} – ich trage sie in Zeile 4 ein.
tool_call: elster.feld_setzen({{"formular": "Anlage Kind", "zeile": 4, "wert": "{_st}"}})
tool_result: {{"ok": true, "plausibel": true}}
""", _st)

_kv = kvnr_de()
S("de", "memory", f"""
Gedächtnisnotiz – Opa Heinz (83)
- Hausarzt Dr. Vogt, Rezepte per E-Rezept-App
- Krankenversichertennummer {_kv} (AOK Bayern), falls die Praxis telefonisch fragt
- Hört schlecht: langsam sprechen, lieber Festnetz.
""", _kv)

_ib = make_iban("DE")
S("de", "dialogue", f"""
Nutzer: überweis Jonas die 45 Euro fürs Konzertticket
Assistent: Ich habe keine Bankverbindung von Jonas gespeichert. Hast du seine IBAN?
Nutzer: er hat geschrieben: {_ib}
Assistent: {iban_fmt(_ib)}, Empfänger Jonas Weber, 45,00 €, Verwendungszweck "Ticket Kraftklub". Passt?
Nutzer: passt
tool_call: bank.ueberweisung({{"iban": "{_ib}", "betrag": "45.00", "zweck": "Ticket Kraftklub"}})
tool_result: {{"status": "ausgeführt"}}
""", _ib)

_p = pw(14)
S("de", "handover", f"""
Übergabe an die Vertretung (Praxis-IT, Dr. Yilmaz):
- Praxisverwaltung läuft auf dem Server im Abstellraum
- Windows-Admin: praxisadmin / {_p}
- Backups: jeden Abend 22 Uhr auf die USB-Platte, freitags Platte tauschen
- Bei Druckerproblemen zuerst den Kartenleser neu starten (ja, wirklich).
""", _p)

_tan = otp()
S("de", "dialogue", f"""
Assistent: Die Sparkasse möchte die Überweisung per pushTAN bestätigen.
Nutzer: in der App steht TAN {_tan}
tool_call: browser.eingabe({{"feld": "#tan", "wert": "{_tan}"}})
tool_result: {{"status": "Auftrag ausgeführt"}}
Assistent: Erledigt, die 1.200 € an die Hausverwaltung sind raus.
""", _tan)

_pa = rs("CFGHJKLMNPRTVWXYZ", 1) + rs("CFGHJKLMNPRTVWXYZ0123456789", 8)
S("de", "dialogue", f"""
Nutzer: Online-Check-in für Condor morgen, Frankfurt–Windhoek
Assistent: Für Namibia brauche ich die Reisepassnummer und das Ablaufdatum.
Nutzer: Passnummer {_pa}, gültig bis 03.07.2032
tool_call: condor.checkin({{"buchung": "{pnr()}", "pass_nr": "{_pa}", "ablauf": "2032-07-03"}})
tool_result: {{"sitz": "22A", "bordkarte": "per E-Mail"}}
""", _pa)

_ust = "DE" + digits(9)
I("de", "dialogue", f"""
Nutzer: ich brauche die USt-IdNr. vom Lieferanten für die Rechnung
tool_call: email.suchen({{"q": "Holzbau Brandt Rechnung"}})
tool_result: {{"auszug": "Holzbau Brandt GmbH · HRB {digits(5)} Amtsgericht Freiburg · USt-IdNr. {_ust}"}}
Assistent: Die USt-IdNr. ist {_ust}. Soll ich sie im VIES-Portal prüfen?
Nutzer: ja bitte
tool_call: vies.pruefen({{"ust_id": "{_ust}"}})
tool_result: {{"gueltig": true, "name": "HOLZBAU BRANDT GMBH"}}
""")

I("de", "dialogue", """
Nutzer: bei der Beispiel-IBAN im Handbuch steht DE89 3704 0044 0532 0130 00 – ist das meine?
Assistent: Nein, das ist die bekannte Muster-IBAN, die in vielen Dokumentationen als Beispiel verwendet wird.
Nutzer: ok, und wo finde ich meine?
Assistent: In der Banking-App unter Konto → Details, oder auf der Rückseite der Girocard.
""")

_s = sha1()
I("de", "dialogue", f"""
Nutzer: welcher Commit hat die Übersetzungen kaputt gemacht?
tool_call: shell.run({{"cmd": "git log --oneline -3 -- locales/de.json"}})
tool_result: {_s[:7]} Umlaute in de.json normalisiert
{sha1()[:7]} Neue Strings für Checkout
{sha1()[:7]} Initiale Übersetzung
Assistent: Vermutlich {_s[:7]} – dort wurde ü zu "u" umgewandelt.
""")

_sn = f"{digits(3)} {digits(3)} {digits(4)}"
I("de", "dialogue", f"""
Nutzer: wo ist mein DHL-Paket?
tool_call: dhl.verfolgen({{"sendungsnummer": "00340434{digits(12)}"}})
tool_result: {{"status": "In Zustellung", "zusteller": "Packstation 114"}}
Assistent: Es wird heute an die Packstation 114 geliefert. Den Abholcode bekommst du per Push in der App.
""")

I("de", "memory", """
Gelernt (02.10.): Die Nutzerin sagt "PIN" sowohl für die Girocard als auch für die Haustür.
Immer nachfragen, welche gemeint ist – und keine der beiden in Notizen schreiben.
Passwort-Manager: KeePassXC, Datenbank liegt in der Nextcloud.
""")

_ser = rs(string.ascii_uppercase + string.digits, 10)
I("de", "dialogue", f"""
Nutzer: die Garantie von der Waschmaschine, läuft die noch?
Assistent: Ich brauche die E-Nummer und die FD-Nummer vom Typenschild in der Tür.
Nutzer: E-Nr WGG244A9/12, FD 0{digits(3)}, Seriennr. {_ser}
tool_call: bosch.garantie({{"e_nr": "WGG244A9/12", "seriennummer": "{_ser}"}})
tool_result: {{"garantie_bis": "2026-03-31"}}
""")

# ============================================================ Italian
_cf = codice_fiscale("Esposito", "Giulia", R.randint(70, 99), R.randint(1, 12), R.randint(1, 28), True, R.choice(["F839", "H501", "F205", "L219"]))
S("it", "dialogue", f"""
utente: mi prenoti la visita all'ASL? serve il codice fiscale
assistente: Certo, dimmelo pure.
utente: {_cf[:6]} {_cf[6:11]} {_cf[11:]}
assistente: Quindi {_cf}. Lo inserisco nel CUP.
tool_call: cup.prenota({{"codice_fiscale": "{_cf}", "prestazione": "visita dermatologica", "impegnativa": "{digits(15)}"}})
tool_result: {{"data": "2025-01-22 09:40", "sede": "Poliambulatorio Loreto"}}
""", _cf)

_ib = make_iban("IT")
S("it", "handover", f"""
Passaggio di consegne — condominio Via Tasso 12
- La signora Ricci anticipa le spese della pulizia scale: rimborsarla sul suo conto personale {_ib}
- Importo fisso 85 € al mese, causale "pulizia scale"
- L'amministratore va avvisato solo se l'importo cambia.
""", _ib)

_p = pw(10)
S("it", "dialogue", f"""
utente: entra nel registro elettronico e guarda i voti di Matteo
assistente: Mi servono utente e password di ClasseViva.
utente: utente G{digits(7)}, password {_p}
tool_call: classeviva.login({{"utente": "G{digits(7)}", "password": "{_p}"}})
tool_result: {{"ok": true, "voti_recenti": [["Matematica", 7.5], ["Storia", 6]]}}
assistente: Matematica 7½, Storia 6. Niente note.
""", _p)

_sp = otp(6)
S("it", "dialogue", f"""
assistente: Per entrare con SPID ti è arrivata una notifica su PosteID?
utente: no, mi ha mandato un codice via sms: {_sp}
tool_call: browser.compila({{"campo": "#otp", "valore": "{_sp}"}})
tool_result: {{"accesso": "riuscito", "servizio": "INPS - Fascicolo previdenziale"}}
""", _sp)

_pi = "IT" + digits(11)
I("it", "dialogue", f"""
utente: la partita IVA del commercialista per la fattura?
tool_call: email.cerca({{"q": "Studio Bellini fattura"}})
tool_result: {{"estratto": "Studio Bellini & Associati · P.IVA {_pi} · Via Roma 3, 40121 Bologna"}}
assistente: P.IVA {_pi}, Via Roma 3, Bologna.
""")

_tr = digits(12)
I("it", "dialogue", f"""
utente: il pacco di Amazon, a che punto è?
tool_call: brt.traccia({{"spedizione": "{_tr}"}})
tool_result: {{"stato": "In consegna", "fascia": "14:00-18:00"}}
assistente: Arriva oggi pomeriggio, tra le 14 e le 18.
""")

I("it", "memory", """
Appunto: nel manuale del router la password di esempio è "admin/admin" — è solo il valore di fabbrica,
l'utente l'ha già cambiata e non me l'ha comunicata (giusto così). SSID di casa: CasaRicci_5G.
""")

_u = uuid4()
I("it", "dialogue", f"""
utente: perché il webhook di Shopify non arriva?
tool_call: logs.cerca({{"servizio": "webhooks", "q": "orders/create"}})
tool_result: 10:41:02 WARN delivery_id={_u} status=410 url=https://negozio.example.it/hooks/orders
assistente: Il tuo endpoint risponde 410 Gone: l'URL è stato rimosso dopo il redeploy.
""")

# ============================================================ Portuguese (Brazil)
_cpf = cpf_br()
S("pt-BR", "dialogue", f"""
usuário: faz o cadastro na farmácia pra eu ganhar o desconto
assistente: Eles pedem CPF e data de nascimento. Qual o seu CPF?
usuário: {_cpf[:7]}
usuário: o resto é {_cpf[8:]}... quer dizer, {_cpf}
assistente: Anotado: {_cpf}. Data de nascimento?
usuário: 14/02/1991
tool_call: drogaria.cadastro({{"cpf": "{_cpf.replace('.', '').replace('-', '')}", "nascimento": "1991-02-14"}})
""", _cpf)

_sn = digits(6)
S("pt-BR", "dialogue", f"""
usuário: tenta entrar no app do Nubank pelo navegador
assistente: Vai pedir a senha de 4 dígitos do app... na verdade pede a senha de acesso. Qual é?
usuário: a do app é {_sn}
tool_call: nubank.login({{"cpf": "{cpf_br(False)}", "senha": "{_sn}"}})
tool_result: {{"erro": "use o app para confirmar o dispositivo"}}
assistente: O Nubank exige confirmar o dispositivo pelo celular. Abre o app e aprova o acesso.
""", _sn)

_c = card("mc")
S("pt-BR", "dialogue", f"""
usuário: paga o iFood com o cartão novo
usuário: número {_c[:8]}
usuário: {_c[8:]} validade {expiry()} cvv {cvc()}
assistente: Cartão final {_c[-4:]} adicionado. Vou salvar pra próximas compras?
usuário: não salva
tool_call: ifood.pagar({{"cartao": "{_c}", "salvar": false}})
""", _c)

_s = pw(10)
S("pt-BR", "memory", f"""
Memória — Dona Lúcia (mãe do usuário)
- Wi-Fi da casa dela: rede "LUCIA_VIVO", senha {_s}
- Usa o celular Samsung A12; o neto instala os apps.
- Não gosta de ligações depois das 21h.
""", _s)

_tk = gh_token()
S("pt-BR", "handover", f"""
Passagem de bastão — bot do Discord da guilda
- Deploy na Railway; token do GitHub para o auto-deploy: {_tk}
- Comandos novos ficam em src/commands; rodar `npm run register` depois.
- O Caio é quem aprova PRs.
""", _tk)

_cnpj = cnpj_br()
I("pt-BR", "dialogue", f"""
usuário: qual o CNPJ da escola pra deduzir no IR?
tool_call: email.buscar({{"q": "Colégio Santa Clara boleto"}})
tool_result: {{"trecho": "Colégio Santa Clara Ltda · CNPJ {_cnpj} · Mensalidade novembro R$ 1.480,00"}}
assistente: CNPJ {_cnpj}. Mensalidade de R$ 1.480,00.
""")

_rast = "NL" + digits(9) + "BR"
I("pt-BR", "dialogue", f"""
usuário: cadê minha encomenda do Mercado Livre?
tool_call: correios.rastrear({{"codigo": "{_rast}"}})
tool_result: {{"status": "Objeto saiu para entrega ao destinatário", "cidade": "Campinas/SP"}}
assistente: Saiu pra entrega hoje em Campinas (código {_rast}).
""")

_bol = " ".join([digits(5) + "." + digits(5), digits(5) + "." + digits(6), digits(5) + "." + digits(6), digits(1), digits(14)])
I("pt-BR", "dialogue", f"""
usuário: paga o boleto do condomínio
usuário: {_bol}
tool_call: banco.pagar_boleto({{"linha_digitavel": "{_bol.replace('.', '').replace(' ', '')}"}})
tool_result: {{"beneficiario": "Cond. Ed. Jardins", "valor": "R$ 612,30", "status": "agendado"}}
assistente: Agendado: R$ 612,30 para o Condomínio Edifício Jardins.
""")

I("pt-BR", "memory", """
Aprendizado: quando o usuário diz "manda a senha do wifi pro técnico" ele quer que eu peça a ELE a senha;
eu não tenho ela salva. Nome da rede: APTO_302. O técnico da Vivo vem quinta.
""")

I("pt-BR", "dialogue", f"""
usuário: o token do app do banco mudou de novo
assistente: O "token" do app é o código que muda a cada 30 segundos — é normal mudar. Você só usa na hora da transação.
usuário: ah então não preciso anotar
assistente: Não, e nem deve. Se o app pedir pra ativar o token em outro celular, me avisa que eu te ajudo.
""")

# ============================================================ Portuguese (Portugal)
_nif = nif_pt()
S("pt-PT", "dialogue", f"""
utilizador: preenche o pedido no portal das Finanças, o NIF é {_nif}
assistente: Obrigado. E a senha de acesso ao portal?
utilizador: a senha prefiro escrever eu diretamente no portal
assistente: Melhor assim. Eu preencho o resto com o NIF {_nif}.
tool_call: portal_financas.preencher({{"nif": "{_nif}", "pedido": "IRS automático"}})
""", _nif)

_ib = make_iban("PT")
S("pt-PT", "memory", f"""
Nota — reembolso à Inês (explicadora) por despesas de material
IBAN dela: {iban_fmt(_ib)} (conta pessoal, CGD)
Valor combinado: 23,50 €; pagar até sexta.
""", iban_fmt(_ib))

_nipc = "5" + digits(8)
I("pt-PT", "dialogue", f"""
utilizador: o NIPC da empresa de mudanças para pôr na fatura?
tool_call: email.procurar({{"q": "Mudanças Rápidas orçamento"}})
tool_result: {{"excerto": "Mudanças Rápidas, Lda. · NIPC {_nipc} · Tel. 21 {digits(3)} {digits(4)}"}}
assistente: NIPC {_nipc}.
""")

_ref = f"{digits(3)} {digits(3)} {digits(3)}"
I("pt-PT", "dialogue", f"""
utilizador: paga a fatura da luz por multibanco
tool_call: edp.fatura({{"mes": "outubro"}})
tool_result: {{"entidade": "{digits(5)}", "referencia": "{_ref}", "valor": "54,17 €"}}
assistente: Entidade e referência obtidas; referência {_ref}, 54,17 €. Pago via homebanking?
utilizador: sim
""")

# ============================================================ Dutch
_b = bsn_nl()
S("nl", "dialogue", f"""
gebruiker: kun je de huurtoeslag-aanvraag invullen? mijn BSN is {_b[:4]}
gebruiker: sorry, hele nummer: {_b}
assistent: Dank je. Ik vul BSN {_b} in op Mijn toeslagen. Inloggen moet wel via jouw DigiD-app.
gebruiker: ok ik keur het goed in de app
tool_call: toeslagen.formulier({{"bsn": "{_b}", "type": "huurtoeslag", "huur": 742.10}})
tool_result: {{"status": "concept opgeslagen"}}
""", _b)

_ib = make_iban("NL")
S("nl", "dialogue", f"""
gebruiker: stuur een Tikkie naar de groep voor de etentjes, geld moet naar mijn rekening
assistent: Welk rekeningnummer moet op het verzoek?
gebruiker: {iban_fmt(_ib)}
tool_call: tikkie.maak({{"omschrijving": "Etentje De Kas", "bedrag_pp": 38.50, "iban": "{_ib}"}})
tool_result: {{"link": "https://tikkie.me/pay/{rs(ALNUM, 10)}"}}
assistent: Tikkie aangemaakt voor € 38,50 p.p.
""", iban_fmt(_ib))

_kc = digits(4)
S("nl", "handover", f"""
Overdracht weekenddienst (verhuur vakantiehuisje Texel):
- Gasten van zaterdag komen ±16u. Sleutelkastje naast de deur, code {_kc}.
- Na vertrek van de gasten de code wijzigen in de app van het kastje.
- Schoonmaakster Anja heeft een eigen sleutel.
""", _kc)

_p = pw(13)
S("nl", "dialogue", f"""
gebruiker: de Ziggo-mail doet het niet meer in Outlook
tool_call: outlook.account_info({{"account": "fam.dejong@ziggo.nl"}})
tool_result: {{"imap": "imap.ziggo.nl", "fout": "AUTHENTICATIONFAILED"}}
assistent: Het wachtwoord klopt niet meer. Heb je het laatst gewijzigd?
gebruiker: ja, het is nu {_p}
tool_call: outlook.set_password({{"account": "fam.dejong@ziggo.nl", "password": "{_p}"}})
tool_result: {{"imap": "verbonden"}}
""", _p)

_kvk = digits(8)
I("nl", "dialogue", f"""
gebruiker: wat is het KvK-nummer van de aannemer?
tool_call: kvk.zoeken({{"naam": "Bouwbedrijf Visser"}})
tool_result: [{{"kvk": "{_kvk}", "vestiging": "Alkmaar", "btw": "NL{digits(9)}B01"}}]
assistent: KvK {_kvk}, gevestigd in Alkmaar.
""")

_pc = f"{digits(4)} {rs('ABCDEFGHJKLMNPRSTVWXZ', 2)}"
I("nl", "dialogue", f"""
gebruiker: wanneer komt het PostNL-pakket?
tool_call: postnl.track({{"barcode": "3S{rs(string.ascii_uppercase, 4)}{digits(9)}", "postcode": "{_pc}"}})
tool_result: {{"status": "Wordt vandaag bezorgd", "tijdvak": "17:30 - 19:45"}}
assistent: Vandaag tussen 17:30 en 19:45.
""")

I("nl", "memory", """
Geleerd: bij de gemeente-app betekent "activatiecode" de brief met code die per post komt.
Die vult de gebruiker zelf in; ik bewaar hem niet. Pas op: de brief is 30 dagen geldig.
""")

_s = sha256()
I("nl", "dialogue", f"""
gebruiker: klopt de download van de belastingaangifte-software?
tool_call: shell.run({{"cmd": "shasum -a 256 ib2024.dmg"}})
tool_result: {_s}  ib2024.dmg
assistent: Hash {_s[:16]}… komt overeen met de waarde op belastingdienst.nl.
""")

# ============================================================ Polish
_ps = pesel()
S("pl", "dialogue", f"""
użytkownik: zapisz mnie do lekarza przez IKP
asystent: Potrzebuję numeru PESEL.
użytkownik: {_ps[:6]} i potem {_ps[6:]}
asystent: Czyli {_ps}. Zaloguj się proszę profilem zaufanym, a ja wybiorę termin.
tool_call: ikp.termin({{"pesel": "{_ps}", "specjalista": "okulista", "miasto": "Kraków"}})
tool_result: {{"najblizszy": "2025-02-03 08:15"}}
""", _ps)

_bl = otp()
S("pl", "dialogue", f"""
asystent: W kasie Żabki płacisz BLIKIEM — potrzebuję kodu z aplikacji banku.
użytkownik: {_bl}
tool_call: sklep_online.blik({{"kod": "{_bl}", "kwota": "89,99 zł"}})
tool_result: {{"status": "oczekuje na potwierdzenie w aplikacji"}}
asystent: Potwierdź jeszcze płatność w aplikacji banku.
""", _bl)

_ib = make_iban("PL")
S("pl", "memory", f"""
Notatka — przelewy cykliczne użytkownika
- czynsz dla pani Nowak: konto prywatne {_ib[2:]} , 2300 zł do 10-go
- prąd: Tauron, płatne przez aplikację
""", _ib[2:])

_nip = nip_pl()
I("pl", "dialogue", f"""
użytkownik: podaj NIP firmy, która robiła remont, do ulgi termomodernizacyjnej
tool_call: email.szukaj({{"q": "faktura Termo-Bud"}})
tool_result: {{"fragment": "TERMO-BUD Sp. z o.o. · NIP {_nip} · REGON {digits(9)}"}}
asystent: NIP firmy: {_nip}.
""")

I("pl", "dialogue", f"""
użytkownik: bank pisze, że "kod BLIK wygasł", czy coś jest nie tak?
asystent: Nie, kod BLIK jest ważny tylko 2 minuty. Wygeneruj nowy w aplikacji, gdy będziesz już przy kasie.
użytkownik: ok, a numer zamówienia to {digits(9)}, sprawdzisz czy przeszło?
tool_call: sklep.zamowienie({{"numer": "sprawdz"}})
tool_result: {{"status": "nieopłacone"}}
""")

_tr = digits(24)
I("pl", "dialogue", f"""
użytkownik: gdzie jest paczka z Allegro?
tool_call: inpost.sledz({{"numer": "{_tr}"}})
tool_result: {{"status": "Gotowa do odbioru", "paczkomat": "KRA12M"}}
asystent: Czeka w paczkomacie KRA12M. Kod odbioru przyjdzie SMS-em na Twój telefon.
""")

# ============================================================ Czech
_rc = rc_cz()
S("cs", "dialogue", f"""
uživatel: vyplň přihlášku do pojišťovny, rodné číslo je {_rc}
asistent: Díky, rodné číslo {_rc} zadávám. Potřebuju ještě číslo průkazu pojištěnce?
uživatel: to je stejné jako rodné číslo
tool_call: vzp.prihlaska({{"rodne_cislo": "{_rc}", "pojistovna": "111"}})
tool_result: {{"stav": "odesláno"}}
""", _rc)

_ib = make_iban("CZ")
S("cs", "handover", f"""
Předávka: paní Dvořáková platí úklid společných prostor ze svého účtu.
Vracíme jí to na {iban_fmt(_ib)} vždy k 15. v měsíci, 600 Kč.
Když bude na chalupě, neodpovídá na maily — volat.
""", iban_fmt(_ib))

_p = pw(11)
S("cs", "dialogue", f"""
uživatel: přihlas se do datové schránky a stáhni tu zprávu z finančáku
asistent: Jaké máš přihlašovací jméno a heslo?
uživatel: jméno {rs(string.ascii_lowercase, 6)}, heslo {_p}
tool_call: isds.login({{"heslo": "{_p}"}})
tool_result: {{"ok": true, "nove_zpravy": 1}}
asistent: Staženo: "Výzva k podání daňového přiznání".
""", _p)

_ico = ico_cz()
I("cs", "dialogue", f"""
uživatel: jaké je IČO té účetní firmy?
tool_call: ares.hledat({{"nazev": "Účetnictví Horák s.r.o."}})
tool_result: {{"ico": "{_ico}", "dic": "CZ{_ico}", "sidlo": "Brno, Kounicova 12"}}
asistent: IČO {_ico}, sídlo Kounicova 12, Brno.
""")

I("cs", "dialogue", f"""
uživatel: přišla mi SMS "Váš balík čeká, zaplaťte clo 2,50 Kč" s odkazem
asistent: To je podvod. Česká pošta clo takhle nevybírá a odkaz vede na cizí doménu.
uživatel: a číslo zásilky RR{digits(9)}CZ v té zprávě?
asistent: Je vymyšlené. Žádnou zásilku s tím číslem nemáš.
""")

I("cs", "memory", f"""
Poučení: heslo k Wi-Fi v kanceláři je na štítku routeru ve skříni. Nikam ho nepíšu.
Tiskárna: 10.0.0.{R.randint(20, 90)}, ovladač Brother HL-L2350DW.
""")

# ============================================================ Swedish
_pn = personnummer_se()
S("sv", "dialogue", f"""
användare: boka tid på vårdcentralen via 1177
assistent: Jag behöver ditt personnummer, sedan loggar du in med BankID.
användare: {_pn}
assistent: Tack. Personnummer {_pn} — öppna BankID-appen nu.
tool_call: vard1177.boka({{"personnummer": "{_pn.replace('-', '')}", "mottagning": "Vårdcentralen Väster"}})
tool_result: {{"tid": "torsdag 10:15"}}
""", _pn)

_dk = digits(4)
S("sv", "memory", f"""
Minnesanteckning — familjen Lindqvist
- Portkod till huset på Södermannagatan: {_dk}
- Sophämtning onsdagar
- Barnvakt Elsa har egen nyckel.
""", _dk)

_sw = rs(ALNUM, 20)
S("sv", "dialogue", f"""
användare: lägg in API-nyckeln för Fortnox i bokföringsskriptet
användare: {_sw}
tool_call: file.write({{"path": "~/bokforing/.env", "content": "FORTNOX_ACCESS_TOKEN={_sw}\\n"}})
tool_result: {{"bytes": 43}}
assistent: Klart. .env ligger i .gitignore, så den checkas inte in.
""", _sw)

_org = orgnr_se()
I("sv", "dialogue", f"""
användare: vilket organisationsnummer har snickaren för ROT-avdraget?
tool_call: email.sok({{"q": "Snickeri Berg faktura"}})
tool_result: {{"utdrag": "Snickeri Berg AB · Org.nr {_org} · Godkänd för F-skatt · Bankgiro {digits(3)}-{digits(4)}"}}
assistent: Org.nr {_org}, och de har F-skatt.
""")

I("sv", "dialogue", f"""
användare: vad är OCR-numret för hyran?
tool_call: email.sok({{"q": "hyresavi december"}})
tool_result: {{"utdrag": "Att betala: 8 450 kr · OCR {digits(12)} · Bankgiro 5050-1055"}}
assistent: OCR-numret finns på avin; jag lägger in betalningen med det.
""")

I("sv", "memory", """
Lärdom: BankID-"koden" är användarens egen säkerhetskod i appen — den ska aldrig sägas till mig.
Om hon läser upp den: avbryt och be henne byta den.
""")

# ============================================================ Norwegian
_fn = fnr_no()
S("no", "dialogue", f"""
bruker: kan du fylle ut søknaden om barnehageplass? fødselsnummeret til Ola er {_fn[:6]} {_fn[6:]}
assistent: Takk. Jeg legger inn {_fn} i feltet for barnets fødselsnummer.
tool_call: kommune.barnehage({{"barn_fnr": "{_fn}", "onsket_start": "2025-08-01"}})
tool_result: {{"status": "utkast lagret"}}
assistent: Utkastet er lagret; du må signere med BankID.
""", f"{_fn[:6]} {_fn[6:]}")

_ib = make_iban("NO")
S("no", "memory", f"""
Notat: Kari (nabo) legger ut for felles vedlikehold av hagen.
Hennes private konto: {_ib[4:8]}.{_ib[8:10]}.{_ib[10:]} — Vipps fungerer ikke for henne.
Betal 350 kr hver måned fra april til september.
""", f"{_ib[4:8]}.{_ib[8:10]}.{_ib[10:]}")

_p = pw(12)
S("no", "handover", f"""
Overlevering (kveldsvakt):
- Hytta på Geilo: alarmen (Sector) har brukerkode 1, passord til appen {_p}
- Varmekablene skal stå på 10 grader når ingen er der.
""", _p)

_on = orgnr_no()
I("no", "dialogue", f"""
bruker: hva er organisasjonsnummeret til rørleggeren?
tool_call: brreg.sok({{"navn": "Rør-Eksperten AS"}})
tool_result: {{"orgnr": "{_on}", "adresse": "Storgata 4, 3550 Gol"}}
assistent: Org.nr {group(_on, 3)}, adresse Storgata 4, Gol.
""")

I("no", "dialogue", f"""
bruker: når går ferga fra Bastø?
tool_call: basto.rutetider({{"fra": "Moss", "dato": "i dag"}})
tool_result: {{"avganger": ["14:15", "14:45", "15:15"], "billett": "bookingnr {digits(8)}"}}
assistent: Neste avganger 14:15, 14:45 og 15:15. Bookingen din gjelder alle avganger i dag.
""")

I("no", "memory", """
Lærdom: når brukeren ber om "koden til hytta", gjelder det nøkkelboksen — den har hun selv.
Jeg lagrer ingen koder; bare at nøkkelboksen står bak vedskjulet.
""")

# ============================================================ Danish
_cp = cpr_dk()
S("da", "dialogue", f"""
bruger: kan du bestille tid hos lægen? de vil have mit CPR-nummer
assistent: Ja, hvad er det?
bruger: {_cp[:6]}... resten er {_cp[7:]}
assistent: Så {_cp}. Jeg booker via MinLæge.
tool_call: minlaege.book({{"cpr": "{_cp}", "aarsag": "vaccination"}})
tool_result: {{"tid": "mandag 08:40"}}
""", _cp)

_mp = otp(6)
S("da", "dialogue", f"""
assistent: MitID beder om koden fra kodeviseren.
bruger: der står {_mp[:3]} {_mp[3:]}
tool_call: browser.udfyld({{"felt": "#mitid-code", "vaerdi": "{_mp}"}})
tool_result: {{"status": "logget ind på borger.dk"}}
""", _mp)

_p = pw(11)
S("da", "memory", f"""
Hukommelse — Mette (kunde, frisørsalon)
- Bookingsystemet (Planway): mette@salonmette.dk / {_p}
- Hun vil have påmindelser sendt kl. 18 dagen før.
""", _p)

_cvr = cvr_dk()
I("da", "dialogue", f"""
bruger: hvad er CVR-nummeret på tømreren?
tool_call: cvr.sog({{"navn": "Tømrer Jensen ApS"}})
tool_result: {{"cvr": "{_cvr}", "adresse": "Vestergade 9, 8000 Aarhus C"}}
assistent: CVR {_cvr}.
""")

I("da", "dialogue", f"""
bruger: hvor er min pakke fra GLS?
tool_call: gls.spor({{"nummer": "{digits(11)}"}})
tool_result: {{"status": "Leveret til pakkeshop", "shop": "Netto Frederiksbjerg"}}
assistent: Den ligger i pakkeshoppen i Netto Frederiksbjerg.
""")

I("da", "memory", """
Lært: "NemID-nøglekort" findes ikke længere; brugeren har MitID-app. Jeg skal aldrig bede om koder derfra.
""")

# ============================================================ Finnish
_ht = hetu_fi()
S("fi", "dialogue", f"""
käyttäjä: täytä Kelan lomake, henkilötunnus on {_ht}
avustaja: Kiitos. Syötän henkilötunnuksen {_ht}. Tunnistautuminen pitää tehdä pankkitunnuksilla.
käyttäjä: ok
tool_call: kela.lomake({{"hetu": "{_ht}", "etuus": "asumistuki"}})
tool_result: {{"tila": "luonnos tallennettu"}}
""", _ht)

_ib = make_iban("FI")
S("fi", "handover", f"""
Vuoronvaihto: Mummon kotihoidon laskut maksetaan hänen omalta tililtään {iban_fmt(_ib)}.
Valtakirja on voimassa maaliskuuhun. Ei muita avoimia asioita.
""", iban_fmt(_ib))

_p = pw(12)
S("fi", "dialogue", f"""
käyttäjä: kirjaudu Wilmaan ja katso onko opettaja vastannut
avustaja: Mikä on Wilman salasana?
käyttäjä: {_p}
tool_call: wilma.login({{"kayttaja": "huoltaja.virtanen", "salasana": "{_p}"}})
tool_result: {{"uudet_viestit": 2}}
""", _p)

_yt = ytunnus_fi()
I("fi", "dialogue", f"""
käyttäjä: mikä on remonttifirman Y-tunnus kotitalousvähennykseen?
tool_call: ytj.hae({{"nimi": "Remonttipalvelu Koski Oy"}})
tool_result: {{"y_tunnus": "{_yt}", "kotipaikka": "Tampere"}}
avustaja: Y-tunnus {_yt}.
""")

I("fi", "dialogue", f"""
käyttäjä: missä paketti on?
tool_call: posti.seuraa({{"tunnus": "JJFI{digits(14)}"}})
tool_result: {{"tila": "Noudettavissa", "paikka": "Pakettiautomaatti K-Market Hervanta"}}
avustaja: Paketti on noudettavissa K-Market Hervannan automaatista. Noutokoodi tuli sinulle tekstiviestinä.
""")

I("fi", "memory", """
Opittu: "tunnusluku" tarkoittaa pankin sovelluksen PIN-koodia. Sitä ei koskaan kysytä eikä tallenneta.
""")

# ============================================================ Hungarian
_taj = digits(8)
_taj = _taj + str(sum(int(a) * w for a, w in zip(_taj, [3, 7, 3, 7, 3, 7, 3, 7])) % 10)
_taj = f"{_taj[:3]} {_taj[3:6]} {_taj[6:]}"
S("hu", "dialogue", f"""
felhasználó: foglalj időpontot a háziorvoshoz, kell a TAJ-szám
asszisztens: Rendben, mi a TAJ-számod?
felhasználó: {_taj}
tool_call: eeszt.idopont({{"taj": "{_taj.replace(' ', '')}", "orvos": "dr. Kiss Ágnes"}})
tool_result: {{"idopont": "kedd 9:20"}}
""", _taj)

_p = pw(11)
S("hu", "memory", f"""
Jegyzet — Zsófi (ügyfél, cukrászda)
- Webshop admin (Shoprenter): zsofi.cukraszda / {_p}
- Szombaton nem dolgozik, hétfőn válaszol.
""", _p)

_o = otp()
S("hu", "dialogue", f"""
asszisztens: Az Ügyfélkapu+ kéri a hitelesítő alkalmazás kódját.
felhasználó: {_o}
tool_call: browser.kitolt({{"mezo": "#totp", "ertek": "{_o}"}})
tool_result: {{"allapot": "bejelentkezve"}}
""", _o)

_ad = f"{digits(8)}-{digits(1)}-{digits(2)}"
I("hu", "dialogue", f"""
felhasználó: mi a villanyszerelő cég adószáma?
tool_call: email.keres({{"q": "Villany-Fix számla"}})
tool_result: {{"reszlet": "Villany-Fix Kft. · Adószám: {_ad} · Cégjegyzékszám: 01-09-{digits(6)}"}}
asszisztens: Adószám {_ad}.
""")

I("hu", "dialogue", f"""
felhasználó: hol tart a GLS csomag?
tool_call: gls.kovet({{"szam": "{digits(11)}"}})
tool_result: {{"allapot": "Kiszállítás alatt", "idoablak": "13-16"}}
asszisztens: Ma 13 és 16 óra között érkezik.
""")

I("hu", "memory", """
Tanulság: a bank SMS-ben küldött "jelszó" valójában egyszer használatos kód; soha nem kérem el és nem mentem.
""")

# ============================================================ Romanian
_cn = cnp_ro()
S("ro", "dialogue", f"""
utilizator: completează cererea pentru pașaport, CNP-ul meu e {_cn}
asistent: Am introdus CNP {_cn}. Mai trebuie programarea la Serviciul Pașapoarte.
tool_call: pasapoarte.programare({{"cnp": "{_cn}", "judet": "Cluj"}})
tool_result: {{"data": "2025-01-09 11:30"}}
""", _cn)

_ib = make_iban("RO")
S("ro", "memory", f"""
Notă — chiria apartamentului din Iași
- proprietara, dna Popescu, cont personal {iban_fmt(_ib)}
- 1.900 lei până pe 5 ale lunii
""", iban_fmt(_ib))

_p = pw(10)
S("ro", "dialogue", f"""
utilizator: intră pe ghiseul.ro și plătește amenda
asistent: Care e parola contului?
utilizator: {_p} — sau stai, am schimbat-o luna trecută... nu, e tot aia
tool_call: ghiseul.login({{"parola": "{_p}"}})
tool_result: {{"ok": true, "debite": [{{"tip": "amendă", "suma": "145 lei"}}]}}
""", _p)

_cui = "RO" + digits(8)
I("ro", "dialogue", f"""
utilizator: care e CUI-ul firmei de curierat pentru factură?
tool_call: anaf.cauta({{"denumire": "Curier Rapid SRL"}})
tool_result: {{"cui": "{_cui}", "nr_reg_com": "J40/{digits(4)}/2017"}}
asistent: CUI {_cui}.
""")

I("ro", "dialogue", f"""
utilizator: unde e coletul de la eMAG?
tool_call: sameday.awb({{"awb": "1ONB{digits(9)}"}})
tool_result: {{"status": "În easybox", "locatie": "Kaufland Mănăștur"}}
asistent: E în easybox-ul de la Kaufland Mănăștur; codul de deschidere îl primești pe SMS.
""")

I("ro", "memory", """
Lecție: utilizatorul folosește cuvântul "cod" și pentru codul poștal. Codul poștal (400{}) nu e secret.
""".replace("{}", digits(3)))

# ============================================================ Greek
_am = amka_gr()
S("el", "dialogue", f"""
χρήστης: κλείσε μου ραντεβού για εμβόλιο, ο ΑΜΚΑ μου είναι {_am}
βοηθός: Ευχαριστώ. Περνάω ΑΜΚΑ {_am} στην πλατφόρμα.
tool_call: emvolio.rantevou({{"amka": "{_am}", "perioxi": "Θεσσαλονίκη"}})
tool_result: {{"imerominia": "Πέμπτη 12:00"}}
""", _am)

_ib = make_iban("GR")
S("el", "memory", f"""
Σημείωση — ενοίκιο Ελένης
- προσωπικός λογαριασμός του ιδιοκτήτη: {iban_fmt(_ib)}
- 420 € μέχρι τις 3 του μήνα
""", iban_fmt(_ib))

_p = pw(12)
S("el", "dialogue", f"""
χρήστης: μπες στο Taxisnet να κατεβάσεις το εκκαθαριστικό
βοηθός: Ποιοι είναι οι κωδικοί;
χρήστης: χρήστης {rs(string.ascii_lowercase, 7)}, κωδικός {_p}
tool_call: taxisnet.login({{"kodikos": "{_p}"}})
tool_result: {{"ok": true}}
""", _p)

_afm = afm_gr()
I("el", "dialogue", f"""
χρήστης: ποιο είναι το ΑΦΜ του λογιστικού γραφείου;
tool_call: email.anazitisi({{"q": "Λογιστικό Γραφείο Παππάς τιμολόγιο"}})
tool_result: {{"apospasma": "ΠΑΠΠΑΣ ΛΟΓΙΣΤΙΚΗ Ι.Κ.Ε. · ΑΦΜ {_afm} · ΔΟΥ Καλαμαριάς"}}
βοηθός: ΑΦΜ επιχείρησης {_afm}, ΔΟΥ Καλαμαριάς.
""")

I("el", "dialogue", f"""
χρήστης: πού είναι το δέμα από ACS;
tool_call: acs.track({{"voucher": "{digits(10)}"}})
tool_result: {{"status": "Σε διανομή"}}
βοηθός: Είναι σε διανομή σήμερα.
""")

I("el", "memory", """
Μάθημα: ο "κωδικός" που ζητάει η τράπεζα στο τηλέφωνο δεν δίνεται ποτέ σε μένα. Σημειώνω μόνο ότι ο χρήστης έχει ενεργό 2FA.
""")

# ============================================================ Turkish
_tc = tckn_tr()
S("tr", "dialogue", f"""
kullanıcı: e-Devlet'ten adli sicil kaydı alır mısın
asistan: T.C. kimlik numaranı ve e-Devlet şifreni girmem gerekecek. Şifreyi sen girersen daha iyi.
kullanıcı: tamam, kimlik no {_tc}
tool_call: edevlet.form({{"tckn": "{_tc}", "hizmet": "adli-sicil-kaydi"}})
tool_result: {{"durum": "giriş bekleniyor"}}
asistan: Kimlik numarasını yazdım, şifre ekranı açık.
""", _tc)

_ib = make_iban("TR")
S("tr", "dialogue", f"""
kullanıcı: ev sahibine kirayı gönder, IBAN'ı WhatsApp'tan attı
kullanıcı: {iban_fmt(_ib)}
asistan: {iban_fmt(_ib)} — alıcı Mehmet Aydın, 18.500 TL, açıklama "Aralık kira". Onaylıyor musun?
kullanıcı: evet
tool_call: banka.havale({{"iban": "{_ib}", "tutar": 18500, "aciklama": "Aralık kira"}})
tool_result: {{"durum": "gönderildi"}}
""", iban_fmt(_ib))

_o = otp()
S("tr", "dialogue", f"""
asistan: Trendyol ödeme için 3D Secure kodu istiyor.
kullanıcı: bankadan gelen şifre {_o}
tool_call: tarayici.doldur({{"alan": "#otp", "deger": "{_o}"}})
tool_result: {{"odeme": "başarılı"}}
""", _o)

_p = pw(12)
S("tr", "handover", f"""
Devir notu: Ayşe Hanım'ın kafe Instagram hesabı
- kullanıcı adı: @kahveduragi_kadikoy, şifre {_p}
- İki adımlı doğrulama kodları Ayşe Hanım'ın telefonuna gidiyor; sabah 10'dan önce arama.
""", _p)

_vkn = digits(10)
I("tr", "dialogue", f"""
kullanıcı: muhasebecinin vergi numarası lazım fatura için
tool_call: email.ara({{"q": "Yıldız Mali Müşavirlik fatura"}})
tool_result: {{"ozet": "Yıldız Mali Müşavirlik Ltd. Şti. · Vergi Dairesi: Kadıköy · VKN {_vkn}"}}
asistan: VKN {_vkn}, Kadıköy Vergi Dairesi.
""")

I("tr", "dialogue", f"""
kullanıcı: kargom nerede?
tool_call: yurtici.takip({{"kod": "{digits(12)}"}})
tool_result: {{"durum": "Dağıtıma çıktı", "sube": "Moda"}}
asistan: Bugün dağıtımda, Moda şubesinden.
""")

I("tr", "memory", """
Öğrenilen: kullanıcı "şifre" kelimesini hem banka SMS kodu hem de hesap parolası için kullanıyor.
Hiçbirini kaydetmiyorum; sadece hangi hesapta 2FA açık olduğunu not ediyorum (e-Devlet: açık).
""")

_im = imei()
I("tr", "dialogue", f"""
kullanıcı: yurtdışından aldığım telefonu kayıt ettirmem lazım
asistan: IMEI numarasını *#06# ile görebilirsin.
kullanıcı: {_im}
tool_call: edevlet.imei_sorgu({{"imei": "{_im}"}})
tool_result: {{"durum": "kayıt dışı", "harc": "31.692 TL"}}
""")

# ============================================================ Russian
_inn = inn_ru()
S("ru", "dialogue", f"""
пользователь: заполни заявление на налоговый вычет, мой ИНН {_inn[:6]}
пользователь: ой, полностью: {_inn}
ассистент: Записал ИНН {_inn}. Вход в личный кабинет ФНС сделаешь сам через Госуслуги?
пользователь: да
tool_call: nalog.vychet({{"inn": "{_inn}", "tip": "лечение", "summa": 48200}})
tool_result: {{"status": "черновик"}}
""", _inn)

_sn = snils_ru()
S("ru", "memory", f"""
Заметка — мама пользователя (Галина Петровна)
- СНИЛС: {_sn}
- поликлиника №12, участковый врач Смирнова
- звонить после 10 утра
""", _sn)

_c = card("mir")
S("ru", "dialogue", f"""
пользователь: оплати ЖКХ картой Мир
пользователь: номер {group(_c)}
пользователь: срок {expiry()}, код сзади {cvc()}
ассистент: Карта {_c[:4]} … {_c[-4:]} принята. Плачу 6 412,80 ₽ по квитанции за октябрь.
tool_call: zhkh.oplata({{"karta": "{_c}", "summa": "6412.80"}})
tool_result: {{"status": "оплачено"}}
""", group(_c))

_o = otp()
S("ru", "dialogue", f"""
ассистент: Госуслуги прислали код подтверждения на твой телефон.
пользователь: код {_o}, но не говори его никому, ладно?
ассистент: Конечно. Ввожу.
tool_call: browser.vvod({{"pole": "#otp", "znachenie": "{_o}"}})
tool_result: {{"vhod": "успешно"}}
""", _o)

_pp = f"{digits(2)} {digits(2)} {digits(6)}"
S("ru", "handover", f"""
Передача дел: оформляем загранпаспорт для Ивана Сергеевича.
Данные внутреннего паспорта: серия и номер {_pp}, выдан ГУ МВД по г. Москве.
Заявление отправлено, ждём приглашения в МФЦ.
""", _pp)

_ogrn = ogrn_ru()
I("ru", "dialogue", f"""
пользователь: нужны реквизиты клиники для справки
tool_call: email.poisk({{"q": "Клиника Медлайн договор"}})
tool_result: {{"fragment": "ООО «Медлайн» · ИНН {digits(10)} · ОГРН {_ogrn} · лицензия Л041-{digits(5)}"}}
ассистент: Реквизиты организации нашлись: ОГРН {_ogrn}, лицензия указана там же.
""")

I("ru", "dialogue", f"""
пользователь: где посылка с Ozon?
tool_call: ozon.otslezhivanie({{"nomer": "{digits(8)}-{digits(4)}-1"}})
tool_result: {{"status": "В пункте выдачи", "srok_hraneniya": "до 21 ноября"}}
ассистент: Лежит в пункте выдачи до 21 ноября.
""")

I("ru", "memory", """
Урок: пользователь путает «пароль» и «ПИН» от карты. Ни то, ни другое не сохраняю.
Если просит «напомнить пароль» — отправляю на страницу восстановления.
""")

_u = uuid4()
I("ru", "dialogue", f"""
пользователь: почему бот в телеге не отвечает?
tool_call: logs.tail({{"service": "tgbot", "lines": 2}})
tool_result: 12:04:11 INFO update_id={digits(9)} request_id={_u}
12:04:11 ERROR Conflict: terminated by other getUpdates request
ассистент: Запущено два экземпляра бота. Останови старый процесс на VPS.
""")

_b = btc_bech32()
I("ru", "dialogue", f"""
пользователь: какой адрес для донатов указан у проекта на GitHub?
tool_call: web.fetch({{"url": "https://github.com/lnbrk/tidepool#donate"}})
tool_result: ... BTC: {_b} ...
ассистент: Публичный адрес для пожертвований: {_b}.
""")

# ============================================================ Ukrainian
_rn = rnokpp_ua()
S("uk", "dialogue", f"""
користувач: подай декларацію через Дію, мій РНОКПП {_rn}
асистент: Дякую, вношу РНОКПП {_rn}. Підпис потрібно буде поставити в застосунку.
tool_call: diia.deklaratsiia({{"rnokpp": "{_rn}", "rik": 2024}})
tool_result: {{"status": "очікує підпису"}}
""", _rn)

_ib = make_iban("UA")
S("uk", "dialogue", f"""
користувач: скинь волонтерці гроші на її особисту картку... ні, на рахунок
користувач: {_ib}
асистент: Переказую 1 500 грн на {_ib}, отримувач Олена Коваль. Підтверджуєш?
користувач: так
tool_call: bank.perekaz({{"iban": "{_ib}", "suma": 1500}})
tool_result: {{"status": "виконано"}}
""", _ib)

_c = card("visa")
S("uk", "memory", f"""
Нотатка: користувач просив зберегти номер картки дружини для поповнення:
{_c}
(попередив, що краще зберігати в банківському застосунку)
""", _c)

_p = pw(12)
S("uk", "handover", f"""
Передача зміни: сайт пекарні "Калач"
- адмінка WordPress: kalach_admin / {_p}
- оновлення плагінів — лише по понеділках
""", _p)

_ed = digits(8)
I("uk", "dialogue", f"""
користувач: який ЄДРПОУ у управляючої компанії?
tool_call: email.poshuk({{"q": "ОСББ Сонячне рахунок"}})
tool_result: {{"fragment": "ОСББ «Сонячне» · ЄДРПОУ {_ed} · тел. 044 {digits(3)} {digits(2)} {digits(2)}"}}
асистент: ЄДРПОУ {_ed}.
""")

I("uk", "dialogue", f"""
користувач: де моя посилка Нової пошти?
tool_call: novaposhta.track({{"ttn": "20{digits(12)}"}})
tool_result: {{"status": "Прибула у відділення", "viddilennia": "№ 47"}}
асистент: Посилка у відділенні № 47.
""")

I("uk", "memory", f"""
Урок: у квитанції ЖКП "особовий рахунок {digits(8)}" — це номер абонента, не банківський рахунок. Не секрет.
""")

I("uk", "dialogue", f"""
користувач: а що таке "ключ КЕП" у Дії?
асистент: Це кваліфікований електронний підпис. Файл ключа та пароль до нього — тільки у тебе; мені їх не надсилай.
користувач: зрозумів, у мене він на флешці
асистент: Чудово. Термін дії перевір у кабінеті АЦСК.
""")

# ============================================================ Hebrew
_tz = tz_il()
S("he", "dialogue", f"""
משתמש: תזמין לי תור בקופת חולים, מספר תעודת זהות {_tz}
עוזר: תודה. נכנס עם ת"ז {_tz} לאתר של כללית. הם ישלחו קוד חד-פעמי לטלפון.
משתמש: קיבלתי, אני אקליד אותו בעצמי
tool_call: clalit.tor({{"tz": "{_tz}", "rofe": "ד\\"ר לוי"}})
tool_result: {{"tor": "יום ג' 16:20"}}
""", _tz)

_ib = make_iban("IL")
S("he", "memory", f"""
הערה — תשלום לגננת על חוג אחר הצהריים
חשבון פרטי שלה: {_ib}
250 ש"ח בכל ראשון לחודש
""", _ib)

_p = pw(11)
S("he", "dialogue", f"""
משתמש: תיכנס לאתר של חברת החשמל ותוריד את החשבונית
עוזר: מה הסיסמה?
משתמש: {_p}
tool_call: iec.login({{"password": "{_p}"}})
tool_result: {{"ok": true, "hashbonit": "אוקטובר 412.30 ש\\"ח"}}
""", _p)

_hp = "51" + digits(7)
I("he", "dialogue", f"""
משתמש: מה ח.פ. של חברת ההובלות?
tool_call: email.search({{"q": "הובלות השרון קבלה"}})
tool_result: {{"snippet": "הובלות השרון בע\\"מ · ח.פ. {_hp} · טל' 09-{digits(7)}"}}
עוזר: ח.פ. {_hp}.
""")

I("he", "dialogue", f"""
משתמש: איפה החבילה מעלי אקספרס?
tool_call: israelpost.track({{"id": "LP{digits(14)}"}})
tool_result: {{"status": "ממתין לאיסוף בסניף"}}
עוזר: היא מחכה בסניף הדואר; הקוד לאיסוף נשלח אליך ב-SMS.
""")

I("he", "memory", """
לקח: המשתמש כותב "סיסמה" גם כשהוא מתכוון לקוד של האינטרקום. אני לא שומר אף אחד מהם.
""")

# ============================================================ Arabic
_ei = emirates_id()
S("ar", "dialogue", f"""
المستخدم: جدد لي تأشيرة الخادمة، يحتاجون رقم الهوية الإماراتية
المساعد: تمام، ما رقم هويتك؟
المستخدم: {_ei}
tool_call: icp.renew({{"sponsor_eid": "{_ei}", "type": "domestic_worker"}})
tool_result: {{"status": "قيد المراجعة", "ref": "{digits(10)}"}}
المساعد: تم تقديم الطلب، رقم المرجع مرسل إلى بريدك.
""", _ei)

_ib = make_iban("SA")
S("ar", "dialogue", f"""
المستخدم: حوّل لأخوي ٢٠٠٠ ريال
المساعد: ما رقم الآيبان الخاص به؟
المستخدم: {_ib[:12]}
المستخدم: والباقي {_ib[12:]}
المساعد: إذن الآيبان هو {_ib} باسم فهد العتيبي. أؤكد التحويل؟
المستخدم: نعم
tool_call: bank.transfer({{"iban": "{_ib}", "amount": 2000, "currency": "SAR"}})
""", _ib)

_p = pw(12)
S("ar", "handover", f"""
ملاحظة تسليم: حساب متجر سلة الخاص بالسيدة نورة
- البريد: noura.store@gmail.com
- كلمة المرور: {_p}
- لا تغيّر أسعار الشحن قبل موافقتها.
""", _p)

_o = otp(4)
S("ar", "dialogue", f"""
المساعد: أرسل تطبيق أبشر رمز التحقق إلى جوالك.
المستخدم: الرمز {_o}
tool_call: absher.verify({{"code": "{_o}"}})
tool_result: {{"status": "تم تسجيل الدخول"}}
المساعد: دخلت، رخصة القيادة سارية حتى 1448هـ.
""", _o)

_cr = digits(10)
I("ar", "dialogue", f"""
المستخدم: أحتاج السجل التجاري لشركة الصيانة
tool_call: email.search({{"q": "شركة الصيانة المتحدة فاتورة"}})
tool_result: {{"snippet": "شركة الصيانة المتحدة · س.ت {_cr} · الرقم الضريبي 3{digits(13)}3"}}
المساعد: رقم السجل التجاري {_cr}.
""")

I("ar", "dialogue", f"""
المستخدم: وين الشحنة من نون؟
tool_call: aramex.track({{"awb": "{digits(11)}"}})
tool_result: {{"status": "خرجت للتوصيل"}}
المساعد: خرجت للتوصيل اليوم.
""")

I("ar", "memory", """
درس: المستخدم يسمي رمز التحقق "كلمة السر المؤقتة". لا أحفظه أبداً، وأذكّره ألا يرسله لأحد يتصل به.
""")

_dg = sha256()
I("ar", "dialogue", f"""
المستخدم: هل ملف التحديث سليم؟
tool_call: shell.run({{"cmd": "sha256sum update.zip"}})
tool_result: {_dg}  update.zip
المساعد: البصمة تطابق المنشورة في موقع الشركة.
""")

# ============================================================ Persian
_mc = digits(10)
_mc = _mc[:9] + str((lambda s: s if s < 2 else 11 - s)(sum(int(a) * w for a, w in zip(_mc[:9], range(10, 1, -1))) % 11))
S("fa", "dialogue", f"""
کاربر: برام نوبت سفارت بگیر، کد ملی‌ام {_mc[:3]}-{_mc[3:9]}-{_mc[9]} هست
دستیار: ممنون، کد ملی {_mc} را وارد می‌کنم.
tool_call: embassy.appointment({{"national_code": "{_mc}", "type": "visa"}})
tool_result: {{"date": "۱۴۰۳/۱۰/۱۲"}}
""", f"{_mc[:3]}-{_mc[3:9]}-{_mc[9]}")

_c = luhn_complete("603799", 16)
S("fa", "dialogue", f"""
کاربر: قبض برق را با کارتم پرداخت کن
کاربر: شماره کارت {group(_c, 4, '-')}
کاربر: رمز دوم پویا را الان پیامک کردند: {otp(6)}
tool_call: pay.bill({{"card": "{_c}", "bill_id": "{digits(13)}"}})
tool_result: {{"status": "پرداخت شد"}}
""", group(_c, 4, '-'))

_p = pw(11)
S("fa", "memory", f"""
یادداشت — حساب دیجی‌کالای مادر کاربر
- رمز عبور: {_p}
- فقط برای سفارش دارو از داروخانه آنلاین استفاده شود.
""", _p)

I("fa", "dialogue", f"""
کاربر: کد رهگیری مرسوله پست چیه؟
tool_call: post.track({{"code": "{digits(24)}"}})
tool_result: {{"status": "تحویل به نامه‌رسان"}}
دستیار: مرسوله امروز تحویل نامه‌رسان شده است.
""")

I("fa", "dialogue", """
کاربر: بانک گفته «رمز دوم» را به کسی نده. رمز دوم چیه؟
دستیار: رمزی است که برای خرید اینترنتی لازم است. هیچ‌وقت آن را به من یا کسی که تماس می‌گیرد نده.
کاربر: باشه، فقط خودم وارد می‌کنم
""")

I("fa", "memory", f"""
درس: شناسه قبض ({digits(13)}) و شناسه پرداخت رمز نیستند؛ روی خود قبض چاپ شده‌اند.
""")

# ============================================================ Arabizi (Arabic in Latin script)
_p = pw(10)
S("ar-Latn", "dialogue", f"""
user: ya 3am eftahli el account beta3 vodafone cash
assistant: tamam, el PIN beta3ak kam?
user: el pin howa {digits(6)} ... la2 msh da, da beta3 el visa. el password beta3 el app {_p}
tool_call: vodafone.login({{"password": "{_p}"}})
tool_result: {{"balance": "1,240 EGP"}}
assistant: el raseed 1240 geneh.
""", _p)

_o = otp()
S("ar-Latn", "dialogue", f"""
assistant: el bank ba3at code 3ala el mobile, ektebhouli
user: {_o} bas bsor3a 3shan byekhlas ba3d de2i2a
tool_call: bank.confirm({{"otp": "{_o}"}})
tool_result: {{"status": "done"}}
assistant: tamam, el tahweel et3amal.
""", _o)

_ib = make_iban("AE")
S("ar-Latn", "memory", f"""
note: el user 3ayez yeb3at lel akh beta3o kol shahr 500 dirham 3al IBAN da {_ib}
(7esab shakhsi, msh sharika)
""", _ib)

I("ar-Latn", "dialogue", f"""
user: fein el order beta3 Talabat? raqam el order {digits(9)}
tool_call: talabat.order_status({{"id": "latest"}})
tool_result: {{"status": "on the way", "eta": "12 min"}}
assistant: el delivery 3al tari2, 12 de2i2a.
""")

I("ar-Latn", "memory", """
lesson: lama el user y2ool "el code" momken ykoon 2asdo 3la el promo code (zay RAMADAN25) — da msh secret, 3adi.
""")

I("ar-Latn", "dialogue", f"""
user: 3ayez a3raf raqam el shakwa beta3ty ma3 etisalat
tool_call: etisalat.tickets({{}})
tool_result: [{{"ticket": "INC{digits(8)}", "status": "in progress"}}]
assistant: el shakwa lessa ta7t el tanfeez, raqamha fel email.
""")

# ============================================================ Urdu
_cnic = f"{R.choice(['35202', '42101', '61101'])}-{digits(7)}-{R.randint(1, 9)}"
S("ur", "dialogue", f"""
صارف: نادرا کی ویب سائٹ پر فارم بھر دو، میرا شناختی کارڈ نمبر {_cnic} ہے
معاون: شکریہ، شناختی کارڈ نمبر {_cnic} درج کر رہا ہوں۔
tool_call: nadra.form({{"cnic": "{_cnic}", "service": "FRC"}})
tool_result: {{"status": "submitted"}}
""", _cnic)

_p = otp(4)
S("ur", "memory", f"""
نوٹ: امی کے جاز کیش اکاؤنٹ کا ایم پن {_p} ہے — صرف بل کی ادائیگی کے لیے، انہوں نے خود بتایا۔
""", _p)

I("ur", "dialogue", f"""
صارف: ٹی سی ایس پارسل کہاں ہے؟
tool_call: tcs.track({{"cn": "{digits(12)}"}})
tool_result: {{"status": "Out for delivery"}}
معاون: آج ڈیلیوری کے لیے نکل چکا ہے۔
""")

I("ur", "memory", """
سبق: بینک کبھی فون پر پاس ورڈ یا او ٹی پی نہیں مانگتا۔ صارف کو یہی بتایا؛ کوئی کوڈ محفوظ نہیں کیا۔
""")

# ============================================================ Hindi
_ad = aadhaar()
S("hi", "dialogue", f"""
उपयोगकर्ता: गैस सब्सिडी के लिए आधार लिंक करना है
सहायक: ठीक है, आधार नंबर बताइए।
उपयोगकर्ता: {_ad[:9]}... बाकी {_ad[10:]}
सहायक: यानी {_ad}। सही है?
उपयोगकर्ता: हाँ
tool_call: indane.link_aadhaar({{"aadhaar": "{_ad.replace(' ', '')}", "consumer_no": "{digits(8)}"}})
tool_result: {{"status": "OTP भेजा गया"}}
""", _ad)

_up = digits(6)
S("hi", "dialogue", f"""
उपयोगकर्ता: बिजली का बिल UPI से भर दो
सहायक: भुगतान के लिए UPI PIN चाहिए। बेहतर होगा आप खुद ऐप में डालें।
उपयोगकर्ता: नहीं, तुम ही डाल दो, पिन {_up} है
tool_call: upi.pay({{"vpa": "msedcl@upi", "amount": 1840, "pin": "{_up}"}})
tool_result: {{"status": "SUCCESS"}}
""", _up)

_p = pw(11)
S("hi", "memory", f"""
याद रखें — पिताजी का IRCTC खाता
- यूज़र आईडी: rk_sharma61
- पासवर्ड: {_p}
- तत्काल टिकट सुबह 10 बजे खुलते हैं।
""", _p)

_pan = pan_in("Verma")
S("hi", "handover", f"""
हैंडओवर नोट: सुनीता वर्मा जी का आयकर रिटर्न
- PAN: {_pan}
- फॉर्म 16 मिल गया, 80C में PPF जोड़ना बाकी है
""", _pan)

_gst = f"27{rs(string.ascii_uppercase, 5)}{digits(4)}{rs(string.ascii_uppercase, 1)}1Z{rs(string.ascii_uppercase + string.digits, 1)}"
I("hi", "dialogue", f"""
उपयोगकर्ता: दुकान का GSTIN बिल पर क्या है?
tool_call: email.search({{"q": "शर्मा इलेक्ट्रॉनिक्स बिल"}})
tool_result: {{"snippet": "Sharma Electronics · GSTIN {_gst} · Invoice #{digits(5)}"}}
सहायक: दुकान का GSTIN {_gst} है।
""")

I("hi", "dialogue", f"""
उपयोगकर्ता: PNR स्टेटस देखो
tool_call: irctc.pnr({{"pnr": "{digits(10)}"}})
tool_result: {{"status": "CNF", "coach": "B3", "berth": 42}}
सहायक: टिकट कन्फर्म है, कोच B3, बर्थ 42।
""")

I("hi", "memory", """
सबक: उपयोगकर्ता "OTP भेजो" कहते हैं तो मतलब है कि मैं उन्हें याद दिलाऊँ — OTP मैं कभी सेव नहीं करता।
""")

_ifsc = f"SBIN0{digits(6)}"
I("hi", "dialogue", f"""
उपयोगकर्ता: मेरी ब्रांच का IFSC कोड क्या है?
सहायक: आपकी शाखा (SBI, कोथरूड) का IFSC {_ifsc} है — यह सार्वजनिक जानकारी है।
उपयोगकर्ता: और खाता नंबर?
सहायक: वह मेरे पास सेव नहीं है; पासबुक देख लीजिए।
""")

# ============================================================ Hinglish (code-switching)
_up = otp()
S("hi-Latn", "dialogue", f"""
user: yaar Swiggy pe order kar de, card se pay karna
assistant: theek hai, bank ne OTP bheja hoga
user: haan aaya hai, {_up} hai, jaldi daal de expire ho jayega
tool_call: swiggy.pay({{"otp": "{_up}"}})
tool_result: {{"status": "order placed", "eta": "32 min"}}
assistant: order ho gaya, 32 min mein aa jayega
""", _up)

_ad = aadhaar()
S("hi-Latn", "memory", f"""
note: Dadi ka Aadhaar {_ad} — pension ke KYC ke liye user ne diya tha.
Next KYC March mein due hai.
""", _ad)

_wp = rs(string.ascii_lowercase, 5) + "@" + digits(4)
S("hi-Latn", "dialogue", f"""
user: bhai guests aa rahe hain, wifi ka password bata de unko
assistant: wifi ka naam "Airtel_Mehta_5G" hai. password kya rakha tha?
user: {_wp}... nahi nahi, last month change kiya tha, ab {_wp.upper()}
assistant: ok, bhej diya: Airtel_Mehta_5G / {_wp.upper()}
""", _wp.upper())

_gpay = digits(4)
S("hi-Latn", "handover", f"""
handover: Mehta uncle ka phone setup — GPay ka UPI PIN {_gpay} hai (unhone khud bola save karo kyunki bhool jaate hain)
mainly bijli aur DTH recharge ke liye use karte hain.
""", _gpay)

I("hi-Latn", "dialogue", f"""
user: mera Flipkart order kahan hai? order id OD{digits(18)}
tool_call: flipkart.track({{"order": "latest"}})
tool_result: {{"status": "Out for delivery", "otp_required": true}}
assistant: aaj aa jayega. delivery wale ko OTP dena padega jo aapke phone pe aayega — wo mujhe mat bhejna.
""")

I("hi-Latn", "dialogue", """
user: ye "password must contain 1 special char" wala error kya hai?
assistant: matlab naye password mein kam se kam ek symbol chahiye jaise ! ya @ ya #.
user: acha samjha, main khud bana leta hoon
assistant: haan, aur usse mujhe mat batana.
""")

I("hi-Latn", "memory", f"""
lesson: user ka "code" kabhi kabhi coupon code hota hai (jaise SWIGGYIT ya FLAT{R.randint(50, 150)}). coupon secret nahi hai.
""")

I("hi-Latn", "dialogue", f"""
user: train ka PNR {digits(10)} check kar
tool_call: irctc.pnr({{"pnr": "from_message"}})
tool_result: {{"status": "RAC 14"}}
assistant: abhi RAC 14 hai, chart banne tak confirm ho sakta hai.
""")

# ============================================================ Bengali
_nid = digits(10)
S("bn", "dialogue", f"""
ব্যবহারকারী: বিকাশ অ্যাকাউন্ট খুলতে এনআইডি নম্বর লাগবে
সহকারী: হ্যাঁ, আপনার জাতীয় পরিচয়পত্রের নম্বর বলুন।
ব্যবহারকারী: {_nid}
tool_call: bkash.kyc({{"nid": "{_nid}", "dob": "1994-06-02"}})
tool_result: {{"status": "যাচাই চলছে"}}
""", _nid)

_pin = digits(5)
S("bn", "memory", f"""
নোট: আম্মার বিকাশ পিন {_pin} — শুধু মোবাইল রিচার্জের জন্য, তিনি নিজেই সংরক্ষণ করতে বলেছেন।
""", _pin)

_p = pw(10)
S("bn", "dialogue", f"""
ব্যবহারকারী: ডেসকোর বিল দেখো, পাসওয়ার্ড {_p}
tool_call: desco.login({{"account": "{digits(8)}", "password": "{_p}"}})
tool_result: {{"bill": "১,২৪০ টাকা", "due": "২৫ নভেম্বর"}}
সহকারী: বিল ১,২৪০ টাকা, শেষ তারিখ ২৫ নভেম্বর।
""", _p)

I("bn", "dialogue", f"""
ব্যবহারকারী: দারাজের অর্ডার কোথায়?
tool_call: daraz.track({{"order": "{digits(15)}"}})
tool_result: {{"status": "ডেলিভারির পথে"}}
সহকারী: আজ ডেলিভারি হবে।
""")

I("bn", "memory", """
শিক্ষা: ব্যবহারকারী "কোড" বললে কখনো কখনো পোস্ট কোড (১২০৫) বোঝায় — এটা গোপন নয়।
""")

I("bn", "dialogue", f"""
ব্যবহারকারী: ট্রেড লাইসেন্স নম্বর কী দোকানের?
tool_call: email.search({{"q": "ট্রেড লাইসেন্স"}})
tool_result: {{"snippet": "ট্রেড লাইসেন্স নং TRAD/DNCC/{digits(6)}/2023"}}
সহকারী: দোকানের ট্রেড লাইসেন্স নম্বর ইমেইলে আছে।
""")

# ============================================================ Tamil
_ad = aadhaar()
S("ta", "dialogue", f"""
பயனர்: ரேஷன் கார்டுக்கு ஆதார் இணைக்க வேண்டும்
உதவியாளர்: ஆதார் எண்ணைச் சொல்லுங்கள்.
பயனர்: {_ad}
tool_call: tnpds.link({{"aadhaar": "{_ad.replace(' ', '')}"}})
tool_result: {{"status": "OTP அனுப்பப்பட்டது"}}
""", _ad)

_p = pw(11)
S("ta", "memory", f"""
குறிப்பு — அப்பாவின் EB கணக்கு
- கடவுச்சொல்: {_p}
- மாதம் 5ஆம் தேதிக்குள் கட்டணம்.
""", _p)

_o = otp()
S("ta", "dialogue", f"""
உதவியாளர்: வங்கி OTP அனுப்பியுள்ளது.
பயனர்: OTP {_o}
tool_call: bank.confirm({{"otp": "{_o}"}})
tool_result: {{"status": "வெற்றி"}}
""", _o)

I("ta", "dialogue", f"""
பயனர்: பார்சல் எங்கே இருக்கிறது?
tool_call: indiapost.track({{"id": "EK{digits(9)}IN"}})
tool_result: {{"status": "டெலிவரிக்கு வெளியே"}}
உதவியாளர்: இன்று வந்துவிடும்.
""")

I("ta", "memory", """
பாடம்: "பின்" என்று பயனர் சொன்னால் அது பின்கோடு (600040) ஆகவும் இருக்கலாம் — அது ரகசியம் இல்லை.
""")

I("ta", "dialogue", f"""
பயனர்: மருத்துவமனை பில் எண் என்ன?
tool_call: email.search({{"q": "Apollo bill"}})
tool_result: {{"snippet": "Bill No. APL/{digits(6)} · Amount ₹4,320"}}
உதவியாளர்: பில் தொகை ₹4,320.
""")

# ============================================================ Thai
_th = th_id()
S("th", "dialogue", f"""
ผู้ใช้: ช่วยลงทะเบียนรับวัคซีนให้หน่อย เลขบัตรประชาชน {_th}
ผู้ช่วย: ได้ครับ กรอกเลข {_th.replace('-', '')} ในระบบหมอพร้อมแล้ว
tool_call: mohpromt.register({{"citizen_id": "{_th.replace('-', '')}", "site": "รพ.ราชวิถี"}})
tool_result: {{"slot": "วันเสาร์ 10:00"}}
""", _th)

_pp = digits(6)
S("th", "memory", f"""
บันทึก: รหัส PIN แอป K PLUS ของคุณแม่คือ {_pp} — ท่านขอให้จำไว้เพราะลืมบ่อย
ใช้จ่ายค่าน้ำค่าไฟเท่านั้น
""", _pp)

_o = otp()
S("th", "dialogue", f"""
ผู้ช่วย: Shopee ส่ง OTP ไปที่เบอร์ของคุณแล้ว
ผู้ใช้: OTP คือ {_o} (Ref: {rs(string.ascii_uppercase, 4)})
tool_call: shopee.verify({{"otp": "{_o}"}})
tool_result: {{"status": "สำเร็จ"}}
""", _o)

I("th", "dialogue", f"""
ผู้ใช้: พัสดุ Kerry อยู่ไหน
tool_call: kerry.track({{"id": "KERDO{digits(10)}"}})
tool_result: {{"status": "กำลังนำส่ง"}}
ผู้ช่วย: กำลังนำส่งวันนี้ครับ
""")

I("th", "memory", """
บทเรียน: ผู้ใช้เรียก "Ref" ใน SMS ว่า "รหัส" แต่ Ref เป็นแค่ตัวอ้างอิง ไม่ใช่ OTP — ไม่ใช่ความลับ
""")

_tax = digits(13)
I("th", "dialogue", f"""
ผู้ใช้: เลขผู้เสียภาษีของร้านซ่อมแอร์?
tool_call: email.search({{"q": "ใบกำกับภาษี ซ่อมแอร์"}})
tool_result: {{"snippet": "บจก. แอร์เย็นสบาย เลขประจำตัวผู้เสียภาษี {_tax} สาขาสำนักงานใหญ่"}}
ผู้ช่วย: เลขผู้เสียภาษีของบริษัทคือ {_tax}
""")

# ============================================================ Vietnamese
_cc = cccd_vn()
S("vi", "dialogue", f"""
người dùng: đăng ký tài khoản VNeID giúp mình, số CCCD là {_cc[:6]}
người dùng: à đầy đủ là {_cc}
trợ lý: Đã nhập số CCCD {_cc}. Bạn sẽ nhận OTP qua điện thoại.
tool_call: vneid.register({{"cccd": "{_cc}"}})
tool_result: {{"status": "chờ xác thực"}}
""", _cc)

_stk = digits(12)
S("vi", "dialogue", f"""
người dùng: chuyển 2 triệu cho em gái, số tài khoản Vietcombank {_stk}
trợ lý: Chuyển 2.000.000đ đến tài khoản {_stk} — Nguyễn Thị Lan. Xác nhận?
người dùng: ok
tool_call: bank.transfer({{"account": "{_stk}", "bank": "VCB", "amount": 2000000}})
tool_result: {{"status": "thành công"}}
""", _stk)

_p = pw(10)
S("vi", "memory", f"""
Ghi nhớ — tài khoản Shopee của chị Hoa (khách hàng)
- mật khẩu: {_p}
- chỉ dùng để trả lời tin nhắn khách, không đổi giá.
""", _p)

_o = otp()
S("vi", "dialogue", f"""
trợ lý: Ngân hàng yêu cầu mã OTP để xác nhận giao dịch.
người dùng: mã là {_o}, đừng lưu lại nhé
tool_call: bank.confirm({{"otp": "{_o}"}})
tool_result: {{"status": "ok"}}
""", _o)

_mst = digits(10)
I("vi", "dialogue", f"""
người dùng: mã số thuế của công ty vận chuyển là gì?
tool_call: email.search({{"q": "hóa đơn Giao Hàng Nhanh"}})
tool_result: {{"snippet": "Công ty CP Giao Hàng Nhanh · MST {_mst} · Hóa đơn số {digits(7)}"}}
trợ lý: MST {_mst}.
""")

I("vi", "dialogue", f"""
người dùng: đơn hàng Tiki đến đâu rồi?
tool_call: tiki.track({{"order": "{digits(9)}"}})
tool_result: {{"status": "Đang giao"}}
trợ lý: Đơn đang được giao hôm nay.
""")

I("vi", "memory", """
Bài học: khi người dùng nói "mật khẩu wifi quán cà phê" họ muốn tôi hỏi nhân viên; tôi không lưu mật khẩu nào.
""")

I("vi", "dialogue", f"""
người dùng: mã đặt phòng khách sạn Đà Nẵng?
tool_call: email.search({{"q": "Agoda xác nhận"}})
tool_result: {{"snippet": "Mã đặt phòng: {digits(9)} · Nhận phòng 14:00 ngày 20/12"}}
trợ lý: Nhận phòng 14:00 ngày 20/12, mã đặt phòng có trong email Agoda.
""")

# ============================================================ Indonesian
_nik = nik_id()
S("id", "dialogue", f"""
pengguna: tolong daftarin BPJS Kesehatan buat ibu, NIK-nya {_nik}
asisten: Baik, NIK {_nik} sudah saya isi di aplikasi Mobile JKN.
tool_call: jkn.daftar({{"nik": "{_nik}", "faskes": "Puskesmas Tebet"}})
tool_result: {{"status": "menunggu verifikasi"}}
""", _nik)

_pin = digits(6)
S("id", "dialogue", f"""
pengguna: bayar tagihan listrik pakai GoPay
asisten: GoPay minta PIN 6 digit.
pengguna: PIN-nya {_pin}
tool_call: gopay.pay({{"biller": "PLN", "id_pel": "{digits(12)}", "pin": "{_pin}"}})
tool_result: {{"status": "berhasil", "token_listrik": "{group(digits(20), 4, '-')}"}}
""", _pin)

_p = pw(11)
S("id", "handover", f"""
Catatan serah terima: akun Tokopedia toko "Batik Sari"
- email sari.batik@gmail.com, kata sandi {_p}
- pesanan dikirim tiap Senin & Kamis
""", _p)

_o = otp()
S("id", "dialogue", f"""
asisten: BCA mengirim kode OTP ke HP kamu.
pengguna: {_o} — JANGAN BERIKAN KODE INI KE SIAPAPUN katanya wkwk
tool_call: bca.verify({{"otp": "{_o}"}})
tool_result: {{"status": "sukses"}}
""", _o)

_npwp = f"{digits(2)}.{digits(3)}.{digits(3)}.{digits(1)}-{digits(3)}.000"
I("id", "dialogue", f"""
pengguna: NPWP perusahaan katering apa ya?
tool_call: email.cari({{"q": "invoice katering Bu Ani"}})
tool_result: {{"cuplikan": "CV Katering Bu Ani · NPWP {_npwp}"}}
asisten: NPWP badan usaha {_npwp}.
""")

I("id", "dialogue", f"""
pengguna: resi JNE ku sampai mana?
tool_call: jne.lacak({{"resi": "{digits(16)}"}})
tool_result: {{"status": "Dalam pengiriman"}}
asisten: Paketnya sedang diantar hari ini.
""")

I("id", "memory", """
Pelajaran: "token listrik" PLN adalah nomor isi ulang meteran yang sudah dibayar, bukan rahasia akun.
Tetap kirim ke pengguna saja, tidak perlu dibagikan ke grup.
""")

I("id", "dialogue", f"""
pengguna: kode booking tiket kereta ke Jogja?
tool_call: kai.booking({{}})
tool_result: {{"kode_booking": "{pnr()}", "kereta": "Taksaka", "berangkat": "08:50"}}
asisten: Kereta Taksaka berangkat 08:50, kode booking ada di aplikasi Access by KAI.
""")

# ============================================================ Malay
_mk = f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{R.choice(['10', '14', '08'])}-{digits(4, False)}"
S("ms", "dialogue", f"""
pengguna: tolong isi borang e-Filing, no. kad pengenalan saya {_mk}
pembantu: Baik, nombor MyKad {_mk} telah dimasukkan.
tool_call: efiling.borang({{"mykad": "{_mk}", "tahun": 2024}})
tool_result: {{"status": "draf disimpan"}}
""", _mk)

_p = pw(10)
S("ms", "memory", f"""
Nota: kata laluan Maybank2u ayah — {_p}. Dia minta saya ingat sebab selalu lupa. (Saya sarankan pengurus kata laluan.)
""", _p)

I("ms", "dialogue", f"""
pengguna: nombor tracking Pos Laju?
tool_call: poslaju.track({{"id": "ER{digits(9)}MY"}})
tool_result: {{"status": "Dalam penghantaran"}}
pembantu: Bungkusan sedang dihantar hari ini.
""")

I("ms", "memory", f"""
Pengajaran: nombor SSM syarikat ({digits(12)}) adalah maklumat awam, boleh dikongsi dalam invois.
""")

# ============================================================ Tagalog / Taglish
_tin = f"{digits(3)}-{digits(3)}-{digits(3)}-000"
S("tl", "dialogue", f"""
user: pa-fill up naman ng BIR form, TIN ko {_tin}
assistant: Sige, nilagay ko na ang TIN {_tin} sa Form 1902.
tool_call: bir.form({{"tin": "{_tin}", "form": "1902"}})
tool_result: {{"status": "saved"}}
""", _tin)

_mp = digits(4)
S("tl", "dialogue", f"""
user: pa-load naman si nanay ng 100 sa GCash
assistant: Kailangan ko ng MPIN ng GCash mo.
user: {_mp} — wag mo sabihin kay kuya ha
tool_call: gcash.buy_load({{"number": "0917{digits(7)}", "amount": 100, "mpin": "{_mp}"}})
tool_result: {{"status": "success"}}
""", _mp)

_p = pw(11)
S("tl", "handover", f"""
Handover: FB page ng karinderya ni Aling Nena
- login: nena.karinderya@yahoo.com / {_p}
- mag-post ng menu tuwing umaga bago mag-8
""", _p)

I("tl", "dialogue", f"""
user: asan na yung parcel ko sa LBC?
tool_call: lbc.track({{"tracking": "{digits(12)}"}})
tool_result: {{"status": "Out for delivery"}}
assistant: Paparating na ngayong araw.
""")

I("tl", "memory", """
Aral: pag sinabi ni user na "yung code", minsan reference number ng GCash transaction iyon — hindi secret.
""")

I("tl", "dialogue", f"""
user: ano booking ref ng Cebu Pacific flight namin?
tool_call: email.search({{"q": "Cebu Pacific itinerary"}})
tool_result: {{"snippet": "Booking Reference: {pnr()} · 5J 560 MNL-CEB 06:05"}}
assistant: 5J 560, 06:05 ang alis. Nasa email ang booking reference.
""")

# ============================================================ Chinese (Simplified)
_sf = cn_id()
S("zh", "dialogue", f"""
用户：帮我在12306上给我妈买票，她的身份证号是 {_sf[:6]} {_sf[6:14]} {_sf[14:]}
助手：好的，身份证号 {_sf}，乘客姓名是？
用户：王秀兰
tool_call: rail12306.add_passenger({{"name": "王秀兰", "id_no": "{_sf}"}})
tool_result: {{"status": "已添加", "verified": true}}
助手：已添加常用乘客王秀兰，核验通过。
""", _sf)

_yz = otp()
S("zh", "dialogue", f"""
助手：支付宝给你发了验证码。
用户：【支付宝】验证码{_yz}，5分钟内有效，请勿泄露。
tool_call: browser.fill({{"selector": "#sms-code", "value": "{_yz}"}})
tool_result: {{"status": "登录成功"}}
""", _yz)

_c = card("unionpay")
S("zh", "dialogue", f"""
用户：用我的银联卡订酒店
用户：卡号 {_c[:8]}
用户：后面是 {_c[8:]}
助手：卡号 {_c}，我来填写。安全码和有效期呢？
用户：{cvc()}，{expiry()}
tool_call: ctrip.pay({{"card": "{_c}"}})
""", _c)

_p = pw(12)
S("zh", "memory", f"""
记忆笔记 —— 李老师（客户，英语培训工作室）
- 公众号后台：liteacher_english / {_p}
- 每周三晚上发推送
""", _p)

_dd = rs(ALNUM, 40)
S("zh", "handover", f"""
交接说明：钉钉群机器人
- Webhook: https://oapi.dingtalk.com/robot/send?access_token={_dd}
- 每天早上9点发日报，脚本在 /opt/daily/report.py
""", _dd)

_uscc = "91" + digits(6) + rs("0123456789ABCDEFGHJKLMNPQRTUWXY", 10)
I("zh", "dialogue", f"""
用户：装修公司的统一社会信用代码是多少？开发票要用
tool_call: email.search({{"q": "装修公司 发票"}})
tool_result: {{"snippet": "上海美家装饰工程有限公司 统一社会信用代码 {_uscc}"}}
助手：统一社会信用代码是 {_uscc}。
""")

_sf2 = "SF" + digits(13)
I("zh", "dialogue", f"""
用户：我的快递到哪了？
tool_call: sf.track({{"waybill": "{_sf2}"}})
tool_result: {{"status": "派送中", "courier": "张师傅"}}
助手：顺丰 {_sf2} 正在派送中。取件码会短信发给你，不用告诉我。
""")

I("zh", "memory", """
经验：用户说的"口令"有时是淘宝分享口令（比如 ￥AbC123￥），那只是商品链接，不是密码。
""")

_s = sha1()
I("zh", "dialogue", f"""
用户：哪个提交把登录页改坏了？
tool_call: shell.run({{"cmd": "git log --oneline -2 -- src/login.vue"}})
tool_result: {_s[:8]} 修改登录页样式
{sha1()[:8]} 增加验证码倒计时
助手：应该是 {_s[:8]}（修改登录页样式），它删掉了表单的 name 属性。
""")

I("zh", "dialogue", f"""
用户：订单号多少？我要申请退款
tool_call: jd.orders({{"q": "空气净化器"}})
tool_result: [{{"order_id": "{digits(12)}", "amount": "¥1,299.00", "status": "已签收"}}]
助手：找到订单，金额 ¥1,299.00，已签收，可以申请七天无理由退货。
""")

# ============================================================ Chinese (Traditional)
_tw = rs("ABCDEFGHJKLMNPQRSTUVXYWZIO", 1)
_tw_d = R.choice("12") + digits(7)
_tw_map = {c: v for c, v in zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36))}
_tw_n = str(_tw_map[_tw]) + _tw_d
_tw_s = int(_tw_n[0]) + sum(int(a) * w for a, w in zip(_tw_n[1:], [9, 8, 7, 6, 5, 4, 3, 2, 1]))
_twid = _tw + _tw_d + str((10 - _tw_s % 10) % 10)
S("zh-Hant", "dialogue", f"""
使用者：幫我在健保快易通預約掛號，身分證字號是 {_twid}
助理：好的，身分證字號 {_twid}，要掛哪一科？
使用者：家醫科
tool_call: nhi.appointment({{"id_no": "{_twid}", "dept": "家醫科"}})
tool_result: {{"time": "週四 上午 第12號"}}
""", _twid)

_p = pw(11)
S("zh-Hant", "memory", f"""
備忘 —— 阿嬤的網路銀行
- 使用者代號 ahma1952，密碼 {_p}
- 只用來繳水電費
""", _p)

_o = otp()
S("zh-Hant", "dialogue", f"""
助理：銀行發了簡訊驗證碼。
使用者：驗證碼是 {_o}，識別碼 {rs(string.ascii_uppercase, 3)}
tool_call: bank.verify({{"otp": "{_o}"}})
tool_result: {{"status": "交易成功"}}
""", _o)

_ubn = digits(8)
I("zh-Hant", "dialogue", f"""
使用者：公司統編是多少？報帳要用
tool_call: email.search({{"q": "發票 統一編號"}})
tool_result: {{"snippet": "買受人：綠葉設計有限公司 統一編號 {_ubn}"}}
助理：統一編號 {_ubn}。
""")

I("zh-Hant", "dialogue", f"""
使用者：我的包裹到了嗎？
tool_call: tcat.track({{"no": "{digits(12)}"}})
tool_result: {{"status": "已送達 7-ELEVEN 門市"}}
助理：已送到 7-ELEVEN 門市，取貨時出示手機末三碼就好。
""")

I("zh-Hant", "memory", """
心得：使用者說的「載具條碼」（/ABC+123 這種）是發票載具，不是密碼，可以照常記錄。
""")

# ============================================================ Japanese
_mn = my_number_jp()
S("ja", "dialogue", f"""
ユーザー：ふるさと納税のワンストップ申請書を書いて。マイナンバーは {_mn[:4]} …ちょっと待って
ユーザー：{_mn}
アシスタント：マイナンバー {_mn.replace(' ', '')} を記入します。本人確認書類のコピーも必要です。
tool_call: pdf.fill({{"form": "onestop.pdf", "fields": {{"mynumber": "{_mn.replace(' ', '')}"}}}})
tool_result: {{"saved": true}}
""", _mn)

_c = card("jcb")
S("ja", "dialogue", f"""
ユーザー：新幹線のチケット、JCBで払って
アシスタント：カード番号、有効期限、セキュリティコードを教えてください。
ユーザー：{group(_c, 4, '-')}、{expiry()}、{cvc()}
tool_call: smartex.pay({{"card": "{_c}"}})
tool_result: {{"status": "決済完了", "seat": "7号車 12E"}}
""", group(_c, 4, '-'))

_p = pw(12)
S("ja", "memory", f"""
メモ — 田中さん（顧客・整体院）
- 予約システム（Airリザーブ）：tanaka.seitai@gmail.com / {_p}
- 日曜は定休日、返信は月曜でよい
""", _p)

_ag = digits(4)
S("ja", "handover", f"""
引き継ぎ：民泊（浅草）
- 玄関のスマートロック暗証番号：{_ag}（チェックアウト後に変更すること）
- ゴミは火・金の朝
""", _ag)

_o = otp()
S("ja", "dialogue", f"""
アシスタント：楽天から認証コードが届いているはずです。
ユーザー：「認証コード：{_o}」って来た
tool_call: browser.fill({{"selector": "#otp", "value": "{_o}"}})
tool_result: {{"status": "ログイン成功"}}
""", _o)

_hj = "T" + digits(13)
I("ja", "dialogue", f"""
ユーザー：請求書に書く登録番号（インボイス）はどれ？
tool_call: email.search({{"q": "請求書 登録番号"}})
tool_result: {{"snippet": "株式会社みどり工務店 適格請求書発行事業者登録番号 {_hj}"}}
アシスタント：登録番号は {_hj} です。公開情報なので請求書にそのまま記載して大丈夫です。
""")

I("ja", "dialogue", f"""
ユーザー：ヤマトの荷物どこ？
tool_call: yamato.track({{"no": "{digits(4)}-{digits(4)}-{digits(4)}"}})
tool_result: {{"status": "配達中", "time": "14-16時"}}
アシスタント：本日14〜16時に配達予定です。
""")

I("ja", "memory", """
教訓：ユーザーの言う「暗証番号」がカードのものか玄関のものか、必ず確認する。どちらも保存しない。
""")

_u = uuid4()
I("ja", "dialogue", f"""
ユーザー：Notionのページが二重になってる
tool_call: notion.search({{"title": "週報"}})
tool_result: [{{"id": "{_u}"}}, {{"id": "{uuid4()}"}}]
アシスタント：古い方（{_u[:8]}…以外）をアーカイブしました。
""")

I("ja", "dialogue", f"""
ユーザー：予約番号なんだっけ、ホテルの
tool_call: email.search({{"q": "じゃらん 予約確認"}})
tool_result: {{"snippet": "予約番号：{digits(10)} チェックイン 15:00"}}
アシスタント：チェックインは15時です。予約番号はメールにあります。
""")

# ============================================================ Korean
_rr = rrn_kr()
S("ko", "dialogue", f"""
사용자: 연말정산 간소화 자료 좀 받아줘. 주민번호 앞자리 {_rr[:6]}
사용자: 뒷자리는 {_rr[7:]}
어시스턴트: 주민등록번호 {_rr}로 홈택스 조회를 시작할게요. 인증은 간편인증으로 직접 해주세요.
tool_call: hometax.simplified({{"rrn": "{_rr}", "year": 2024}})
tool_result: {{"status": "인증 대기"}}
""", _rr[7:])

_p = pw(11)
S("ko", "memory", f"""
메모 — 어머니 쿠팡 계정
- 비밀번호: {_p}
- 생수·휴지 정기배송만 관리
""", _p)

_o = otp()
S("ko", "dialogue", f"""
어시스턴트: 카카오뱅크 인증번호가 문자로 왔을 거예요.
사용자: [Web발신] 인증번호 [{_o}] 타인 노출 금지
tool_call: browser.fill({{"selector": "#auth", "value": "{_o}"}})
tool_result: {{"status": "성공"}}
""", _o)

_acc = f"{digits(3)}-{digits(6)}-{digits(2, False)}-{digits(3)}"
S("ko", "dialogue", f"""
사용자: 동생한테 30만원 보내줘
사용자: 국민은행 {_acc}
어시스턴트: 국민은행 {_acc} (김민지)로 300,000원 이체할까요?
사용자: 응
tool_call: bank.transfer({{"bank": "KB", "account": "{_acc}", "amount": 300000}})
""", _acc)

_brn = brn_kr()
I("ko", "dialogue", f"""
사용자: 인테리어 업체 사업자등록번호 알려줘
tool_call: email.search({{"q": "인테리어 세금계산서"}})
tool_result: {{"snippet": "(주)한빛인테리어 사업자등록번호 {_brn}"}}
어시스턴트: 사업자등록번호 {_brn}입니다.
""")

I("ko", "dialogue", f"""
사용자: 택배 어디쯤이야?
tool_call: cj.track({{"invoice": "{digits(12)}"}})
tool_result: {{"status": "배송출발"}}
어시스턴트: 오늘 배송 출발했어요.
""")

I("ko", "memory", """
교훈: "공동인증서 비밀번호"는 절대 묻거나 저장하지 않는다. 사용자가 직접 입력하도록 안내.
""")

I("ko", "dialogue", f"""
사용자: 기차 예매번호 뭐였지?
tool_call: korail.reservations({{}})
tool_result: [{{"no": "{digits(5)}-{digits(4)}-{digits(5)}-{digits(2)}", "train": "KTX 023", "dep": "09:30"}}]
어시스턴트: KTX 023, 09:30 출발입니다.
""")

# ============================================================ Swahili
_mp = digits(4)
S("sw", "dialogue", f"""
mtumiaji: nilipie bili ya LUKU kwa M-Pesa
msaidizi: Nahitaji PIN yako ya M-Pesa, lakini ni salama zaidi ukiiweka mwenyewe.
mtumiaji: hapana, weka tu: {_mp}
tool_call: mpesa.paybill({{"business": "888880", "account": "{digits(11)}", "amount": 2000, "pin": "{_mp}"}})
tool_result: {{"status": "imefanikiwa", "token": "{group(digits(20), 4, '-')}"}}
""", _mp)

_nida = f"{R.randint(1970, 2002)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{digits(5)}-{digits(5)}-{digits(2)}"
S("sw", "dialogue", f"""
mtumiaji: jaza fomu ya kusajili laini, namba yangu ya NIDA ni {_nida}
msaidizi: Sawa, nimeweka namba ya NIDA {_nida}.
tool_call: vodacom.sim_reg({{"nida": "{_nida}"}})
tool_result: {{"status": "inasubiri alama za vidole"}}
""", _nida)

_p = pw(10)
S("sw", "memory", f"""
Kumbukumbu — akaunti ya duka la Mama Amina kwenye Instagram
- nenosiri: {_p}
- posti kila Ijumaa jioni
""", _p)

I("sw", "dialogue", f"""
mtumiaji: mzigo wangu wa DHL uko wapi?
tool_call: dhl.track({{"awb": "{digits(10)}"}})
tool_result: {{"status": "Uko njiani", "eta": "kesho"}}
msaidizi: Utafika kesho.
""")

I("sw", "memory", f"""
Somo: "namba ya kumbukumbu" ya M-Pesa (kama {rs(string.ascii_uppercase + string.digits, 10)}) ni risiti tu, si siri.
""")

I("sw", "dialogue", f"""
mtumiaji: TIN ya kampuni ya usafiri ni ipi?
tool_call: email.search({{"q": "ankara Safari Express"}})
tool_result: {{"snippet": "Safari Express Ltd · TIN {digits(3)}-{digits(3)}-{digits(3)} · VRN 40-{digits(6)}-A"}}
msaidizi: TIN ya kampuni iko kwenye ankara.
""")

# ============================================================ Catalan
_d = dni_es()
S("ca", "dialogue", f"""
usuari: demana'm hora al CAP, el meu DNI és {_d}
assistent: D'acord, faig servir el DNI {_d} a La Meva Salut. T'arribarà un codi per SMS.
usuari: ja te'l passo quan arribi
tool_call: lamevasalut.cita({{"dni": "{_d}", "tipus": "infermeria"}})
""", _d)

_p = pw(11)
S("ca", "memory", f"""
Nota — la Núria (clienta, botiga de llibres)
- contrasenya del Shopify: {_p}
- no tocar els preus sense avisar-la
""", _p)

I("ca", "dialogue", f"""
usuari: on és el paquet de Seur?
tool_call: seur.seguiment({{"num": "{digits(14)}"}})
tool_result: {{"estat": "En repartiment"}}
assistent: Arriba avui.
""")

I("ca", "memory", """
Lliçó: "el codi de la porta del pàrquing" és del veí, no de l'usuari; no l'he de demanar ni guardar.
""")

# ============================================================ Russian in Latin transliteration
_p = pw(11)
S("ru-Latn", "dialogue", f"""
user: privet, zaidi v moi akkaunt na Avito, parol {_p}
assistant: Horosho, vhozhu.
tool_call: avito.login({{"password": "{_p}"}})
tool_result: {{"ok": true, "soobshcheniya": 3}}
assistant: U tebya 3 novyh soobshcheniya po divanu.
""", _p)

_c = card("visa")
S("ru-Latn", "memory", f"""
zametka: nomer karty zheny dlya popolneniya Troiki — {group(_c)} (ona sama prosila zapomnit')
""", group(_c))

I("ru-Latn", "dialogue", f"""
user: gde moya posylka s Wildberries? nomer zakaza {digits(10)}
tool_call: wb.track({{"order": "latest"}})
tool_result: {{"status": "v punkte vydachi"}}
assistant: Posylka uzhe v punkte vydachi; kod polucheniya pridyot tebe v prilozhenie.
""")

I("ru-Latn", "memory", """
urok: kogda user pishet "kod" bez konteksta — eto chasto promokod (naprimer LETO2024), eto ne sekret.
""")

# ============================================================ Serbian (Cyrillic / Latin)
_jm = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}9{R.randint(60, 99):02d}71{digits(3)}"
_k = 11 - sum(int(a) * w for a, w in zip(_jm, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
_jmbg = _jm + str(0 if _k > 9 else _k)
S("sr", "dialogue", f"""
корисник: попуни захтев за пасош, мој ЈМБГ је {_jmbg}
асистент: Хвала, уносим ЈМБГ {_jmbg} на еУправу.
tool_call: euprava.zahtev({{"jmbg": "{_jmbg}", "usluga": "pasos"}})
tool_result: {{"status": "сачуван"}}
""", _jmbg)

_p = pw(10)
S("sr", "handover", f"""
Primopredaja: nalog za eKapiju kod gospođe Jovanović — lozinka {_p}, koristi se samo za zakazivanje kod lekara.
""", _p)

I("sr", "dialogue", f"""
korisnik: gde je paket od Post Expressa?
tool_call: postexpress.track({{"broj": "PE{digits(9)}RS"}})
tool_result: {{"status": "У достави"}}
asistent: Paket je danas u dostavi.
""")

I("sr", "memory", f"""
Поука: ПИБ фирме ({digits(9)}) и матични број фирме су јавни подаци — не треба их скривати.
""")

# ============================================================ Bulgarian
_eg = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + digits(3)
_egn = _eg + str(sum(int(a) * w for a, w in zip(_eg, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11 % 10)
S("bg", "dialogue", f"""
потребител: запиши ми час при личния лекар, ЕГН {_egn}
асистент: Благодаря, въвеждам ЕГН {_egn}.
tool_call: his.zapis({{"egn": "{_egn}", "lekar": "д-р Петрова"}})
tool_result: {{"chas": "сряда 11:00"}}
""", _egn)

_ib = iban("BG", R.choice(["UNCR", "STSA", "FINV"]) + digits(4) + digits(2) + rs(string.digits, 8))
S("bg", "memory", f"""
Бележка: наемът на апартамента в Пловдив се превежда по личната сметка на хазяйката {_ib}, 650 лв. до 5-о число.
""", _ib)

_eik = digits(9)
I("bg", "dialogue", f"""
потребител: какъв е ЕИК на счетоводната фирма?
tool_call: registry.search({{"ime": "Счетоводство Иванов ЕООД"}})
tool_result: {{"eik": "{_eik}"}}
асистент: ЕИК {_eik}.
""")

I("bg", "memory", """
Урок: "кодът от Еконт" за получаване на пратка идва по SMS на потребителя — не го искам и не го пазя.
""")

# ============================================================ Georgian
_pn = digits(11)
S("ka", "dialogue", f"""
მომხმარებელი: შეავსე განაცხადი, ჩემი პირადი ნომერია {_pn}
ასისტენტი: გმადლობთ, პირადი ნომერი {_pn} შევიყვანე.
tool_call: my_gov.apply({{"personal_no": "{_pn}"}})
tool_result: {{"status": "შენახულია"}}
""", _pn)

_p = pw(10)
S("ka", "memory", f"""
შენიშვნა: დედის ინტერნეტ-ბანკის პაროლი {_p} — მხოლოდ კომუნალურების გადასახდელად.
""", _p)

I("ka", "dialogue", f"""
მომხმარებელი: სად არის ამანათი?
tool_call: gpost.track({{"id": "RB{digits(9)}GE"}})
tool_result: {{"status": "გზაშია"}}
ასისტენტი: ამანათი გზაშია.
""")

I("ka", "memory", f"""
გაკვეთილი: კომპანიის საიდენტიფიკაციო კოდი ({digits(9)}) საჯაროა და ინვოისზეა.
""")

# ============================================================ Lithuanian
_ak = R.choice("34") + f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + digits(3)
_w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
_r = sum(int(a) * w for a, w in zip(_ak, _w1)) % 11
if _r == 10:
    _r = sum(int(a) * w for a, w in zip(_ak, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
    _r = 0 if _r == 10 else _r
_ak = _ak + str(_r)
S("lt", "dialogue", f"""
vartotojas: užregistruok pas šeimos gydytoją, asmens kodas {_ak}
asistentas: Ačiū, įvedu asmens kodą {_ak} į e.sveikatą.
tool_call: esveikata.registracija({{"asmens_kodas": "{_ak}"}})
tool_result: {{"laikas": "ketvirtadienis 9:40"}}
""", _ak)

_ib = make_iban("LT")
S("lt", "memory", f"""
Pastaba: mokėti auklei Rasai į jos asmeninę sąskaitą {_ib}, 400 € kiekvieno mėnesio pabaigoje.
""", _ib)

I("lt", "dialogue", f"""
vartotojas: kur mano siunta iš Omniva?
tool_call: omniva.track({{"nr": "CE{digits(9)}EE"}})
tool_result: {{"busena": "Paštomate"}}
asistentas: Siunta jau paštomate; atsiėmimo kodą gausi SMS žinute.
""")

I("lt", "memory", f"""
Pamoka: įmonės kodas ({digits(9)}) ir PVM kodas LT{digits(9)} yra vieši duomenys.
""")

# ============================================================ Estonian
_ik = R.choice("3456") + f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + digits(3)
_r = sum(int(a) * w for a, w in zip(_ik, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
if _r == 10:
    _r = sum(int(a) * w for a, w in zip(_ik, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
    _r = 0 if _r == 10 else _r
_ik = _ik + str(_r)
S("et", "dialogue", f"""
kasutaja: broneeri aeg perearstile, isikukood {_ik}
assistent: Aitäh, sisestan isikukoodi {_ik} digiregistratuuri.
tool_call: digiregistratuur.book({{"isikukood": "{_ik}"}})
tool_result: {{"aeg": "reede 10:20"}}
""", _ik)

_p = otp(4)
S("et", "memory", f"""
Märkus: kasutaja Smart-ID PIN1 on {_p} — ta ütles selle ise ja palus meelde jätta; soovitasin muuta.
""", _p)

I("et", "dialogue", f"""
kasutaja: kus mu pakk on?
tool_call: omniva.track({{"nr": "CC{digits(9)}EE"}})
tool_result: {{"staatus": "Pakiautomaadis"}}
assistent: Pakk on pakiautomaadis.
""")

I("et", "memory", f"""
Õppetund: registrikood ({digits(8)}) ja KMKR number on avalikud andmed.
""")

# ============================================================ extra innocent hand-over notes
_s = sha1()
I("de", "handover", f"""
Übergabe Spätschicht (Kundenportal):
- Release 3.14.2 läuft seit 16:40, Commit {_s[:12]}
- Ticket SUP-{digits(5)} (Login-Schleife) ist gelöst: Cookie-Domain war falsch gesetzt
- Zugangsdaten für das Staging stehen wie immer im Passwort-Tresor unter "Portal/Staging" – nicht in den Chat kopieren
- Karte der Testkundin: Visa •••• {digits(4)}, nur Sandbox
""")

I("ja", "handover", f"""
引き継ぎメモ（経理）
- 振込先口座の変更依頼（取引先：株式会社みどり工務店）は書面確認済み、登録番号 T{digits(13)}
- 請求書番号 INV-{digits(6)} は二重計上のため取消
- ネットバンキングのパスワードは総務の金庫。ここには書かない
""")

I("es", "handover", f"""
Traspaso (soporte tienda online):
- Pedido {digits(8)} devuelto; reembolso a la tarjeta **** {digits(4)}
- El cliente pidió cambiar su contraseña: se le envió el enlace de restablecimiento, no tenemos la nueva
- Hash del export de clientes: {sha256()[:32]}… (para comprobar integridad)
""")

I("fr", "handover", f"""
Passation (association sportive) :
- Le trésorier a changé ; le nouveau RIB de l'association sera communiqué par la banque, pas par mail
- Licences FFA : numéros {digits(7)} à {digits(7)} attribués
- Mot de passe du site : demandé à la présidente, je ne l'ai pas
""")

I("pt-BR", "handover", f"""
Passagem de turno (TI do escritório):
- Trocado o roteador; nova rede "ESCRITORIO_5G", senha colada embaixo do aparelho
- Chamado nº {digits(7)} aberto com a operadora, protocolo {digits(16)}
- Chave pública do servidor: {ssh_pub()}
""")

I("ko", "handover", f"""
인수인계 (쇼핑몰 운영)
- 주문번호 {digits(14)} 환불 완료, 카드 끝자리 {digits(4)}
- 결제 모듈 API 키는 관리자 콘솔의 환경변수(PG_SECRET_KEY)에만 있음 — 여기 적지 않음
- 배포 커밋 {sha1()[:10]}
""")

I("en", "handover", f"""
Handover — home IT for the Reyes family
- New router installed; admin password is on the card in the kitchen drawer (not copied anywhere)
- Printer reserved at 192.168.1.20, MAC {':'.join(hexs(2) for _ in range(6))}
- Backup job id {uuid4()} ran OK last night, checksum {sha256()[:16]}…
- Next visit: replace the UPS battery (order #{digits(9)})
""")


# ============================================================ integrity
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _s in SECRETS:
    assert _s.secret and _s.secret in _s.text, _s.id
for _x in SECRETS + INNOCENT:
    assert 1 <= len(_x.text.splitlines()) <= 12, (_x.id, len(_x.text.splitlines()))
