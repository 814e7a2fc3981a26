"""Blind test corpus c35 for a secret-redaction filter (SEED = 35003).

Started: Mon Dec  7 16:38:04 UTC 2026

Setting: text that reaches an assistant from ordinary life in unusual shapes -- voice-call and
voicemail transcripts with speaker labels and fillers, OCR of scanned documents (ID and insurance
cards, payslips, bank statements, cheques, prescriptions, letters from authorities, receipts) with
OCR noise, chat exports (WhatsApp / Telegram / WeChat / LINE / KakaoTalk / Viber / iMessage formats
with timestamps), forwarded e-mails with quoted replies, described screenshots, filled-in forms,
SMS inboxes and notification logs, notes apps, shared shopping / household lists -- wrapped as the
records an agent keeps (raw user message, tool call JSON, tool output, thought, summary, lesson).

Totals: 223 SECRETS, 222 INNOCENT (445 texts).
English: 77 secrets / 73 innocent; the rest spread over 44 other languages/scripts.

Counts by language (secrets/innocent):
en 77/73, de 7/6, es 5/5, fr 5/5, pt 5/5, zh 5/5, ar 4/4, it 4/4, ja 4/4, ko 4/4, nl 4/4, pl
4/4, ru 4/4, sv 4/4, tr 4/4, uk 4/4, bn 3/3, cs 3/3, da 3/3, el 3/3, et 3/3, fa 3/3, fi 3/3, he
3/3, hi 3/3, hi-Latn 3/3, hu 3/3, id 3/3, nb 3/3, ro 3/3, sw 3/3, ta 3/3, th 3/3, tl 3/3, ur
3/3, vi 3/3, yue 3/3, hr 2/3, lt 2/3, ms 2/3, sr 2/3, am 2/2, ar-Latn 2/2, es-en 2/2, pcm 2/2
(hi-Latn = Hinglish, ar-Latn = Arabizi, es-en = Spanish/English code-switching, pcm = Nigerian
Pidgin, yue = Cantonese in traditional characters, tl = Tagalog/Taglish.)

Counts by setting (secrets/innocent):
ocr 24/53, sms 25/44, chat 45/20, notes 24/25, form 33/12, call 24/20, email 13/14, screen
11/15, tool 7/9, list 8/4, summary 5/3, thought 3/1, lesson 1/2
(screen = described screenshot/photo, tool = tool call or tool output JSON, list = shared list.)

Labelling choices
* SECRET: anything that lets someone act as the person or system -- passwords, PINs (card, UPI,
  M-Pesa, GCash, telebirr, wallet), one-time codes (OTP/TAN/TAC/BLIK/DigiD/WhatsApp), parcel-locker
  pickup codes, door/gate/lockbox/alarm/safe/bike-lock/gym-locker codes, Wi-Fi keys, verbal
  alarm passwords, security-question answers, recovery and backup codes, BIP39 seed phrases
  (checksum-valid), WIF private keys, private-key bodies, API tokens, bot tokens, webhook URLs,
  session cookies -- and sensitive personal identifiers: full card numbers and CVVs, IBANs /
  account numbers / CBU / Sheba of private persons (including a landlord's *personal* account),
  national ids, tax ids of persons (Steuer-ID, PAN, NIF, INN, RNOKPP, AFM, KRA PIN, ...), health
  insurance / social-security numbers (KVNR, NIR, NHS, Medicare, MBI, SNILS, AMKA, TAJ, ...),
  passport / ID-card / driving-licence numbers, BVN, Fayda FIN.
* The `secret` field names one value per text even when the text holds more than one; it is the
  exact surface form: digits spoken as words ("seven three one nine"), hyphenated read-outs, or
  OCR-garbled forms (O for 0, l for 1) are the secret as written.
* Names, dates of birth, phone numbers and postal addresses around a secret are treated as
  context, not as the secret.
* INNOCENT: masked values (****4471, XXXX XXXX 1234, "•• 6172"), last-four mentions, placeholders
  and documented examples (Stripe 4242..., 4111..., HMRC "QQ 12 34 56 C", the ICAO 9303 Utopia
  specimen passport, INPS codice-fiscale sample, "SPECIMEN" cheque), business / organisation
  identifiers even where they share a check-digit scheme with personal ids (VAT, SIRET, CNPJ,
  GSTIN, USCC, ABN, KvK/BTW, NIP/REGON, IČO, org.nr, CVR, Y-tunnus, ח.פ., شناسه ملی, 法人番号,
  사업자등록번호, MST, EIN on a W-9), payment details an organisation publishes to be paid (a
  company IBAN on an invoice, a charity's appeal account, SEPA creditor id, BIK + correspondent
  account, routing numbers, sort codes, IFSC, bankgiro, KID/OCR/viite references, paybill/till
  numbers), tracking / order / booking / PNR / e-ticket / claim / case / ticket numbers, customer /
  contract / meter / MPAN numbers, IMEI, VIN, serials, transaction ids, POS auth codes / RRN / STAN,
  hashes, commit SHAs, UUIDs, public SSH keys, public crypto addresses and tx ids, base64 of an
  image header, Zoom meeting ids without passcode, phone numbers, postcodes, prices, and sentences
  that talk about passwords/PINs/OTPs without containing one (scam warnings, "ask me in person").
  Borderline calls made innocent on purpose: published business/charity bank details, POS
  authorization codes on receipts, IMEI/VIN, booking references, USCIS receipt numbers, a shopping
  list made only of BIP39 words.
* Check digits are valid wherever the format has one: Luhn (cards, IMEI, SIN, SA/IL/ZA ids, NPI,
  SIRET, org.nr, bankgiro), IBAN mod-97 plus national BBAN keys (FR RIB, ES DC, IT CIN, BE, PL, PT,
  NO, FI, CZ, HU), ISO 7064 (Steuer-ID, OIB, PIB, USt-IdNr), Verhoeff (Aadhaar), MRZ 7-3-1,
  S10/UPS/USPS tracking, and the national algorithms for the other ids listed above.

Finished: Mon Dec  7 16:52:56 UTC 2026
"""
import base64
import hashlib
import json
import random
import string
import textwrap
import zlib
from typing import NamedTuple

SEED = 35003
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
_META: dict[str, tuple[str, str]] = {}


def _clean(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def S(lang: str, setting: str, text: str, secret: str) -> None:
    sid = f"c35-s{len(SECRETS) + 1:03d}-{lang}-{setting}"
    SECRETS.append(Secret(sid, _clean(text), secret))
    _META[sid] = (lang, setting)


def I(lang: str, setting: str, text: str) -> None:
    iid = f"c35-i{len(INNOCENT) + 1:03d}-{lang}-{setting}"
    INNOCENT.append(Innocent(iid, _clean(text)))
    _META[iid] = (lang, setting)


def J(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


_BIP39 = """
abandon ability able about above absent absorb abstract absurd abuse access accident account
accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict
address adjust admit adult advance advice aerobic affair afford afraid again age agent agree
ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha
already also alter always amateur amazing among amount amused analyst anchor ancient anger angle
angry animal ankle announce annual another answer antenna antique anxiety any apart apology
appear apple approve april arch arctic area arena argue arm armed armor army around arrange
arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume asthma
athlete atom attack attend attitude attract auction audit august aunt author auto autumn average
avocado avoid awake aware away awesome awful awkward axis baby bachelor bacon badge bag balance
balcony ball bamboo banana banner bar barely bargain barrel base basic basket battle beach bean
beauty because become beef before begin behave behind believe below belt bench benefit best
betray better between beyond bicycle bid bike bind biology bird birth bitter black blade blame
blanket blast bleak bless blind blood blossom blouse blue blur blush board boat body boil bomb
bone bonus book boost border boring borrow boss bottom bounce box boy bracket brain brand brass
brave bread breeze brick bridge brief bright bring brisk broccoli broken bronze broom brother
brown brush bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden burger burst
bus business busy butter buyer buzz cabbage cabin cable cactus cage cake call calm camera camp
can canal cancel candy cannon canoe canvas canyon capable capital captain car carbon card cargo
carpet carry cart case cash casino castle casual cat catalog catch category cattle caught cause
caution cave ceiling celery cement census century cereal certain chair chalk champion change
chaos chapter charge chase chat cheap check cheese chef cherry chest chicken chief child chimney
choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city civil claim clap
clarify claw clay clean clerk clever click client cliff climb clinic clip clock clog close cloth
cloud clown club clump cluster clutch coach coast coconut code coffee coil coin collect color
column combine come comfort comic common company concert conduct confirm congress connect
consider control convince cook cool copper copy coral core corn correct cost cotton couch
country couple course cousin cover coyote crack cradle craft cram crane crash crater crawl crazy
cream credit creek crew cricket crime crisp critic crop cross crouch crowd crucial cruel cruise
crumble crunch crush cry crystal cube culture cup cupboard curious current curtain curve cushion
custom cute cycle dad damage damp dance danger daring dash daughter dawn day deal debate debris
decade december decide decline decorate decrease deer defense define defy degree delay deliver
demand demise denial dentist deny depart depend deposit depth deputy derive describe desert
design desk despair destroy detail detect develop device devote diagram dial diamond diary dice
diesel diet differ digital dignity dilemma dinner dinosaur direct dirt disagree discover disease
dish dismiss disorder display distance divert divide divorce dizzy doctor document dog doll
dolphin domain donate donkey donor door dose double dove draft dragon drama drastic draw dream
dress drift drill drink drip drive drop drum dry duck dumb dune during dust dutch duty dwarf
dynamic eager eagle early earn earth easily east easy echo ecology economy edge edit educate
effort egg eight either elbow elder electric elegant element elephant elevator elite else embark
embody embrace emerge emotion employ empower empty enable enact end endless endorse enemy energy
enforce engage engine enhance enjoy enlist enough enrich enroll ensure enter entire entry
envelope episode equal equip era erase erode erosion error erupt escape essay essence estate
eternal ethics evidence evil evoke evolve exact example excess exchange excite exclude excuse
execute exercise exhaust exhibit exile exist exit exotic expand expect expire explain expose
express extend extra eye eyebrow fabric face faculty fade faint faith fall false fame family
famous fan fancy fantasy farm fashion fat fatal father fatigue fault favorite feature february
federal fee feed feel female fence festival fetch fever few fiber fiction field figure file film
filter final find fine finger finish fire firm first fiscal fish fit fitness fix flag flame
flash flat flavor flee flight flip float flock floor flower fluid flush fly foam focus fog foil
fold follow food foot force forest forget fork fortune forum forward fossil foster found fox
fragile frame frequent fresh friend fringe frog front frost frown frozen fruit fuel fun funny
furnace fury future gadget gain galaxy gallery game gap garage garbage garden garlic garment gas
gasp gate gather gauge gaze general genius genre gentle genuine gesture ghost giant gift giggle
ginger giraffe girl give glad glance glare glass glide glimpse globe gloom glory glove glow glue
goat goddess gold good goose gorilla gospel gossip govern gown grab grace grain grant grape
grass gravity great green grid grief grit grocery group grow grunt guard guess guide guilt
guitar gun gym habit hair half hammer hamster hand happy harbor hard harsh harvest hat have hawk
hazard head health heart heavy hedgehog height hello helmet help hen hero hidden high hill hint
hip hire history hobby hockey hold hole holiday hollow home honey hood hope horn horror horse
hospital host hotel hour hover hub huge human humble humor hundred hungry hunt hurdle hurry hurt
husband hybrid ice icon idea identify idle ignore ill illegal illness image imitate immense
immune impact impose improve impulse inch include income increase index indicate indoor industry
infant inflict inform inhale inherit initial inject injury inmate inner innocent input inquiry
insane insect inside inspire install intact interest into invest invite involve iron island
isolate issue item ivory jacket jaguar jar jazz jealous jeans jelly jewel job join joke journey
joy judge juice jump jungle junior junk just kangaroo keen keep ketchup key kick kid kidney kind
kingdom kiss kit kitchen kite kitten kiwi knee knife knock know lab label labor ladder lady lake
lamp language laptop large later latin laugh laundry lava law lawn lawsuit layer lazy leader
leaf learn leave lecture left leg legal legend leisure lemon lend length lens leopard lesson
letter level liar liberty library license life lift light like limb limit link lion liquid list
little live lizard load loan lobster local lock logic lonely long loop lottery loud lounge love
loyal lucky luggage lumber lunar lunch luxury lyrics machine mad magic magnet maid mail main
major make mammal man manage mandate mango mansion manual maple marble march margin marine
market marriage mask mass master match material math matrix matter maximum maze meadow mean
measure meat mechanic medal media melody melt member memory mention menu mercy merge merit merry
mesh message metal method middle midnight milk million mimic mind minimum minor minute miracle
mirror misery miss mistake mix mixed mixture mobile model modify mom moment monitor monkey
monster month moon moral more morning mosquito mother motion motor mountain mouse move movie
much muffin mule multiply muscle museum mushroom music must mutual myself mystery myth naive
name napkin narrow nasty nation nature near neck need negative neglect neither nephew nerve nest
net network neutral never news next nice night noble noise nominee noodle normal north nose
notable note nothing notice novel now nuclear number nurse nut oak obey object oblige obscure
observe obtain obvious occur ocean october odor off offer office often oil okay old olive
olympic omit once one onion online only open opera opinion oppose option orange orbit orchard
order ordinary organ orient original orphan ostrich other outdoor outer output outside oval oven
over own owner oxygen oyster ozone pact paddle page pair palace palm panda panel panic panther
paper parade parent park parrot party pass patch path patient patrol pattern pause pave payment
peace peanut pear peasant pelican pen penalty pencil people pepper perfect permit person pet
phone photo phrase physical piano picnic picture piece pig pigeon pill pilot pink pioneer pipe
pistol pitch pizza place planet plastic plate play please pledge pluck plug plunge poem poet
point polar pole police pond pony pool popular portion position possible post potato pottery
poverty powder power practice praise predict prefer prepare present pretty prevent price pride
primary print priority prison private prize problem process produce profit program project
promote proof property prosper protect proud provide public pudding pull pulp pulse pumpkin
punch pupil puppy purchase purity purpose purse push put puzzle pyramid quality quantum quarter
question quick quit quiz quote rabbit raccoon race rack radar radio rail rain raise rally ramp
ranch random range rapid rare rate rather raven raw razor ready real reason rebel rebuild recall
receive recipe record recycle reduce reflect reform refuse region regret regular reject relax
release relief rely remain remember remind remove render renew rent reopen repair repeat replace
report require rescue resemble resist resource response result retire retreat return reunion
reveal review reward rhythm rib ribbon rice rich ride ridge rifle right rigid ring riot ripple
risk ritual rival river road roast robot robust rocket romance roof rookie room rose rotate
rough round route royal rubber rude rug rule run runway rural sad saddle sadness safe sail salad
salmon salon salt salute same sample sand satisfy satoshi sauce sausage save say scale scan
scare scatter scene scheme school science scissors scorpion scout scrap screen script scrub sea
search season seat second secret section security seed seek segment select sell seminar senior
sense sentence series service session settle setup seven shadow shaft shallow share shed shell
sheriff shield shift shine ship shiver shock shoe shoot shop short shoulder shove shrimp shrug
shuffle shy sibling sick side siege sight sign silent silk silly silver similar simple since
sing siren sister situate six size skate sketch ski skill skin skirt skull slab slam sleep
slender slice slide slight slim slogan slot slow slush small smart smile smoke smooth snack
snake snap sniff snow soap soccer social sock soda soft solar soldier solid solution solve
someone song soon sorry sort soul sound soup source south space spare spatial spawn speak
special speed spell spend sphere spice spider spike spin spirit split spoil sponsor spoon sport
spot spray spread spring spy square squeeze squirrel stable stadium staff stage stairs stamp
stand start state stay steak steel stem step stereo stick still sting stock stomach stone stool
story stove strategy street strike strong struggle student stuff stumble style subject submit
subway success such sudden suffer sugar suggest suit summer sun sunny sunset super supply
supreme sure surface surge surprise surround survey suspect sustain swallow swamp swap swarm
swear sweet swift swim swing switch sword symbol symptom syrup system table tackle tag tail
talent talk tank tape target task taste tattoo taxi teach team tell ten tenant tennis tent term
test text thank that theme then theory there they thing this thought three thrive throw thumb
thunder ticket tide tiger tilt timber time tiny tip tired tissue title toast tobacco today
toddler toe together toilet token tomato tomorrow tone tongue tonight tool tooth top topic
topple torch tornado tortoise toss total tourist toward tower town toy track trade traffic
tragic train transfer trap trash travel tray treat tree trend trial tribe trick trigger trim
trip trophy trouble truck true truly trumpet trust truth try tube tuition tumble tuna tunnel
turkey turn turtle twelve twenty twice twin twist two type typical ugly umbrella unable unaware
uncle uncover under undo unfair unfold unhappy uniform unique unit universe unknown unlock until
unusual unveil update upgrade uphold upon upper upset urban urge usage use used useful useless
usual utility vacant vacuum vague valid valley valve van vanish vapor various vast vault vehicle
velvet vendor venture venue verb verify version very vessel veteran viable vibrant vicious
victory video view village vintage violin virtual virus visa visit visual vital vivid vocal
voice void volcano volume vote voyage wage wagon wait walk wall walnut want warfare warm warrior
wash wasp waste water wave way wealth weapon wear weasel weather web wedding weekend weird
welcome west wet whale what wheat wheel when where whip whisper wide width wife wild will win
window wine wing wink winner winter wire wisdom wise wish witness wolf woman wonder wood wool
word work world worry worth wrap wreck wrestle wrist write wrong yard year yellow you young
youth zebra zero zone zoo
""".split()
assert len(_BIP39) == 2048


# ---------------------------------------------------------------- primitives
DIG = string.digits
UPD = string.ascii_uppercase + string.digits
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"


def d(n: int, first: str = DIG) -> str:
    if n <= 0:
        return ""
    return R.choice(first) + "".join(R.choice(DIG) for _ in range(n - 1))


def rs(n: int, alpha: str = ALNUM) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def grp(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- Luhn family
def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    return luhn_digit(s[:-1]) == s[-1]


def luhn_num(prefix: str, length: int) -> str:
    body = prefix + d(length - len(prefix) - 1)
    return body + luhn_digit(body)


def card(kind: str = "visa") -> str:
    """Compact card number, Luhn-valid."""
    if kind == "visa":
        return luhn_num("4" + d(5), 16)
    if kind == "mc":
        return luhn_num(pick(["51", "52", "53", "54", "55", "2221", "2305", "2720"]), 16)
    if kind == "amex":
        return luhn_num(pick(["34", "37"]), 15)
    if kind == "unionpay":
        return luhn_num("62" + d(4), pick([16, 19]))
    if kind == "mir":
        return luhn_num("220" + pick("01234"), 16)
    if kind == "jcb":
        return luhn_num("35" + pick(["28", "40", "66", "89"]), 16)
    if kind == "troy":
        return luhn_num("9792", 16)
    if kind == "rupay":
        return luhn_num(pick(["6081", "6522", "5085"]), 16)
    if kind == "elo":
        return luhn_num("636368", 16)
    if kind == "verve":
        return luhn_num("506099", 19)
    raise ValueError(kind)


def cfmt(num: str, sep: str = " ") -> str:
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return grp(num, 4, sep)


def exp_date() -> str:
    return f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"


def cvv(n: int = 3) -> str:
    return d(n)


# ---------------------------------------------------------------- IBAN
def _n36(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc: str, bban: str) -> str:
    chk = 98 - _n36(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(ib: str) -> bool:
    ib = ib.replace(" ", "")
    return _n36(ib[4:] + ib[:4]) % 97 == 1


def ifmt(ib: str) -> str:
    return grp(ib, 4)


_CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
           **dict(zip(string.ascii_uppercase,
                      [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                       14, 16, 10, 22, 25, 24, 23]))}


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def _cin(s: str) -> str:
    tot = 0
    for i, c in enumerate(s):
        tot += _CF_ODD[c] if i % 2 == 0 else _cf_even(c)
    return chr(65 + tot % 26)


def _es_dc(s10: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    c = 11 - sum(int(a) * b for a, b in zip(s10, w)) % 11
    return str({11: 0, 10: 1}.get(c, c))


def bban(cc: str) -> str:
    if cc == "DE":
        return d(8, "1234567") + d(10)
    if cc == "FR":
        bank, br, acct = d(5, "123"), d(5), d(11)
        key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acct)) % 97)
        return f"{bank}{br}{acct}{key:02d}"
    if cc == "ES":
        bank, br, acct = d(4, "0123"), d(4), d(10)
        return bank + br + _es_dc("00" + bank + br) + _es_dc(acct) + acct
    if cc == "IT":
        abi, cab, conto = "0" + d(4), d(5), d(12)
        return _cin(abi + cab + conto) + abi + cab + conto
    if cc == "NL":
        return pick(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"]) + d(10, "0")
    if cc == "BE":
        n = d(10)
        c = int(n) % 97 or 97
        return f"{n}{c:02d}"
    if cc == "PL":
        b = d(7, "1")
        w = [3, 9, 7, 1, 3, 9, 7]
        c = (10 - sum(int(a) * x for a, x in zip(b, w)) % 10) % 10
        return b + str(c) + d(16)
    if cc == "PT":
        x = d(4, "0") + d(4) + d(11)
        return x + f"{98 - int(x + '00') % 97:02d}"
    if cc == "GB":
        return pick(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + d(6) + d(8)
    if cc == "IE":
        return pick(["AIBK", "BOFI"]) + d(6, "9") + d(8)
    if cc == "NO":
        while True:
            b = d(10, "1")
            w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            k = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
            if k == 10:
                continue
            return b + str(0 if k == 11 else k)
    if cc == "FI":
        b = d(13, "1234")
        return b + luhn_digit(b)
    if cc == "CZ":
        while True:
            a = d(9)
            w = [6, 3, 7, 9, 10, 5, 8, 4, 2]
            last = (-sum(int(x) * y for x, y in zip(a, w))) % 11
            if last < 10:
                return pick(["0800", "0100", "0300", "2010", "3030"]) + "000000" + a + str(last)
    if cc == "HU":
        def blk(n):
            b = d(n)
            w = [9, 7, 3, 1] * 6
            return b + str((10 - sum(int(a) * x for a, x in zip(b, w)) % 10) % 10)
        return blk(7) + blk(15) + "0"
    lens = {"CH": ("n", 17), "AT": ("n", 16), "SE": ("n", 20), "DK": ("n", 14),
            "TR": ("tr", 22), "GR": ("n", 23), "RO": ("ro", 20), "HR": ("n", 17),
            "SA": ("n", 20), "AE": ("n", 19), "LT": ("n", 16), "EE": ("n", 16),
            "UA": ("n", 25), "IL": ("n", 19), "EG": ("n", 25), "PK": ("pk", 20),
            "BR": ("br", 25)}
    kind, n = lens[cc]
    if kind == "n":
        return d(n)
    if kind == "tr":
        return d(5) + "0" + d(16)
    if kind == "ro":
        return pick(["BTRL", "RNCB", "BRDE", "INGB"]) + rs(16, UPD)
    if kind == "pk":
        return pick(["MEZN", "HABB", "UNIL"]) + d(16)
    if kind == "br":
        return d(8) + d(5) + d(10) + "C" + "1"
    raise ValueError(cc)


def IBAN(cc: str) -> str:
    return iban(cc, bban(cc))


# ---------------------------------------------------------------- national ids
def _dob(y0=1950, y1=2004):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def de_taxid() -> str:
    while True:
        ds = list("0123456789")
        R.shuffle(ds)
        first10 = ds[:9]
        first10.append(R.choice(first10))
        R.shuffle(first10)
        if first10[0] == "0":
            continue
        s = "".join(first10)
        return s + _iso7064_11_10(s)


def _iso7064_11_10(s: str) -> str:
    a = 10
    for ch in s:
        a = (a + int(ch)) % 10
        if a == 0:
            a = 10
        a = (a * 2) % 11
    return str((11 - a) % 10)


def hr_oib() -> str:
    b = d(10, "123456789")
    return b + _iso7064_11_10(b)


def de_kvnr() -> str:
    letter = R.choice(string.ascii_uppercase)
    body = d(8)
    s = f"{ord(letter) - 64:02d}" + body
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return letter + body + str(tot % 10)


def es_dni() -> str:
    n = d(8, "0123456789")
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def es_nie() -> str:
    p = R.choice("XYZ")
    n = d(7)
    return p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + n) % 23]


def it_cf(surname: str, name: str, female: bool, year: int, month: int, day: int, comune: str) -> str:
    V = "AEIOU"

    def cons(s):
        return [c for c in s.upper() if c.isalpha() and c not in V]

    def vows(s):
        return [c for c in s.upper() if c in V]

    sc = (cons(surname) + vows(surname) + ["X"] * 3)[:3]
    nc = cons(name)
    if len(nc) >= 4:
        nc = [nc[0], nc[2], nc[3]]
    else:
        nc = (nc + vows(name) + ["X"] * 3)[:3]
    code = "".join(sc + nc) + f"{year % 100:02d}" + "ABCDEHLMPRST"[month - 1] + f"{day + (40 if female else 0):02d}" + comune
    return code + _cin(code)


def fr_nir(male: bool = True) -> str:
    y, m, _ = _dob(1955, 2003)
    b = f"{1 if male else 2}{y % 100:02d}{m:02d}{R.randint(1, 95):02d}{d(3)}{d(3)}"
    return b + f"{97 - int(b) % 97:02d}"


def nl_bsn() -> str:
    while True:
        b = d(8, "123456789")
        s = sum(int(c) * w for c, w in zip(b, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return b + str(last)


def be_nn() -> str:
    y, m, dd = _dob(1960, 2005)
    b = f"{y % 100:02d}{m:02d}{dd:02d}{R.randint(1, 997):03d}"
    base = int(("2" if y >= 2000 else "") + b)
    c = 97 - base % 97
    return f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:9]}.{c:02d}"


def pl_pesel() -> str:
    y, m, dd = _dob(1950, 2006)
    mm = m + (20 if y >= 2000 else 0)
    b = f"{y % 100:02d}{mm:02d}{dd:02d}{d(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return b + str((10 - sum(int(a) * x for a, x in zip(b, w)) % 10) % 10)


def se_pnr() -> str:
    y, m, dd = _dob(1950, 2004)
    b = f"{y % 100:02d}{m:02d}{dd:02d}{d(3)}"
    return f"{y}{m:02d}{dd:02d}-{b[6:]}{luhn_digit(b)}"


def fi_hetu() -> str:
    y, m, dd = _dob(1950, 2006)
    n = f"{R.randint(2, 899):03d}"
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{dd:02d}{m:02d}{y % 100:02d}{n}") % 31]
    return f"{dd:02d}{m:02d}{y % 100:02d}{'A' if y >= 2000 else '-'}{n}{c}"


def no_fnr() -> str:
    while True:
        y, m, dd = _dob(1950, 1999)
        b = f"{dd:02d}{m:02d}{y % 100:02d}{R.randint(0, 499):03d}"
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * x for a, x in zip(b, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b += str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(a) * x for a, x in zip(b, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k2)


def dk_cpr() -> str:
    y, m, dd = _dob(1950, 2004)
    return f"{dd:02d}{m:02d}{y % 100:02d}-{d(4)}"


def br_cpf() -> str:
    b = d(9)
    for _ in range(2):
        n = len(b) + 1
        s = sum(int(c) * w for c, w in zip(b, range(n, 1, -1)))
        r = (s * 10) % 11
        b += str(0 if r == 10 else r)
    return f"{b[:3]}.{b[3:6]}.{b[6:9]}-{b[9:]}"


def br_cnpj() -> str:
    b = d(8) + "0001"
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    for w in (w1, [6] + w1):
        r = sum(int(c) * x for c, x in zip(b, w)) % 11
        b += str(0 if r < 2 else 11 - r)
    return f"{b[:2]}.{b[2:5]}.{b[5:8]}/{b[8:12]}-{b[12:]}"


def cl_rut() -> str:
    n = str(R.randint(8_000_000, 24_999_999))
    s = sum(int(c) * w for c, w in zip(reversed(n), [2, 3, 4, 5, 6, 7] * 2))
    r = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(r, str(r))
    return f"{int(n):,}".replace(",", ".") + "-" + dv


def cn_rid() -> str:
    area = pick(["110105", "310104", "440305", "510107", "330106", "420111", "320102"])
    y, m, dd = _dob(1960, 2003)
    b = f"{area}{y}{m:02d}{dd:02d}{d(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(a) * x for a, x in zip(b, w)) % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(s: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(s: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def in_aadhaar() -> str:
    b = d(11, "23456789")
    n = b + verhoeff_digit(b)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def in_pan() -> str:
    return rs(3, string.ascii_uppercase) + "P" + R.choice(string.ascii_uppercase) + d(4) + R.choice(string.ascii_uppercase)


def kr_rrn() -> str:
    y, m, dd = _dob(1960, 2004)
    g = R.choice("12") if y < 2000 else R.choice("34")
    b = f"{y % 100:02d}{m:02d}{dd:02d}{g}{d(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
    return f"{b[:6]}-{b[6:]}{c}"


def jp_mynumber() -> str:
    b = d(11, "123456789")
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    n12 = b + str(c)
    return f"{n12[:4]} {n12[4:8]} {n12[8:]}"


def tr_tckn() -> str:
    b = [int(c) for c in d(9, "123456789")]
    d10 = ((b[0] + b[2] + b[4] + b[6] + b[8]) * 7 - (b[1] + b[3] + b[5] + b[7])) % 10
    b.append(d10)
    b.append(sum(b) % 10)
    return "".join(map(str, b))


def il_tz() -> str:
    return luhn_num(d(1, "0123"), 9)


def za_id() -> str:
    y, m, dd = _dob(1960, 2004)
    b = f"{y % 100:02d}{m:02d}{dd:02d}{d(4)}08"
    return b + luhn_digit(b)


def ca_sin() -> str:
    n = luhn_num(pick("1245679"), 9)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def us_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def uk_nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return f"{p} {d(2)} {d(2)} {d(2)} {R.choice('ABCD')}"


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9]
    while True:
        b = d(8, "1234567")
        s = sum(int(a) * x for a, x in zip(b, w))
        last = s % 11
        if last < 10:
            n = b + str(last)
            assert sum(int(a) * x for a, x in zip(n, w + [10])) % 11 == 0
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def au_medicare() -> str:
    b = d(8, "23456")
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * x for a, x in zip(b, w)) % 10
    return f"{b[:4]} {b[4:8]}{c} {R.randint(1, 5)}"


def mx_curp(name4: str, y: int, m: int, dd: int, sex: str, state: str, cons3: str) -> str:
    alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    b = f"{name4}{y % 100:02d}{m:02d}{dd:02d}{sex}{state}{cons3}{'0' if y < 2000 else 'A'}"
    s = sum(alpha.index(c) * (18 - i) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def pt_nif() -> str:
    while True:
        b = d(8, "123")
        s = sum(int(a) * (9 - i) for i, a in enumerate(b))
        r = s % 11
        return b + str(0 if r < 2 else 11 - r)


def gr_amka() -> str:
    y, m, dd = _dob(1950, 2004)
    b = f"{dd:02d}{m:02d}{y % 100:02d}{d(4)}"
    return b + luhn_digit(b)


def ro_cnp() -> str:
    y, m, dd = _dob(1955, 2004)
    sx = R.choice("12") if y < 2000 else R.choice("56")
    b = f"{sx}{y % 100:02d}{m:02d}{dd:02d}{R.randint(1, 46):02d}{d(3)}"
    w = "279146358279"
    c = sum(int(a) * int(x) for a, x in zip(b, w)) % 11
    return b + str(1 if c == 10 else c)


def cz_rc(female: bool = False) -> str:
    while True:
        y, m, dd = _dob(1955, 2003)
        b = f"{y % 100:02d}{m + (50 if female else 0):02d}{dd:02d}{d(3)}"
        c = int(b) % 11
        if c < 10:
            return f"{b[:6]}/{b[6:]}{c}"


def hu_taj() -> str:
    b = d(8)
    c = sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(b)) % 10
    n = b + str(c)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def ee_ik() -> str:
    y, m, dd = _dob(1955, 2004)
    g = R.choice("34") if y < 2000 else R.choice("56")
    b = f"{g}{y % 100:02d}{m:02d}{dd:02d}{d(3)}"
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    r = sum(int(a) * x for a, x in zip(b, w1)) % 11
    if r == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        r = sum(int(a) * x for a, x in zip(b, w2)) % 11
        r = 0 if r == 10 else r
    return b + str(r)


def lt_ak() -> str:
    return ee_ik()  # Lithuania uses the same structure and check algorithm


def ru_snils() -> str:
    while True:
        b = d(9, "1")
        s = sum(int(a) * (9 - i) for i, a in enumerate(b))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            c = 0 if c == 100 else c
        return f"{b[:3]}-{b[3:6]}-{b[6:9]} {c:02d}"


def ru_inn12() -> str:
    b = pick(["77", "78", "50", "66", "16"]) + d(8)
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    b += str(sum(int(a) * x for a, x in zip(b, w11)) % 11 % 10)
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return b + str(sum(int(a) * x for a, x in zip(b, w12)) % 11 % 10)


def ua_rnokpp() -> str:
    b = f"{R.randint(20000, 38000):05d}" + d(4)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b + str(sum(int(a) * x for a, x in zip(b, w)) % 11 % 10)


def th_id() -> str:
    b = d(12, "1358")
    return b + str((11 - sum(int(a) * (13 - i) for i, a in enumerate(b)) % 11) % 10)


def th_fmt(n: str) -> str:
    return f"{n[0]} {n[1:5]} {n[5:10]} {n[10:12]} {n[12]}"


def ir_code() -> str:
    b = d(9, "0123456")
    r = sum(int(a) * (10 - i) for i, a in enumerate(b)) % 11
    return b + str(r if r < 2 else 11 - r)


def ae_eid() -> str:
    b = "784" + str(R.randint(1970, 2004)) + d(7)
    n = b + luhn_digit(b)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"


def sa_id() -> str:
    return luhn_num("1", 10)


def eg_nid() -> str:
    y, m, dd = _dob(1960, 2004)
    return f"{'2' if y < 2000 else '3'}{y % 100:02d}{m:02d}{dd:02d}{pick(['01', '02', '21', '88'])}{d(4)}{d(1)}"


def vn_cccd() -> str:
    return pick(["001", "079", "031", "048"]) + R.choice("0123") + f"{R.randint(60, 99):02d}" + d(6)


def id_nik() -> str:
    y, m, dd = _dob(1965, 2004)
    return pick(["3171", "3273", "3578", "5171"]) + d(2, "01") + f"{dd + R.choice([0, 40]):02d}{m:02d}{y % 100:02d}" + d(4, "0")


def ng_nin() -> str:
    return d(11, "123456789")


def ke_id() -> str:
    return d(8, "23")


def us_dl() -> str:
    return R.choice(string.ascii_uppercase) + d(7)


def mrz_cd(s: str) -> str:
    def v(c):
        if c.isdigit():
            return int(c)
        if c == "<":
            return 0
        return ord(c) - 55
    return str(sum(v(c) * w for c, w in zip(s, [7, 3, 1] * 20)) % 10)


def mrz_td3(doc_no: str, nat: str, dob: str, sex: str, exp: str, personal: str = "") -> str:
    doc = doc_no.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pcd = mrz_cd(pers) if personal else "<"
    comp = doc + mrz_cd(doc) + dob + mrz_cd(dob) + exp + mrz_cd(exp) + pers + pcd
    return f"{doc}{mrz_cd(doc)}{nat}{dob}{mrz_cd(dob)}{sex}{exp}{mrz_cd(exp)}{pers}{pcd}{mrz_cd(comp)}"


def passport_no(style: str = "alnum") -> str:
    if style == "de":
        return "C" + rs(8, "CFGHJKLMNPRTVWXYZ0123456789")
    if style == "us":
        return d(9, "5")
    if style == "in":
        return R.choice("JKLMNPRSTUVWZ") + d(7, "1234567")
    if style == "cn":
        return "E" + d(8)
    return rs(2, string.ascii_uppercase) + d(7)


# ---------------------------------------------------------------- business / public look-alikes
def de_vat() -> str:
    b = d(8, "123456789")
    return "DE" + b + _iso7064_11_10(b)


def fr_siren() -> str:
    return luhn_num(pick("3456789"), 9)


def fr_siret() -> str:
    while True:
        s = fr_siren() + "000" + d(1, "1234")
        full = s + luhn_digit(s)
        return full


def au_abn() -> str:
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        b = d(9)
        for a in range(10, 100):
            ds = [int(x) for x in str(a) + b]
            ds[0] -= 1
            if sum(x * y for x, y in zip(ds, w)) % 89 == 0:
                n = str(a) + b
                return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"


def in_gstin() -> str:
    alpha = string.digits + string.ascii_uppercase
    b = pick(["27", "29", "07", "33", "24"]) + rs(3, string.ascii_uppercase) + "C" + R.choice(string.ascii_uppercase) + d(4) + R.choice(string.ascii_uppercase) + "1Z"
    s = 0
    for i, c in enumerate(b):
        p = alpha.index(c) * (1 if i % 2 == 0 else 2)
        s += p // 36 + p % 36
    return b + alpha[(36 - s % 36) % 36]


def cn_uscc() -> str:
    alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    b = "91" + pick(["110105", "310115", "440300", "330100"]) + "".join(R.choice(alpha) for _ in range(9))
    c = 31 - sum(alpha.index(x) * y for x, y in zip(b, w)) % 31
    return b + alpha[0 if c == 31 else c]


def us_routing() -> str:
    while True:
        b = d(8, "0123")
        for c in range(10):
            n = b + str(c)
            if sum(int(a) * w for a, w in zip(n, [3, 7, 1] * 3)) % 10 == 0:
                return n


def us_npi() -> str:
    b = d(9, "12")
    return b + luhn_digit("80840" + b)


def imei() -> str:
    return luhn_num(pick(["35", "86", "01"]) + d(6), 15)


def ean13(prefix: str = "") -> str:
    b = prefix + d(12 - len(prefix))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def isbn13() -> str:
    return ean13("97" + pick("89"))


def de_pzn() -> str:
    while True:
        b = d(7, "0123")
        c = sum(int(a) * (i + 1) for i, a in enumerate(b)) % 11
        if c < 10:
            return b + str(c)


def ups_1z() -> str:
    body = rs(6, UPD) + pick(["01", "02", "03", "12", "13"]) + d(7)
    s = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        s += v * (2 if i % 2 == 1 else 1)
    return "1Z" + body + str((10 - s % 10) % 10)


def b58(b: bytes) -> str:
    alpha = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = alpha[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def btc_addr() -> str:
    payload = bytes([0]) + R.randbytes(20)
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58(payload + chk)


def eth_addr() -> str:
    return "0x" + hx(40)


def ssh_pub_ed25519(comment: str) -> str:
    def s(b):
        return len(b).to_bytes(4, "big") + b
    blob = s(b"ssh-ed25519") + s(R.randbytes(32))
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def uuid4() -> str:
    h = list(hx(32))
    h[12] = "4"
    h[16] = R.choice("89ab")
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def vin() -> str:
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    translit = {**{str(i): i for i in range(10)},
                **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
                "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    b = list(pick(["1HG", "WVW", "5YJ", "JTD", "WBA"]) + "".join(R.choice(alpha) for _ in range(5)) + "0" + R.choice("LMNPR") + R.choice(alpha) + d(6))
    c = sum(translit[x] * y for x, y in zip(b, w)) % 11
    b[8] = "X" if c == 10 else str(c)
    return "".join(b)


# ---------------------------------------------------------------- tokens
_B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def _b62(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = _B62[r] + out
    return out or "0"


def gh_token(prefix: str = "ghp") -> str:
    body = rs(30)
    return f"{prefix}_{body}{_b62(zlib.crc32(body.encode())).rjust(6, '0')}"


def aws_pair() -> tuple[str, str]:
    return "AKIA" + rs(16, string.ascii_uppercase + "234567"), rs(40, ALNUM + "/+")


def stripe_key(kind: str = "sk_live") -> str:
    return f"{kind}_51{rs(22)}{rs(73)}"


def google_key() -> str:
    return "AIza" + rs(35, URLSAFE)


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(8, UPD)}/B{rs(10, UPD)}/{rs(24)}"


def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{d(19, '1')}/{rs(68, URLSAFE)}"


def tg_bot() -> str:
    return f"{d(10, '5678')}:AA{rs(33, URLSAFE)}"


def openai_key() -> str:
    return "sk-proj-" + rs(74, URLSAFE) + "T3BlbkFJ" + rs(74, URLSAFE)


def sendgrid_key() -> str:
    return f"SG.{rs(22, URLSAFE)}.{rs(43, URLSAFE)}"


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(payload: dict) -> str:
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64url(R.randbytes(32))}"


def pem_body(lines: int = 3) -> list[str]:
    raw = base64.b64encode(b"openssh-key-v1\0" + R.randbytes(52 * lines)).decode()
    return [raw[i:i + 70] for i in range(0, len(raw), 70)][:lines]


def otp(n: int = 6) -> str:
    return d(n)


def pwd(style: str = "mixed") -> str:
    words = ["Sonne", "Tiger", "Mango", "Kasia", "Lola", "Brisa", "Otto", "Pelusa", "Nemo", "Chispa",
             "Dragon", "Luna", "Bimbo", "Mochi", "Simba", "Kiwi", "Rocky", "Bella", "Zorro", "Pixel"]
    if style == "mixed":
        return R.choice(words) + R.choice(["!", "#", "$", "*", "@", "."]) + d(R.choice([2, 4]))
    if style == "random":
        return rs(R.randint(12, 16), ALNUM + "!#%&*+-=?@^_")
    if style == "words":
        return "-".join(R.choice(_BIP39) for _ in range(4))
    raise ValueError(style)


def bip39_phrase(n_words: int = 12) -> str:
    ent_bits = n_words * 11 * 32 // 33
    cs_bits = n_words * 11 - ent_bits
    ent = R.getrandbits(ent_bits)
    ent_bytes = ent.to_bytes(ent_bits // 8, "big")
    cs = hashlib.sha256(ent_bytes).digest()[0] >> (8 - cs_bits)
    full = (ent << cs_bits) | cs
    idx = [(full >> (11 * (n_words - 1 - i))) & 0x7FF for i in range(n_words)]
    return " ".join(_BIP39[i] for i in idx)


# ---------------------------------------------------------------- more personal identifiers
def nhs_no() -> str:
    while True:
        b = d(9, "4679")
        r = 11 - sum(int(a) * w for a, w in zip(b, range(10, 1, -1))) % 11
        if r == 10:
            continue
        n = b + str(0 if r == 11 else r)
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def ie_ppsn(new: bool = True) -> str:
    b = d(7)
    s = sum(int(a) * w for a, w in zip(b, range(8, 1, -1))) + (9 * 1 if new else 0)
    return b + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + ("A" if new else "")


def sg_nric() -> str:
    p = R.choice("ST")
    b = d(7)
    s = sum(int(a) * w for a, w in zip(b, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + b + "JZIHGFEDCBA"[s % 11]


def us_mbi() -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + DIG
    return (R.choice("123456789") + R.choice(a) + R.choice(an) + R.choice(DIG) + "-" + R.choice(a) + R.choice(an)
            + R.choice(DIG) + "-" + R.choice(a) + R.choice(a) + R.choice(DIG) + R.choice(DIG))


def us_itin() -> str:
    return f"9{d(2)}-{R.randint(70, 88)}-{d(4)}"


def btc_wif() -> str:
    payload = bytes([0x80]) + R.randbytes(32) + b"\x01"
    return b58(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def hkid() -> str:
    L = R.choice("ACEGHKMPRVYZ")
    b = d(6)
    s = 9 * 36 + 8 * (ord(L) - 55) + sum(int(a) * w for a, w in zip(b, range(7, 1, -1)))
    c = (11 - s % 11) % 11
    return f"{L}{b}({'A' if c == 10 else c})"


def pk_cnic() -> str:
    return f"{pick(['35202', '42101', '37405', '61101'])}-{d(7, '123456789')}-{R.randint(1, 9)}"


def bd_nid() -> str:
    return d(10, "123456789")


def ng_bvn() -> str:
    return "22" + d(9)


def ke_kra(personal: bool = True) -> str:
    return ("A" if personal else "P") + d(9, "0") + R.choice(string.ascii_uppercase)


def ph_sss() -> str:
    return f"{d(2, '0123')}-{d(7)}-{d(1)}"


def my_mykad() -> str:
    y, m, dd = _dob(1960, 2004)
    return f"{y % 100:02d}{m:02d}{dd:02d}-{pick(['14', '10', '08', '01', '12'])}-{d(4)}"


def rs_jmbg() -> str:
    while True:
        y, m, dd = _dob(1955, 2004)
        b = f"{dd:02d}{m:02d}{y % 1000:03d}{pick(['71', '80', '21'])}{R.randint(0, 999):03d}"
        w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
        return b + str(0 if k > 9 else k)


def gr_afm() -> str:
    b = d(8, "01")
    s = sum(int(a) * (2 ** (8 - i)) for i, a in enumerate(b))
    return b + str(s % 11 % 10)


def hu_adoazon() -> str:
    while True:
        b = "8" + d(8)
        c = sum(int(a) * (i + 1) for i, a in enumerate(b)) % 11
        if c < 10:
            return b + str(c)


def ph_tin() -> str:
    return f"{d(3, '1234')}-{d(3)}-{d(3)}-000"


def mx_rfc_person(four: str, y: int, m: int, dd: int) -> str:
    return f"{four}{y % 100:02d}{m:02d}{dd:02d}{rs(3, UPD)}"


def jp_bank() -> str:
    return d(7, "0123456789")


# ---------------------------------------------------------------- more business / public look-alikes
def mpan_core() -> str:
    b = d(2, "12") + d(10)
    w = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    return b + str(sum(int(a) * x for a, x in zip(b, w)) % 11 % 10)


def gb_vat() -> str:
    b = d(7, "123456789")
    s = sum(int(a) * w for a, w in zip(b, range(8, 1, -1)))
    last = (-s) % 97
    n = b + f"{last:02d}"
    return f"GB {n[:3]} {n[3:7]} {n[7:]}"


def uk_company_no() -> str:
    return d(8, "01")


def usps_track() -> str:
    b = "9400" + "1" + d(16)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(b)))
    n = b + str((10 - s % 10) % 10)
    return grp(n, 4)


def s10(svc: str = "RR", cc: str = "BR") -> str:
    b = d(8)
    c = 11 - sum(int(a) * w for a, w in zip(b, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    c = {10: 0, 11: 5}.get(c, c)
    return f"{svc}{b}{c}{cc}"


def ar_cbu() -> str:
    b1 = pick(["007", "011", "017", "072", "285"]) + d(4)
    c1 = (10 - sum(int(a) * w for a, w in zip(b1, [7, 1, 3, 9, 7, 1, 3])) % 10) % 10
    b2 = d(13)
    c2 = (10 - sum(int(a) * w for a, w in zip(b2, [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3])) % 10) % 10
    return f"{b1}{c1}{b2}{c2}"


def es_cif() -> str:
    b = d(7)
    s = 0
    for i, ch in enumerate(b):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v = v // 10 + v % 10
        s += v
    return "B" + b + str((10 - s % 10) % 10)


def it_piva() -> str:
    b = d(7, "01") + pick(["001", "015", "037", "058", "063"])
    return b + luhn_digit(b)


def nl_btw() -> str:
    return "NL" + nl_bsn() + "B01"


def pl_nip() -> str:
    while True:
        b = d(9, "123456789")
        c = sum(int(a) * w for a, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            n = b + str(c)
            return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"


def cz_ico() -> str:
    b = d(7, "2-9".replace("-", "345678"))
    c = (11 - sum(int(a) * w for a, w in zip(b, range(8, 1, -1))) % 11) % 10
    return b + str(c)


def se_orgnr() -> str:
    b = "556" + d(6)
    n = b + luhn_digit(b)
    return f"{n[:6]}-{n[6:]}"


def se_bankgiro() -> str:
    b = d(6, "123456789")
    n = b + luhn_digit(b)
    return f"{n[:3]}-{n[3:]}"


def luhn_ref(n: int) -> str:
    b = d(n - 1, "123456789")
    return b + luhn_digit(b)


def no_orgnr() -> str:
    while True:
        b = d(8, "89")
        c = 11 - sum(int(a) * w for a, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c == 10:
            continue
        n = b + str(0 if c == 11 else c)
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def dk_cvr() -> str:
    while True:
        b = d(7, "123456789")
        last = (-sum(int(a) * w for a, w in zip(b, [2, 7, 6, 5, 4, 3, 2]))) % 11
        if last < 10:
            return b + str(last)


def fi_ytunnus() -> str:
    while True:
        b = d(7, "0123")
        r = sum(int(a) * w for a, w in zip(b, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r == 1:
            continue
        return f"{b}-{0 if r == 0 else 11 - r}"


def ref_731(n: int) -> str:
    b = d(n - 1, "123456789")
    s = sum(int(a) * w for a, w in zip(reversed(b), [7, 3, 1] * 10))
    return b + str((10 - s % 10) % 10)


def ee_regkood() -> str:
    b = "1" + d(6)
    w1 = [1, 2, 3, 4, 5, 6, 7]
    r = sum(int(a) * x for a, x in zip(b, w1)) % 11
    if r == 10:
        r = sum(int(a) * x for a, x in zip(b, [3, 4, 5, 6, 7, 8, 9])) % 11 % 10
    return b + str(r)


def hu_adoszam() -> str:
    b = d(7, "1")
    c = (10 - sum(int(a) * w for a, w in zip(b, [9, 7, 3, 1, 9, 7, 3])) % 10) % 10
    return f"{b}{c}-{R.choice('2')}-{pick(['41', '42', '43', '13', '02'])}"


def ro_cui() -> str:
    b = d(8, "123456789")
    s = sum(int(a) * int(w) for a, w in zip(b, "75321753"[-len(b):]))
    # weights are right aligned on "753217532"; for 8 digits use the last 8
    w = "753217532"[-len(b):]
    s = sum(int(a) * int(x) for a, x in zip(b, w))
    return b + str((s * 10) % 11 % 10)


def tr_vkn() -> str:
    b = d(9)
    s = 0
    for i, ch in enumerate(b):
        tmp = (int(ch) + 9 - i) % 10
        v = (tmp * 2 ** (9 - i)) % 9
        if tmp != 0 and v == 0:
            v = 9
        s += v
    return b + str((10 - s % 10) % 10)


def ru_inn10() -> str:
    b = pick(["77", "78", "50", "66"]) + d(7)
    return b + str(sum(int(a) * w for a, w in zip(b, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)


def ru_ogrn() -> str:
    b = "1" + d(2, "012") + pick(["77", "78", "50"]) + d(7)
    return b + str(int(b) % 11 % 10)


def ua_edrpou() -> str:
    b = d(7, "12")
    r = sum(int(a) * w for a, w in zip(b, range(1, 8))) % 11
    if r == 10:
        r = sum(int(a) * w for a, w in zip(b, range(3, 10))) % 11 % 10
    return b + str(r)


def il_hp() -> str:
    return luhn_num("51" + d(1), 9)


def ir_shenase() -> str:
    b = d(10, "1")
    k = int(b[9]) + 2
    w = [29, 27, 23, 19, 17, 29, 27, 23, 19, 17]
    r = sum((int(a) + k) * x for a, x in zip(b, w)) % 11
    return b + str(0 if r == 10 else r)


def jp_corp() -> str:
    b = d(12, "1234567")
    s = 0
    for n in range(1, 13):
        s += int(b[12 - n]) * (1 if n % 2 == 1 else 2)
    return str(9 - s % 9) + b


def yamato() -> str:
    b = d(11, "2345")
    n = b + str(int(b) % 7)
    return f"{n[:4]}-{n[4:8]}-{n[8:]}"


def kr_brn() -> str:
    b = d(9, "1")
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * x for a, x in zip(b, w)) + (int(b[8]) * 5) // 10
    n = b + str((10 - s % 10) % 10)
    return f"{n[:3]}-{n[3:5]}-{n[5:]}"


def vn_mst() -> str:
    while True:
        b = d(9, "0")
        r = sum(int(a) * w for a, w in zip(b, [31, 29, 23, 19, 17, 13, 7, 5, 3])) % 11
        c = 10 - r
        if 0 <= c <= 9:
            return b + str(c)


def th_company() -> str:
    b = "0105" + d(8)
    return b + str((11 - sum(int(a) * (13 - i) for i, a in enumerate(b)) % 11) % 10)


def rs_pib() -> str:
    b = d(8, "1")
    return b + _iso7064_11_10(b)


def id_npwp() -> str:
    b = d(8, "0")
    n = b + luhn_digit(b) + d(3) + "000"
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"


def in_ifsc() -> str:
    return pick(["SBIN", "HDFC", "ICIC", "UTIB", "PUNB", "IOBA"]) + "0" + d(6)


def ar_cuit_company() -> str:
    b = "30" + d(8)
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
    r = 0 if r == 11 else (9 if r == 10 else r)
    return f"{b[:2]}-{b[2:]}-{r}"


def it_rx_nre() -> str:
    return f"{d(4, '1')}A{d(10)}"


def ean_barcode() -> str:
    return ean13(pick(["400", "301", "800", "590", "690", "880", "489"]))


def fr_vat(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def sepa_creditor_id(cc: str = "DE") -> str:
    nat = d(11, "0")
    chk = 98 - _n36(nat + cc + "00") % 97
    return f"{cc}{chk:02d}ZZZ{nat}"


def ru_bik_corr() -> tuple[str, str]:
    bik = "04" + d(4, "45") + d(3, "1234567")
    while True:
        tail = d(7, "0")
        for k in range(10):
            acct = "30101810" + str(k) + tail + bik[-3:]
            s = "0" + bik[4:6] + acct
            w = [7, 1, 3] * 8
            if sum(int(a) * x for a, x in zip(s, w)) % 10 == 0:
                return bik, acct


def pl_regon() -> str:
    b = d(8, "1234567")
    c = sum(int(a) * w for a, w in zip(b, [8, 9, 2, 3, 4, 5, 6, 7])) % 11
    return b + str(0 if c == 10 else c)


# ============================================================== ENGLISH — SECRETS
_EN_DIG = "zero one two three four five six seven eight nine".split()


def spell_en(s: str, sep: str = " ") -> str:
    return sep.join(_EN_DIG[int(c)] for c in s if c.isdigit())


_ans = "Brambleford Primary"
S("en", "call", f"""
    [Auto-transcript • Lloyds callback • 00:03:12]
    AGENT (Maya): ...and just for security, can I take the answer to your memorable question?
    CALLER: Uh, yeah, it's, um — name of my first school, right? Saint Bart's. No, wait, sorry. It's {_ans}.
    AGENT: Lovely, that's matched. And could I have characters two and five of your passcode?
    CALLER: Two is 'k'. Five is... 'nine'? I think nine.
""", _ans)

_pin = d(4, "123456789")
_sp = spell_en(_pin)
S("en", "call", f"""
    Voicemail transcription (Google Voice, 7:41 AM, from Dad):
    "Hey kiddo, it's Dad. Um, the alarm people changed the panel so the new code is {_sp}, then press 'away'.
    Don't write it on the fridge this time. Okay. Love you. Call your mother."
""", _sp)

_otp = otp()
S("en", "sms", f"""
    SMS inbox export — Pixel 7 — 14 Mar
    HSBC UK        09:41  Your one-time passcode is {_otp}. It expires in 10 minutes. We will NEVER call you to ask for it.
    Mum            09:44  did u ring the dentist
    Royal Mail     10:02  Your parcel QE 7741 9022 1GB is out for delivery.
    EE             10:15  You've used 80% of your data allowance.
""", _otp)

_wifi = "Tulip-kettle-" + d(2, "123456789")
S("en", "notes", f"""
    HOUSE NOTES FOR THE SITTER (shared Apple Note)
    • Bins: blue on Tuesday, black every other Friday
    • Wi-Fi: Hendersons_5G  /  pw {_wifi}
    • Biscuit gets half a cup morning + night, NO grapes
    • Vet: Riverside Vets 01632 960 411
""", _wifi)

_ni = uk_nino()
_ni_ocr = _ni.replace(" ", " ", 1)
S("en", "ocr", f"""
    OCR result (payslip_march.jpg, confidence 0.87):
    ACME C0NTRACT CLEANING LTD            PAYSLIP   Period 12
    Empl0yee: J. 0KAF0R     Emp No: 00418    Tax Code: 1257L
    N.l. Number: {_ni}      NI Cat: A
    Gross Pay  1,842.50   PAYE 164.20   NI 88.16   Net 1,590.14
""", _ni)

_nf = "Wembley" + d(4, "12") + "!"
S("en", "chat", f"""
    [02/01/2025, 19:22:41] Dad: Netflix login is the family email
    [02/01/2025, 19:22:58] Dad: password {_nf}
    [02/01/2025, 19:23:10] Chloe: ty 🙏
    [02/01/2025, 19:24:02] Dad: DO NOT change it again Chloe
""", _nf)

_tmp = pwd("random")
S("en", "email", f"""
    ---------- Forwarded message ---------
    From: IT Service Desk <servicedesk@northfieldcouncil.gov.uk>
    Date: Mon, 3 Feb 2025 at 08:12
    Subject: RE: INC0048213 - locked out

    Hi Pat, your account has been unlocked. Temporary password: {_tmp}
    You will be prompted to change it when you first sign in.

    > can you unlock me please, I tried too many times on Friday
""", _tmp)

_ssn = us_ssn()
S("en", "form", f"""
    RENTAL APPLICATION — Maple Court Apartments (filled via photo, transcribed)
    Applicant: Denise R. Holloway       DOB: 04/17/1988
    SSN: {_ssn}                         Current rent: $1,350/mo
    Employer: St. Jude Medical Billing  Years: 4
    Emergency contact: Ray Holloway (555) 201-8834
""", _ssn)

_pin2 = d(4, "123456789")
S("en", "screen", f"""
    User shared a screenshot. Description: iPhone Notes app, note titled "misc".
    Lines visible: "dentist tues 3:15", "BofA debit {_pin2} (don't tell J)", "return library books",
    "Costco membership renews Aug". Battery 23%, time 4:51.
""", _pin2)

_ks = d(4, "123456789")
S("en", "list", f"""
    Google Keep — "Grandma visit 🏡" (shared with Tom, Priya)
    ☐ milk, bread, the oat stuff she likes
    ☐ clean guest room
    ☑ pick up prescriptions
    ☐ tell Priya key safe code is {_ks}
    ☐ charge the baby monitor
""", _ks)

_door = d(4, "123456789")
S("en", "tool", J({"tool": "send_sms", "args": {"to": "+44 7700 900123",
    "body": f"Hi Sam! Flat is 3rd floor, door code {_door}# then the lift. Keys under the blue pot. Enjoy!"}}), _door)

_acct = d(8, "1234567")
S("en", "ocr", f"""
    [scan: statement_p1.png]
    Monzo Bank Ltd         Personal Account Statement
    Ms Aisha Bello         Sort code 04-00-04    Account number {_acct}
    01 Jan  Opening balance                               £412.88
    03 Jan  TFL TRAVEL CH            -£2.80               £410.08
""", _acct)

_rt, _ac = us_routing(), d(10, "123456789")
S("en", "ocr", f"""
    OCR of voided check for direct deposit (low light, skewed):
    JAMES T. WHITAKER    1043
    PAY TO THE ORDER OF ________  VOID VOID VOID
    ⑆{_rt}⑆ {_ac}⑈ 1043
""", _ac)

_c = card("visa")
S("en", "screen", f"""
    Image description (user photo of a card on a kitchen table): blue Chase Sapphire card, chip upper left.
    Embossed number reads {cfmt(_c)}, VALID THRU {exp_date()}, name ROBERT J ALVAREZ. A coffee mug covers the corner.
""", cfmt(_c))

_c = card("mc")
S("en", "chat", f"""
    Mike Harmon, [3/5/2025 8:12 PM]
    ok card is {_c} exp {exp_date()} cvv {cvv()}

    Mike Harmon, [3/5/2025 8:12 PM]
    book the 7:30 one if they still have it, thx bro
""", _c)

_cv = cvv()
S("en", "chat", f"""
    WhatsApp • Nana ❤️
    [18:02] Nana: The girl on the phone wants the three little numbers on the back
    [18:02] Nana: they are {_cv}
    [18:03] You: NANA don't send those to anyone!! who is calling you??
""", _cv)

_mbi = us_mbi()
S("en", "call", f"""
    Transcript — Walgreens pharmacy line
    TECH: Can you read me the number on her red-white-and-blue Medicare card?
    CALLER (son): Sure, hold on... okay it's {_mbi}. Effective date January 2021.
    TECH: Thanks, I see her. Refill's ready after two.
""", _mbi)

_sin = ca_sin()
S("en", "form", f"""
    CRA — T1 General (user typed the fields for help checking them)
    Social insurance number: {_sin}
    Date of birth: 1979-11-02    Marital status: Common-law
    Province of residence on Dec 31: Manitoba
""", _sin)

_mc = au_medicare()
S("en", "ocr", f"""
    OCR (green card, Australia):
    medicare
    {_mc}
    1  SHARON M PATEL
    2  ARJUN PATEL
    VALID T0 11/2029
""", _mc)

_tfn = au_tfn()
S("en", "notes", f"""
    Note "job stuff" (Samsung Notes)
    - start date Monday, wear black
    - bring bank details + TFN {_tfn}
    - super fund: AustralianSuper (member no. on the app)
""", _tfn)

_gh = gh_token()
S("en", "email", f"""
    Fwd: website thing
    > From: Leo (my nephew)
    > just paste this into the settings page where it says "GitHub token": {_gh}
    > it lets the site publish itself. don't post it anywhere lol
    Sheila wrote: Can you help me do what Leo says? I don't understand any of this.
""", _gh)

_ak, _sk = aws_pair()
S("en", "screen", f"""
    User-uploaded screenshot of VS Code, file ~/.aws/credentials:
    [default]
    aws_access_key_id = {_ak}
    aws_secret_access_key = {_sk}
    region = eu-west-2
    (user: "why does my photo backup script say access denied??")
""", _sk)

_dh = discord_hook()
S("en", "chat", f"""
    Discord DM export — #minecraft-server
    [Today 17:04] ziggy_boi: paste this in the plugin config so it posts when ppl join
    [Today 17:04] ziggy_boi: {_dh}
    [Today 17:06] yoyo: done, it works!!
""", _dh)

_seed = bip39_phrase(12)
S("en", "notes", f"""
    NOTE — "crypto DONT LOSE"
    metamask (brave browser)
    {_seed}
    ledger pin is the same as the garage
""", _seed)

_code = d(4)
S("en", "sms", f"""
    From: Barclays
    {_code} is your code to approve a payment of £249.99 to AMAZON MKTPLACE. If this wasn't you, don't share this code; call us on the number on the back of your card.
""", _code)

_pc = d(6)
S("en", "sms", f"""
    InPost: Hi, your parcel from ASOS is waiting in Locker MAN47L (Tesco Extra car park). Collection code: {_pc}. Scan the QR in the app or type the code. You have 72h.
""", _pc)

_vp = "blue heron"
S("en", "call", f"""
    [ADT monitoring call recording — transcript]
    OPERATOR: This is ADT, we got an alarm at the back door. Can I have your verbal password?
    RESIDENT: Oh god, sorry, it's the cat again. Password is {_vp}.
    OPERATOR: Thank you, I'll cancel the dispatch. Have a good night.
""", _vp)

_lb = "-".join(d(4))
S("en", "email", f"""
    Re: Move-in Saturday
    Thanks Gary! See you then.

    On Thu, Gary Linton wrote:
    > The lockbox is on the side gate, code {_lb}. Take both keys, leave the lockbox open.
    > Bins go out Sunday night. Welcome!
""", _lb)

_pp = passport_no("us")
S("en", "form", f"""
    DS-82 renewal (typed up by user, asking if fields are right):
    Most recent passport book number: {_pp}
    Issue date: 06/14/2016
    Name as printed: MARTINEZ, ELENA SOFIA
    Mailing address: 2281 W Cullerton St, Chicago IL 60608
""", _pp)

_dl = us_dl()
_dl_ocr = _dl[0] + _dl[1:].replace("0", "O")
S("en", "ocr", f"""
    Tesseract output — drivers_license_front.jpg
    CALIFORNIA  DRIVER LICENSE
    DL {_dl_ocr}      EXP O8/3O/2O28
    LN GARCIA  FN MARISOL
    DOB 08/30/1991   CLASS C   SEX F  HGT 5'-04"
""", _dl_ocr)

_al = d(4, "123456789")
S("en", "list", f"""
    HOLIDAY PREP (shared list, Dan + Emma)
    - cancel milk 12th–26th
    - timer lights on in lounge
    - give Ana the alarm code ({_al}) + spare key
    - passports in the green folder
    - water tomatoes 🍅
""", _al)

_rp = pwd("random")
S("en", "summary", f"""
    Session summary: User replaced their Virgin Media hub with a TP-Link Archer. Walked through setup.
    Admin password was changed from the default to {_rp} (user read it out so I could confirm the field).
    Network name kept as "Rosewood". Next: enable guest network.
""", _rp)

_lk = "-".join(str(R.randint(1, 39)) for _ in range(3))
S("en", "tool", J({"tool": "ocr_image", "result": {"text": f"PURE GYM — MEMBER LOCKER\nlocker 214\ncombination {_lk}\nplease do not leave valuables overnight", "confidence": 0.91}}), _lk)

_bc = [f"{d(4)} {d(4)}" for _ in range(5)]
S("en", "screen", f"""
    Screenshot described: Google Account › Security › 2-Step Verification › Backup codes
    "Keep these backup codes somewhere safe but accessible."
    1. {_bc[0]}   2. {_bc[1]}
    3. {_bc[2]}   4. {_bc[3]}
    5. {_bc[4]}   (5 more hidden below the fold)
""", _bc[0])

_zp = rs(6, ALNUM)
S("en", "email", f"""
    Fwd: Invitation: Book club 📚 Thu 7pm
    Topic: Book club – "Demon Copperhead"
    Join Zoom Meeting  https://us02web.zoom.us/j/84522910473
    Meeting ID: 845 2291 0473
    Passcode: {_zp}
    (Gwen: Can you add this to my calendar please dear)
""", _zp)

_nhs = nhs_no()
S("en", "ocr", f"""
    [scan of hospital letter, page 1]
    Royal Berkshire NHS Foundation Trust — Outpatient appointment
    Patient: Mr Derek PAYNE   Hosp No: RBH0493317   NHS No: {_nhs}
    Clinic: Ophthalmology 2B, Wed 19 Mar 10:40
    Please bring your glasses and a list of medications.
""", _nhs)

_st = d(4)
S("en", "chat", f"""
    iMessage export
    Ellie (12): mom whats the screen time code
    Mom: why
    Ellie (12): i need to finish my homework on khan academy
    Mom: fine. it's {_st}. 30 minutes and I'm changing it tonight
""", _st)

_wa = f"{d(3)}-{d(3)}"
S("en", "sms", f"""
    Messages (Android), unread:
    WhatsApp: Your WhatsApp code: {_wa}
    You can also tap on this link to verify your phone: v.whatsapp.com/{_wa.replace('-', '')}
    Don't share this code with others
""", _wa)

_safe = "-".join(f"{R.randint(0, 99):02d}" for _ in range(3))
S("en", "notes", f"""
    Keep note "House"
    boiler service due Oct
    safe in wardrobe: {_safe} (turn right first)
    spare car key — kitchen drawer
""", _safe)

_itin = us_itin()
S("en", "ocr", f"""
    OCR: IRS notice CP565 (partial)
    We assigned you an Individual Taxpayer Identification Number (ITIN)
    Your ITIN: {_itin}
    Keep this notice in your permanent records. Use your ITIN on all tax returns.
""", _itin)

S("en", "form", """
    Online banking sign-up — security questions (user asked me to check spelling)
    Q1  What was the name of your first pet?          A: Mr Biscuits
    Q2  In what city did your parents meet?           A: Wolverhampton
    Q3  What was your childhood nickname?             A: Pudding
""", "Wolverhampton")

_sk2 = stripe_key("sk_live")
S("en", "email", f"""
    Fwd: Re: website payments broken
    From: Karen (Karen's Cakes) → to: bookkeeper
    ----
    > Dev guy says put this in the plugin: {_sk2}
    > And the publishable one, which I already had.
    Can you just do it while you're in there? I can't face it.
""", _sk2)

_ha = jwt({"iss": hx(32), "iat": 1733491200, "exp": 2048851200})
S("en", "screen", f"""
    Screenshot text (Home Assistant > Profile > Long-lived access tokens):
    Token created: "phone widget"
    {_ha}
    "Make sure to copy your new token now. You won't be able to see it again."
""", _ha)

_rblx = "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_" + hx(64).upper() + hx(64).upper()
S("en", "chat", f"""
    User (age ~11?): my friend said if i send him this from my browser he can give me free robux is that ok
    .ROBLOSECURITY = {_rblx}
""", _rblx)

_wif = btc_wif()
S("en", "notes", f"""
    Paper wallet (typed from my 2017 printout):
    Public: 1Lp3... (see pic)
    Private key (WIF): {_wif}
    Sweep into Electrum before selling?
""", _wif)

_pk = pem_body(3)
_pk_txt = "\n".join(_pk)
S("en", "email", "Fwd: pi setup\n> Uncle Ray wrote:\n> Save this as id_ed25519 on your laptop, then you can ssh into the pi:\n"
  "> -----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join("> " + x for x in _pk) + "\n> -----END OPENSSH PRIVATE KEY-----\nMe: where do I save it?", _pk[0])

_puk = d(8, "123456789")
S("en", "sms", f"""
    From: Vodafone UK
    Your PUK code is {_puk}. Enter it when your phone asks, then set a new SIM PIN. If you didn't ask for this, call 191.
""", _puk)

_wk = f"{rs(4, UPD)}-{rs(4, UPD)}-{rs(4, UPD)}"
S("en", "screen", f"""
    Photo description: white router label (BT Smart Hub 2), partly peeling.
    Serial No: +091234+NQ  |  Wireless network: BT-7XQ2KF  |  Wireless key: {_wk}
    Hub manager password printed below but cut off by the edge of the photo.
""", _wk)

_fob = "*" + d(4, "123456789")
S("en", "list", f"""
    MOVING CHECKLIST ✅
    [x] book van (Sat 9am)
    [ ] redirect post
    [ ] new building: fob from concierge + entry code {_fob}
    [ ] meter readings on the day
""", _fob)

_tg = tg_bot()
S("en", "chat", f"""
    Telegram export — chat with "Tom (uni)"
    12.03.2025 21:40 Tom: here's the bot token for the flat chores bot
    12.03.2025 21:40 Tom: {_tg}
    12.03.2025 21:41 Tom: it reminds whoever's on bins
""", _tg)

_ra = d(10, "123456789")
S("en", "form", f"""
    Direct Deposit Authorization — Sunrise Dental (completed by employee)
    Bank: Wells Fargo     Account type: [x] Checking [ ] Savings
    Routing number: {us_routing()}     Account number: {_ra}
    Deposit: 100% of net pay    Signed: T. Nguyen  02/28/2025
""", _ra)

_sp2 = us_ssn()
S("en", "summary", f"""
    Summary for memory (tax prep, 2 sessions): User is filing jointly. Wife Karen's SSN {_sp2} was given for the
    dependent-care form. Daycare EIN is on the receipt. Remaining: 1099-INT from Ally, HSA form 5498-SA.
""", _sp2)

_sp3 = "Dolphin" + d(4, "2") + "!"
S("en", "email", f"""
    Fwd: Welcome to Parent Portal
    Dear Parent/Guardian of Jayden Smith (Year 4),
    Your child's login for Mathletics and the reading app:
    Username: jsmith27    Password: {_sp3}
    Please keep these details safe. — Oakfield Primary Office
""", _sp3)

_vm = d(4, "123456789")
S("en", "notes", f"""
    things i always forget:
    - voicemail PIN {_vm}
    - Dr Patel = 0161 496 0733
    - bin day tues
""", _vm)

_ieb = IBAN("IE")
S("en", "chat", f"""
    [15/04/2025, 08:03] Siobhán (landlady): Morning! Rent to the new account from May please
    [15/04/2025, 08:03] Siobhán (landlady): {ifmt(_ieb)}  S. Doyle
    [15/04/2025, 08:10] You: Grand, will set up the standing order 👍
""", ifmt(_ieb))

_pps = ie_ppsn()
S("en", "ocr", f"""
    OCR from letter (Department of Social Protection):
    Dear Mr Ó Briain,
    Your Personal Public Service Number (PPS No.) is {_pps}. You will need it for Revenue,
    your Public Services Card and when starting work.
""", _pps)

_pan, _aad = in_pan(), in_aadhaar()
S("en", "form", f"""
    KYC form (Zerodha) — user filled, asks what "nominee" means
    Name: Ramesh Kumar Iyer          PAN: {_pan}
    Aadhaar (last step, e-sign): {_aad}
    Nominee: Lakshmi Iyer (spouse)   Mobile: +91 98450 12377
""", _aad)

_gt = otp()
S("en", "sms", f"""
    From: GTBank
    Dear Customer, your OTP for the transfer of NGN 45,000.00 to OLUWASEUN A. is {_gt}. Do not disclose to anyone. GTBank staff will never ask for it.
""", _gt)

_za = za_id()
S("en", "notes", f"""
    Gogo's details for the SASSA appointment:
    Name: Nomvula Dlamini   ID no: {_za}
    Clinic card in the brown envelope. Appointment 08:00, bring lunch.
""", _za)

_sg = sg_nric()
S("en", "call", f"""
    [Call transcript — clinic booking, Singapore]
    STAFF: Can I have the patient's NRIC please?
    CALLER: Ya, it's {_sg}. For my father, he's seventy-two.
    STAFF: Okay, Thursday 9.20am, Dr Lim, bring his CHAS card.
""", _sg)

_cash = f"{d(3)}-{d(3)}"
S("en", "screen", f"""
    Lock-screen screenshot, notifications:
    Cash App • now — Your Cash App sign-in code is {_cash}. Don't share it with anyone — Cash App will never call you for it.
    Weather • 5m — Rain starting in 15 min
""", _cash)

_gc = d(4, "123456789")
S("en", "tool", J({"tool": "calendar.create_event", "args": {"title": "Cleaner (Rosa)", "start": "2025-03-20T09:00", "recurrence": "WEEKLY",
    "description": f"Rosa lets herself in — side gate code {_gc}. Pay £45 cash on the counter."}}), _gc)

S("en", "lesson", """
    Lesson learned: Grandma Jean signs off every email with her Gmail password "as a reminder" (Petunia1948).
    I told her to stop and changed it with her. Don't quote her old emails back into new threads.
""", "Petunia1948")

_c3 = cvv()
_c3o = _c3.replace("1", "l").replace("0", "O")
if _c3o == _c3:
    _c3o = _c3[0] + "l" + _c3[2]
S("en", "thought", f"""
    Thought: OCR of the pasted order form shows "CVV2: {_c3o}" — the scanner read some digits as letters, but it is clearly the
    card security code. Don't include it in the reply; tell the user to type it directly on the merchant site.
""", _c3o)

_pp2 = d(4, "123456789")
S("en", "chat", f"""
    [09/11/2024, 10:14] Uncle Dev: For Grandpa's pension portal
    [09/11/2024, 10:14] Uncle Dev: user id 55819
    [09/11/2024, 10:15] Uncle Dev: pin {_pp2}
    [09/11/2024, 10:15] Uncle Dev: print his P60 if you can x
""", _pp2)

_bk = rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "-" + rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "-" + rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "-" + rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
S("en", "notes", f"""
    iCloud stuff — printed and in the filing box too
    Recovery Key: {_bk}-{rs(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}-{rs(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}-{rs(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}
    Legacy contact: Hannah
""", _bk)

_tp = spell_en(d(6, "123456789"), ", ")
S("en", "call", f"""
    Transcript (Otter.ai) — "call with bank re: card"
    Speaker 1 (me): ...okay and the code they texted me is, um, {_tp}.
    Speaker 2: Sorry, could you — actually, don't read that to me, madam. We will never ask for that code.
    Speaker 1: Oh! Oh no. Is this not the bank?
""", _tp)

_amex = card("amex")
S("en", "tool", J({"tool": "fill_form", "args": {"site": "britishairways.com", "fields": {"cardholder": "P. Whitfield", "card_number": cfmt(_amex, " "), "expiry": exp_date(), "cid": cvv(4)}}}), cfmt(_amex, " "))

_gw = "garden" + d(2, "123456789") + "party"
S("en", "list", f"""
    Party checklist — Sat 6pm
    ☐ ice x3 bags
    ☐ fairy lights (shed)
    ☐ tell guests wifi = "PatioNet" / {_gw}
    ☐ veggie burgers for Leah + Dom
""", _gw)

_cp = rs(10, ALNUM)
S("en", "email", f"""
    Subject: Fw: Your new Sky login
    ---- Original message ----
    From: "Sky" <noreply@sky.uk>
    Your temporary password is: {_cp}
    Sign in at sky.com/signin and choose a new password within 24 hours.

    Margaret: The man from the shop set this up, can you log in and find the football channel?
""", _cp)

_mf = d(6)
S("en", "sms", f"""
    Notification log export (Android):
    com.microsoft.authenticator — "Approve sign-in? Enter the number shown: 47"
    com.google.android.apps.messaging — From 22395: Your Microsoft account security code is {_mf}
    com.whatsapp — Mum: ring me when u land
""", _mf)

_bike = d(4)
S("en", "chat", f"""
    Messenger export
    Liam — 21:15: can i borrow the bike tmrw? mine's got a flat
    You — 21:16: ya its locked at the back rack, combo {_bike}
    Liam — 21:16: legend
""", _bike)

_oa = openai_key()
S("en", "email", f"""
    Fw: AI chatbot for the shop website
    > Hi Brenda, as discussed here's the key for the chatbot plugin:
    > {_oa}
    > It's billed to your card so don't share it.
    Brenda: is this safe to put on the site? Sorry to bother you
""", _oa)

_dlr = uk_nino()
S("en", "call", f"""
    Transcript — DWP helpline (caller on speaker, partial)
    ADVISOR: Can you confirm your National Insurance number?
    CALLER: Yeah... {_dlr}. Hang on, is it — yeah. That's it.
    ADVISOR: And your postcode?
    CALLER: LS6 2QA.
""", _dlr)

_gm = "Otis&Cleo" + d(4, "12")
S("en", "thought", f"""
    Thought: The user's message includes "my gmail is rosie.h.bloggs and password {_gm}". They want me to sort their inbox.
    I cannot log in for them; I should tell them to change that password now since it's in the chat log.
""", _gm)

_dv = IBAN("GB")
S("en", "ocr", f"""
    [OCR • handwritten note, photo from fridge]
    Pay Mrs Okafor for tutoring
    £30/wk — bank transfer
    {ifmt(_dv)}
    ref: TOBI MATHS
""", ifmt(_dv))

_ga = d(8, "123456789")
S("en", "summary", f"""
    Summary (call with Virgin Money, user on speaker): user forgot telephone banking security number; bank sent a new one
    by post. User read it from the letter so I could note it: {_ga}. Advised shredding the letter.
""", _ga)


# ============================================================== ENGLISH — INNOCENT
I("en", "sms", f"""
    SMS inbox export — Pixel 7 — 15 Mar
    HSBC UK        08:02  We will NEVER ask you for a one-time passcode over the phone. If someone does, hang up and call 03457 404 404.
    Royal Mail     09:15  Your parcel QE 7741 9022 1GB has been delivered to your safe place (porch).
    Dr Shah's      11:30  Reminder: flu jab appt Thu 20 Mar 10:40. Reply C to cancel.
""")

I("en", "call", """
    [Auto-transcript • card services • 00:01:55]
    AGENT: I can see two cards on the account — is it the one ending four, four, seven, one?
    CALLER: Yes, that one. It got swallowed by the machine at Asda.
    AGENT: Okay, I've cancelled it. The new card arrives in three to five working days and your PIN stays the same.
""")

I("en", "notes", """
    HOUSE NOTES FOR THE SITTER (v2)
    • Wi-Fi: Hendersons_5G — the password is on the sticker under the router (back of the TV unit)
    • Thermostat: leave on 19°C, it's on a timer 06:30–22:00
    • Spare key: ask Mrs Collins at no. 14
    • Emergency: 07700 900 482 (me), 07700 900 517 (Dave)
""")

I("en", "ocr", """
    OCR result (payslip_april.jpg, confidence 0.84):
    ACME C0NTRACT CLEANING LTD            PAYSLIP   Period 01
    Employee: J. 0KAF0R     Emp No: 00418    Tax Code: 1257L  Tax Period: M1
    NI Number: *** ** ** 56 A     Payroll ref: 2025/01/00418
    Gross Pay  1,842.50   PAYE 164.20   NI 73.72   Net 1,604.58
""")

I("en", "chat", """
    [04/01/2025, 12:01:11] Dad: I changed the Netflix password because SOMEONE shared it with her whole class
    [04/01/2025, 12:01:30] Dad: ask me in person for the new one, not on here
    [04/01/2025, 12:02:45] Chloe: it was 2 people 🙄
    [04/01/2025, 12:03:02] Mum: 😂
""")

I("en", "email", """
    ---------- Forwarded message ---------
    From: IT Service Desk <servicedesk@northfieldcouncil.gov.uk>
    Subject: Your password expires in 5 days
    Your network password will expire on 14/03/2025. To change it, press Ctrl+Alt+Del and choose "Change a password",
    or visit https://passwordreset.microsoftonline.com. The Service Desk will never ask you for your password.
    Ref: KB0010427
""")

I("en", "form", """
    W-4 (2025) — blank fields the user is asking about
    Step 1(a) First name and middle initial: ____________   Last name: ____________
    (b) Social security number: ___-__-____
    Step 3: Claim dependents — multiply children under 17 by $2,000
""")

_im = imei()
I("en", "screen", f"""
    Screenshot described: iPhone Settings › General › About
    Name: Gran's iPhone    iOS Version 17.4.1    Model Name: iPhone 12
    Model Number: MGJ93B/A    Serial Number: F17DK2XQ0D42
    IMEI: {_im[:2]} {_im[2:8]} {_im[8:14]} {_im[14]}    Available: 41.2 GB
""")

I("en", "list", """
    Shopping 🛒 (shared)
    apple x6, butter, chicken thighs, coffee beans
    egg (dozen), garlic, lemon, milk
    onion, potato 2kg, rice, salt
""")

I("en", "tool", J({"tool": "send_sms", "args": {"to": "+44 7700 900123",
    "body": "Hi Sam! Address is Flat 3, 18 Coldharbour Lane, SE5 9NR. The main door is propped open until 6 — buzz 'Reid' if not."}}))

I("en", "ocr", """
    [scan: statement_p2.png]
    Monzo Bank Ltd       Personal Account Statement       Page 2 of 3
    Account ending ••6172     Sort code 04-00-04
    07 Jan  FASTER PAYMENT REF 000482915573 HARRIS J     +£120.00   £530.08
    09 Jan  DD OCTOPUS ENERGY A-8F2C17D9                  -£96.00   £434.08
""")

I("en", "ocr", """
    OCR (bank leaflet "How to read your cheque"):
    SPECIMEN — NOT NEGOTIABLE
    ⑆000000000⑆ 123456789⑈ 0001
    The first number is the bank routing number, the second is your account number, the last is the cheque number.
""")

I("en", "screen", """
    Image description: back of a debit card held between two fingers; the signature strip reads "M. Oduya".
    The three-digit code area is covered by the thumb. Printed text: "card ending 6467 — if found, return to any branch".
""")

_u1, _u2 = ups_1z(), usps_track()
I("en", "chat", f"""
    Mike Harmon, [3/7/2025 9:02 AM]
    both shipped! UPS {_u1} and the USPS one is {_u2}

    Mike Harmon, [3/7/2025 9:03 AM]
    should land fri
""")

I("en", "email", """
    Fwd: Your Amazon.com order #114-3941689-8772232
    Arriving Thursday. Order total: $84.17 (Visa ending in 0052)
    Ship to: Rebecca T., 4410 Parkside Dr, Austin TX 78745
    Item: Brita filters (6 pack) — Qty 2
""")

I("en", "notes", """
    Trip to Lisbon ✈️
    Booking ref: K7XQ2M (TAP)   e-ticket 047-2481938471
    TP1351 LHR→LIS 07:25, seat 14C
    Hotel conf. 5519208876 — check-in after 3pm
""")

_npi = us_npi()
I("en", "ocr", f"""
    OCR — prescription label (CVS #4412)
    Rx# 6021847   Refills: 2   Qty: 30
    AMLODIPINE 5MG TAB — take 1 tablet by mouth daily
    Prescriber: A. KOWALSKI MD  NPI {_npi}
    NDC 0093-7146-56   Filled 02/11/2025
""")

I("en", "form", """
    W-9 received from our landscaper (user wants to know if it's filled right)
    Name: GreenEdge Lawn & Garden LLC
    Federal tax classification: [x] LLC — S corp
    Employer identification number: 84-2231947
    Address: 1702 Industrial Pkwy, Dayton OH 45414
""")

I("en", "call", """
    Transcript — Currys delivery line
    AGENT: Can you give me the order number?
    CALLER: It's, uh, 7-7-4-2-9-1-0-3-8. And the postcode's B29 6AA.
    AGENT: Thanks. The fridge is booked for Saturday between seven and eleven.
""")

I("en", "sms", """
    From: Microsoft
    We've sent a verification code to ke*****@outlook.com. If you didn't request it, you can safely ignore this message. Code attempts remaining: 2.
""")

_shas = [hx(40) for _ in range(3)]
I("en", "screen", f"""
    Screenshot (GitHub, son's repo "pocket-budget" commits page):
    {_shas[0][:7]}  fix rounding on monthly totals    — 2 days ago
    {_shas[1][:7]}  add dark mode                      — 5 days ago
    {_shas[2][:7]}  initial commit                     — 3 weeks ago
    Full SHA of latest: {_shas[0]}
""")

_h = hashlib.sha256(b"ubuntu-24.04.2-desktop-amd64.iso c35").hexdigest()
I("en", "email", f"""
    Fwd: how do I check the download?
    > Ubuntu says: SHA256SUMS
    > {_h} *ubuntu-24.04.2-desktop-amd64.iso
    Grandad: Is that a password? It's very long.
""")

_btc = btc_addr()
I("en", "notes", f"""
    Church bake-sale page draft
    Donate via bank, cash on the day, or bitcoin (Father Mike set this up):
    {_btc}
    Target: £1,200 for the roof 🙏
""")

_pub = ssh_pub_ed25519("ray@pi4")
I("en", "chat", f"""
    Telegram export — Uncle Ray
    10.02.2025 19:20 Ray: add this line to the authorized_keys file on your pi, it's my PUBLIC key so it's fine to share
    10.02.2025 19:20 Ray: {_pub}
""")

I("en", "tool", f"""
    Tool output (Ring app › Device health › Event log):
    2025-03-02T03:14:07Z doorbell dev=0x7f3a9c21e4 motion zone=2 clip={hx(16)}
    2025-03-02T03:14:09Z upload ok bytes=482113 sha1={hx(40)}
    2025-03-02T03:15:55Z wifi rssi=-61 bssid=3c:84:6a:1f:e2:90 fw=2.4.38-b{d(4)}
""")

_mp = mpan_core()
I("en", "ocr", f"""
    OCR — Octopus Energy bill, p.1
    Account number: A-8F2C17D9   Bill date 04 Mar 2025
    Supply number (MPAN): S 01 801 {_mp[:2]} {_mp[2:6]} {_mp[6:10]} {_mp[10:]}
    Meter serial: 19K0482713   Read: 28561 (actual)
    Amount due: £96.00 by Direct Debit on 10 Mar
""")

I("en", "chat", """
    [21/02/2025, 18:40] Jess: the keypad on the front door is broken again 😩
    [21/02/2025, 18:41] Landlord Phil: Locksmith booked Tuesday 10:30. Use your key till then. DON'T give anyone the code by text pls
    [21/02/2025, 18:41] Jess: 👍
""")

I("en", "list", """
    Holiday checklist 🌴
    - check passport expiry (Mar 2031 ✔)
    - GHIC card in wallet
    - airport parking ref PK-88213, Bay C
    - travel insurance policy 40019-22-AX (print)
""")

I("en", "summary", """
    Session summary: Helped user change the router admin password on the TP-Link. The new password was typed by the user
    directly into the router page and saved in their 1Password vault — I did not see or store it. Guest network enabled.
""")

I("en", "lesson", """
    Lesson: UK mobile numbers like 07700 900 123 and landlines like 0161 496 0733 are just phone numbers — don't treat
    long digit runs in contact notes as card numbers. Card numbers are 15–19 digits and pass the Luhn check.
""")

I("en", "thought", """
    Thought: the user's checkout page tutorial uses 4242 4242 4242 4242 with any future expiry and CVC 123 — that's Stripe's
    documented test card, not a real one. Safe to quote it back when explaining test mode.
""")

I("en", "email", """
    Fwd: Invitation: Parents' evening prep (Zoom)
    Join Zoom Meeting  https://us02web.zoom.us/j/84522910473
    Meeting ID: 845 2291 0473
    The passcode will be texted to you on the day. Please don't forward this invite.
""")

_mrz1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
_mrz2 = mrz_td3("L898902C3", "UTO", "7408122", "F", "1204159", "ZE184226B")
I("en", "ocr", f"""
    OCR of ICAO Doc 9303 sample page (user studying for border-agency exam):
    SPECIMEN — Utopia passport
    {_mrz1}
    {_mrz2}
    Question 4: identify the check digit for the document number.
""")

I("en", "chat", """
    Slack export #hr-templates
    Priya 10:02 — for the onboarding form example use "QQ 12 34 56 C" as the NI number, HMRC says that's the placeholder
    Tom 10:04 — 👍 and 01/01/1990 for DOB
""")

_ch = iban("GB", "NWBK" + "601613" + d(8))
I("en", "notes", f"""
    Parish newsletter — draft for April
    Donations to St Anne's Roof Appeal (registered charity 1093427):
    Bank transfer to St Anne's PCC, {ifmt(_ch)}, reference ROOF + your surname.
    Thank you for the £3,410 raised so far!
""")

I("en", "sms", """
    From: Riverside Surgery
    Your appointment ref 88213-B is confirmed: Tue 25 Mar 09:10 with Nurse Kate. Please arrive 5 min early. Tel 01632 960 123.
""")

_v = vin()
I("en", "form", f"""
    DMV Form REG 343 (typed summary):
    Vehicle: 2019 Honda Civic LX    VIN: {_v}
    Plate: 8KLM274 (CA)   Odometer: 48,213
    Purchase price: $14,900   Date of sale: 02/02/2025
""")

I("en", "screen", """
    Screenshot described: phone camera reading a Wi-Fi QR code taped to a café counter.
    Decoded text: WIFI:S:Luna Café Guest;T:nopass;P:;;
    Prompt: "Join network 'Luna Café Guest'?"
""")

I("en", "call", """
    Transcript — Aviva claims
    HANDLER: Your claim reference is CLM-4482-1193-0. Policy number AH 40019 2277.
    CALLER: Sorry, CLM four four eight two...?
    HANDLER: -1193-0, yes. An assessor will call within 48 hours.
""")

I("en", "email", """
    Re: Re: Wi-Fi at the cottage
    > What's the password again?
    I'll tell you when you get here — I don't want it in emails. Network name is "Puffin Cottage", router's in the hall cupboard.

    > On Sun, Anne wrote: Thanks, arriving Friday about 4.
""")

I("en", "tool", J({"tool": "create_reminder", "args": {"text": "Renew passport — current one expires 30 Apr 2026 (book no. ends …431)", "due": "2025-10-01T09:00:00+01:00"}}))

I("en", "ocr", """
    OCR (letter, Leeds City Council):
    Our ref: CT/2291/88B     Your ref: —     Date: 11 February 2025
    Council Tax Band C — 2025/26 annual charge £1,964.30
    10 monthly instalments of £196.43 from 1 April. Pay online at leeds.gov.uk/pay using account 60012345.
""")

_eth = eth_addr()
I("en", "chat", f"""
    [02/03/2025, 16:22] Kwame: send the USDT to this address, ERC-20 only pls
    [02/03/2025, 16:22] Kwame: {_eth}
    [02/03/2025, 16:25] You: sent 50, tx pending
""")

I("en", "list", """
    PACKING — Crete
    ☐ chargers + adapter (Type F)
    ☐ TSA lock (code's in my head, don't write it)
    ☐ sun cream 50
    ☐ printed boarding passes: BA 632, seats 23A/23B
""")

I("en", "notes", """
    Passwords to change after the phishing thing:
    - bank (done)
    - email (done)
    - Amazon
    - Netflix (ask Dad)
    - enable 2FA everywhere
""")

I("en", "sms", """
    Amazon: Your package with tracking number TBA304918274000 will be delivered today by 9pm. Track at amzn.eu/d/3FkQ2pL
""")

_auth = d(6)
I("en", "ocr", f"""
    OCR — receipt (Tesco Extra, Tottenham)
    VISA CONTACTLESS        ************4471
    AID A0000000031010   PAN SEQ 01
    AUTH CODE: {_auth}   TID 39458812   MID 000045781234
    TOTAL £38.62   THANK YOU FOR SHOPPING
""")

I("en", "screen", f"""
    Screenshot described: Windows dialog "Something went wrong".
    Error code: 0x80070005
    Correlation ID: {uuid4()}
    Timestamp: 2025-03-14T10:22:19Z   [Copy details] [Close]
""")

I("en", "chat", """
    WhatsApp • Jaden
    [19:01] Mum: what's the code for the app?
    [19:02] Jaden: it's on my phone, I'll send when I'm home
    [19:40] Jaden: actually just tap "forgot PIN", it emails you
""")

I("en", "email", """
    Subject: [GitHub] A personal access token (classic) has been added to your account
    Hey grannyknits-dev! A personal access token (classic) named "laptop" with scopes repo, workflow was recently added.
    If this was you, you can safely ignore this email. Visit https://github.com/settings/tokens for more information.
""")

I("en", "form", """
    Checkout integration — QA sheet (from the docs)
    Test card: 4111 1111 1111 1111   Expiry: any future date   CVV: any 3 digits
    Expected result: "Payment approved (sandbox)"
    Don't use real cards in the sandbox!
""")

I("en", "call", """
    Transcript — Delta reservations
    AGENT: Your confirmation number is G7HX2P — golf, seven, hotel, x-ray, two, papa.
    CALLER: Great. And that's flight 1149 out of Atlanta?
    AGENT: Yes ma'am, departing 6:05 a.m., gate info 24 hours before.
""")

_crn = uk_company_no()
_vat = gb_vat()
I("en", "tool", f"""
    ocr_business_card → result:
    BRIGHTWELL PLUMBING & HEATING LTD
    Steve Brightwell — Gas Safe reg. 558213
    07700 900 774 | steve@brightwellph.co.uk
    Company No. {_crn}  |  VAT {_vat}
""")

I("en", "notes", """
    gym
    locker 214 (blue row by the water fountain)
    spin class Mon/Wed 6:30
    membership no. PG-0019-4471-2 (app barcode)
""")

I("en", "sms", """
    Uber: Your driver, Tariq, is arriving in a Toyota Prius (LV21 XKD). Share your PIN only when you're at the car.
""")

I("en", "summary", f"""
    Summary: User disputed a duplicate $49.99 charge. Card ending 3456. Stripe charge IDs from the merchant's email:
    ch_3P{rs(22)} and ch_3P{rs(22)}. Merchant agreed to refund the second one.
""")

I("en", "screen", """
    Screenshot described: Google Authenticator list — entries "Google (rosie@…)", "Coinbase", "Discord".
    All six-digit codes are blurred by the user before sharing. Timer circles visible.
""")

I("en", "ocr", """
    OCR — NHS COVID-19 vaccination record card
    Dose 1  Pfizer/BioNTech   Batch/Lot: EW0182   Date: 14/01/21
    Dose 2  Pfizer/BioNTech   Batch/Lot: ER1741   Date: 08/04/21
    Booster Moderna           Batch/Lot: 000185A  Date: 02/12/21
""")

I("en", "chat", """
    Discord export #bot-dev
    [Yesterday 22:10] ziggy_boi: the bot token leaked in a screenshot so I reset it in the dev portal
    [Yesterday 22:11] ziggy_boi: new one's only in my .env, not pasting it here lol
    [Yesterday 22:11] yoyo: smart
""")

I("en", "form", """
    Hotel registration card (scanned, Premier Inn Manchester)
    Room: 1418    Arrival: 14/03/25   Departure: 17/03/25
    Folio: 558201   Rate code: FLEX-B   Guests: 2
    Vehicle reg: YK19 TXA
""")

I("en", "list", """
    Christmas gifts 🎁 (budget £40 each)
    Mum — scarf, order 203-4477163-0093318 (arrives 12 Dec)
    Dad — book, ISBN 978-0-241-98823-1 ... actually check
    Leo — Lego 42151, tracking H00JKA0017281439
""")

I("en", "call", """
    Transcript — Boots pharmacy
    PHARMACIST: Can I take the date of birth?
    CALLER: Twelfth of June, nineteen fifty-one.
    PHARMACIST: Thanks. Prescription number 6021847 is ready; it's the 5 milligram one, 28 tablets.
""")

_tar = hashlib.sha256(b"pocket-budget-2.14.3.tar.gz").hexdigest()
I("en", "notes", f"""
    release notes scratch
    v2.14.3 tagged at 9f3c2ab (main)
    sha256 pocket-budget-2.14.3.tar.gz = {_tar}
    bump min python to 3.11
""")

I("en", "sms", """
    NatWest: A payment of £12.00 to TFL TRAVEL CH was made using your card ending 8821 on 14/03. Not you? Call 0345 788 3322.
""")

I("en", "tool", J({"tool": "web_search", "args": {"query": "how to reset Sky Q parental PIN if I forgot the PIN", "max_results": 5}}))

I("en", "ocr", """
    OCR — Penalty Charge Notice (London Borough of Camden)
    PCN No. WK48213377     Vehicle reg. LD68 HXP
    Contravention: 12 — parked in a residents' bay without a permit
    Pay £80 (reduced to £40 if paid within 14 days) at camden.gov.uk/pcn
""")

I("en", "email", """
    Your receipt from Apple.
    Order ID: MTK4Q8ZP2N    Document No.: 184920318475
    iCloud+ with 200 GB (Monthly)   £2.99
    Billed to: Mastercard •••• 1182
""")

_tx = hx(64)
I("en", "screen", f"""
    Screenshot described: blockchain explorer page (mempool.space) for a transaction.
    Transaction ID: {_tx}
    Status: Confirmed (3 confirmations)   Fee: 1,420 sats   Size: 225 vB
""")

_png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00").decode()
I("en", "chat", f"""
    [10/03/2025, 14:12] Dev: the photo came through as text?? it starts with
    [10/03/2025, 14:12] Dev: {_png}
    [10/03/2025, 14:13] Sam: lol that's the image data, just use the attachment
""")

I("en", "lesson", """
    Lesson: in Indian addresses the 6-digit number at the end (e.g. Bengaluru 560034) is the postal PIN code, not a bank PIN.
    Keep it in the address when saving delivery details.
""")

I("en", "form", """
    Job portal — create account (screenshot text)
    Email: [ your.name@example.com ]
    Password: [ •••••••••• ]  ⓘ Use at least 12 characters, one number and one symbol
    Confirm password: [ •••••••••• ]
    [x] I agree to the Terms
""")

I("en", "email", """
    Fwd: Your booking at The Old Forge
    Reservation number: 4471 0922 8813   PIN for changes: sent separately by SMS
    Check-in: Fri 18 Apr from 15:00   Check-out: Sun 20 Apr 11:00
    Total paid: £312.00 (Visa ••8801)
""")

I("en", "tool", f"""
    get_package_status → {J({"carrier": "DPD", "parcel": "15501234567890", "status": "Out for delivery", "window": "13:14-14:14", "driver": "Marek"})}
""")


# ============================================================== GERMAN
_tid = de_taxid()
S("de", "ocr", f"""
    OCR-Ergebnis (Lohnabrechnung_03.pdf, Seite 1):
    Verdienstabrechnung März 2025        Pers.-Nr. 00731
    Frau Sabine Krüger   Steuerklasse 4   Kinderfreib. 1,0   Konfession rk
    Steuer-ID: {_tid}    Krankenkasse: TK
    Gesamt-Brutto 3.412,00   Netto 2.196,41
""", _tid)

_kv = de_kvnr()
S("de", "ocr", f"""
    [Scan Gesundheitskarte, Vorderseite — Texterkennung]
    AOK Bayern  Die Gesundheitskasse.
    Versichertennummer {_kv}
    Müller-Lüdenscheidt
    Helga   gültig bis 12/2029
""", _kv)

_ab = d(6)
S("de", "sms", f"""
    DHL: Ihre Sendung 00340434161094052135 liegt in der Packstation 148 (Hauptstr. 12) für Sie bereit.
    Abholcode: {_ab}. Bitte holen Sie sie innerhalb von 7 Tagen ab.
""", _ab)

_wl = "Kaffeemaschine" + d(4, "12")
S("de", "list", f"""
    Einkaufszettel (geteilt, Bring!-App)
    - Milch, Eier, Brezen
    - Klopapier!!
    - für Oma: WLAN steht jetzt auf "FRITZ!Box 7590 KL" und das Passwort ist {_wl}
    - Spüli
""", _wl)

_ib = IBAN("DE")
S("de", "chat", f"""
    [14.02.25, 21:07:55] Jonas: Kannst du mir die 50€ für das Konzert überweisen?
    [14.02.25, 21:08:10] Jonas: {ifmt(_ib)} (Jonas Weber, DKB)
    [14.02.25, 21:09:02] Lena: Mach ich morgen früh 👍
""", ifmt(_ib))

_pa = rs(9, "CFGHJKLMNPRTVWXYZ0123456789")
_pa_cd = _pa + mrz_cd(_pa)
S("de", "call", f"""
    Transkript Bürgertelefon (automatisch, Auszug)
    SACHBEARBEITERIN: Und die Ausweisnummer, oben rechts auf dem Personalausweis?
    ANRUFER: Äh, Moment, Brille... das ist {_pa_cd}. Mit der Ziffer am Ende, ja?
    SACHBEARBEITERIN: Genau, passt. Der Termin ist dann am Dienstag, 9:20 Uhr.
""", _pa_cd)

_tan = d(6)
S("de", "tool", J({"tool": "read_sms", "result": [{"from": "Sparkasse", "time": "10:14", "text": f"mTAN {_tan} für Überweisung an Stadtwerke Ulm, Betrag 82,00 EUR. Niemals weitergeben!"}]}), _tan)

I("de", "ocr", f"""
    OCR — Rechnung (Handwerker)
    Malerbetrieb Hofmann GmbH · Gartenstr. 3 · 70173 Stuttgart
    USt-IdNr.: {de_vat()}   Amtsgericht Stuttgart HRB 742913
    Rechnungsnr. 2025-0417   Kundennr. 10882
    Bitte überweisen Sie 1.284,50 € bis 30.04. auf {ifmt(iban('DE', '60050101' + d(10)))} (BW-Bank)
""")

I("de", "ocr", f"""
    Texterkennung Rezept (Muster 16):
    AOK Bayern   Kostenträgerkennung 108310400
    Ibuprofen 600 mg, 20 St. N1   PZN {de_pzn()}
    Pantoprazol 20 mg, 28 St.   PZN {de_pzn()}
    Betriebsstätten-Nr. 71{d(7)}   Datum 11.03.25
""")


I("de", "email", """
    WG: Ihr Schreiben vom 02.03.2025
    Aktenzeichen: 3 C 482/24   Unser Zeichen: Kr/We
    > Sehr geehrte Frau Krüger, bezüglich Ihres Vertrages Nr. 4471-9920-03 (Stadtwerke) teilen wir mit,
    > dass der Abschlag ab 01.05. auf 96,00 € angepasst wird. Zählernummer 1ESY1160482713.
""")

I("de", "notes", """
    Notizen Bank-Termin
    - neue Girokarte kommt per Post, PIN kommt separat (2–3 Tage später)
    - Online-Banking: pushTAN-App neu einrichten, Brief mit Aktivierungscode abwarten
    - Dispo auf 1.500 € erhöhen?
""")

I("de", "chat", """
    [03.03.25, 18:12:40] Papa: Hab das WLAN-Passwort geändert, steht auf dem Zettel am Kühlschrank
    [03.03.25, 18:13:02] Mia: kannst du's nicht einfach schicken
    [03.03.25, 18:13:30] Papa: Nein 😄 Sicherheit!
""")

# ============================================================== FRENCH
_dc = pick("AB") + d(4)
S("fr", "chat", f"""
    [05/03/2025 à 19:44] Camille: Pour ce soir : 14 rue des Lilas, digicode {_dc}, bâtiment B, 3e gauche
    [05/03/2025 à 19:45] Camille: l'interphone marche pas donc appelle-moi 🙃
    [05/03/2025 à 19:47] Hugo: ok à tout' !
""", _dc)

_nir = fr_nir(male=False)
_nir_f = f"{_nir[0]} {_nir[1:3]} {_nir[3:5]} {_nir[5:7]} {_nir[7:10]} {_nir[10:13]} {_nir[13:]}"
S("fr", "ocr", f"""
    Reconnaissance de texte — carte Vitale (recto)
    carte Vitale
    {_nir_f}
    MME DUBOIS MARIE-CLAIRE
    Assurance Maladie
""", _nir_f)

_fr = IBAN("FR")
S("fr", "email", f"""
    TR: RIB pour le loyer
    ---- Message transféré ----
    De : Bernard Lefèvre
    Bonjour, suite à notre échange voici mon RIB pour les virements mensuels :
    IBAN {ifmt(_fr)}  BIC CMCIFRPP
    Titulaire : M. Bernard LEFEVRE
""", ifmt(_fr))

_3ds = d(6)
S("fr", "sms", f"""
    Boîte de réception — Orange
    CIC : Code de confirmation {_3ds} pour un paiement de 129,90 EUR chez FNAC.COM. Ne le communiquez jamais.
    Chronopost : Votre colis XW428193117FR sera livré demain.
""", _3ds)

_fb = rs(8, "abcdefghjkmnpqrstuvwxyz") + "-" + rs(8, "abcdefghjkmnpqrstuvwxyz")
S("fr", "screen", f"""
    Capture d'écran décrite : étiquette sous la Freebox Pop
    Réseau Wi-Fi : Freebox-4E2A1C
    Clé WPA : {_fb}
    N° de série : 2208{d(8)}
""", _fb)

_sir = fr_siret()
I("fr", "ocr", f"""
    OCR — Facture n° F2025-0319
    SARL Boulangerie Martin · 12 av. Jean Jaurès · 69007 Lyon
    SIRET {_sir} · TVA intracom. {fr_vat(_sir[:9])}
    Total TTC : 48,60 € — réglé par CB ****8821
""")

I("fr", "sms", """
    La Poste : Votre Colissimo 6A23948817563 est disponible en bureau de poste jusqu'au 18/03. Pièce d'identité demandée.
""")

I("fr", "email", """
    TR: Votre espace Ameli
    > Nous ne vous demanderons jamais vos codes d'accès, votre mot de passe ou vos coordonnées bancaires par courriel.
    > Pour toute question, appelez le 36 46.
    Maman : c'est un vrai mail ou pas ?
""")

I("fr", "notes", """
    Courses + admin
    - pain, beurre, comté
    - renvoyer formulaire CAF (réf. dossier 2025-03-0477)
    - changer le mot de passe de la box (le technicien l'a laissé par défaut ?)
""")

I("fr", "call", """
    Transcription — SAV Darty
    CONSEILLER : Vous avez votre numéro de commande ?
    CLIENTE : Oui, c'est le 4 0 1 7 7 2 9 3... euh, 40177293.
    CONSEILLER : Merci. Le technicien passera jeudi entre 8 h et 12 h, code postal 33000, c'est bien ça ?
""")

# ============================================================== SPANISH
_dni = es_dni()
S("es", "form", f"""
    Formulario de inscripción — Polideportivo Municipal (relleno a mano, transcrito)
    Nombre: Lucía Fernández Ortega     DNI: {_dni}
    Fecha nac.: 03/09/1986   Teléfono: 612 48 90 33
    Actividad: Natación adultos, L-X 20:00
""", _dni)

_curp = mx_curp("GOVA", 1992, 5, 17, "M", "JC", "NRR")
S("es", "chat", f"""
    [12/02/25, 10:31:05] Mamá: hija mándame tu CURP para lo del seguro
    [12/02/25, 10:33:40] Valeria: {_curp}
    [12/02/25, 10:33:52] Valeria: y ya no lo compartas porfa jaja
""", _curp)

_bz = d(6)
S("es", "sms", f"""
    Mensajes
    CaixaBank: Tu código para confirmar el Bizum de 25,00 EUR a PABLO M. es {_bz}. Si no has sido tú, no lo facilites.
    Correos: Tu envío PQ4F7B0711234570128001X llega mañana.
""", _bz)

_cbu = ar_cbu()
S("es", "chat", f"""
    WhatsApp — "Expensas Edificio Rivadavia"
    [3/3/25 18:02] Sr. Gómez (4°B): Les paso mi CBU personal para que me devuelvan lo del plomero
    [3/3/25 18:02] Sr. Gómez (4°B): {_cbu}
    [3/3/25 18:05] Marta (2°A): Transferido 👍
""", _cbu)

_wfes = "Chispa" + d(4, "12") + "!"
S("es", "notes", f"""
    Nota: cosas para la abuela
    - Wifi: MOVISTAR_8E21
    - contraseña: {_wfes}
    - médico de cabecera: jueves 11:30
""", _wfes)

I("es", "ocr", f"""
    OCR — Factura simplificada
    Ferretería Hnos. Ruiz S.L.   CIF {es_cif()}
    C/ Mayor 22, 28013 Madrid
    Nº factura 2025/000812  —  Total 37,45 €  (Tarjeta ****0394)
""")

I("es", "sms", f"""
    Correos: Tu envío {s10('CD', 'ES')} está en la oficina de C/ Alcalá 14. Recógelo antes del 21/03 con tu documento.
""")

I("es", "chat", """
    [20/01/25, 22:11:09] Papá: me llegó un mensaje del banco pidiendo la clave
    [20/01/25, 22:11:40] Andrés: papá NO, el banco nunca te pide la clave por SMS. Bórralo
    [20/01/25, 22:12:03] Papá: ok ok
""")

I("es", "form", """
    Solicitud de beca — campos (pantalla)
    DNI/NIE: [_________]  (8 números y una letra, ej. 12345678Z)
    IBAN para el pago: [ES__ ____ ____ __ __________]
    Contraseña: mínimo 8 caracteres
""")

I("es", "call", f"""
    Transcripción — atención al cliente Mercado Libre (México)
    AGENTE: ¿Me das tu número de pedido?
    CLIENTE: Sí, es el 2000008{d(9)}.
    AGENTE: Gracias. La guía de paquetería es {d(12, '7')} de Estafeta, llega el viernes.
""")

# ============================================================== PORTUGUESE
_cpf = br_cpf()
S("pt", "chat", f"""
    [08/03/2025 14:20:11] Tia Rosa: Bia, me passa seu CPF pra eu colocar no cadastro da farmácia
    [08/03/2025 14:22:03] Beatriz: {_cpf}
    [08/03/2025 14:22:30] Tia Rosa: Obrigada flor ❤️
""", _cpf)

_c = card("elo")
S("pt", "call", f"""
    Transcrição (ligação gravada — "compra do sofá")
    VENDEDOR: Pode passar o número do cartão, dona Célia?
    CÉLIA: É... {grp(_c)}. Validade {exp_date()}.
    VENDEDOR: E o código de segurança atrás?
    CÉLIA: Ai, meu filho disse pra não falar isso por telefone.
""", grp(_c))

_senha = "Pelusa" + d(4, "12")
S("pt", "notes", f"""
    Bloco de notas — "senhas vó"
    gov.br: CPF dela + senha {_senha}
    INSS: mesma senha
    banco: só no caixa, não tem app
""", _senha)

_nif = pt_nif()
S("pt", "form", f"""
    Formulário de adesão — Ginásio Fitness Hut (Porto)
    Nome: João Pedro Marques   NIF: {_nif}
    Data de nascimento: 21/07/1995   Telemóvel: 912 345 680
    Plano: Full Time Mensal — 34,90 €
""", _nif)

_mb = d(6)
S("pt", "sms", f"""
    MB WAY: Código de confirmação {_mb} para associar o número 91*****80 ao cartão ****4471. Não partilhe este código.
""", _mb)

I("pt", "ocr", f"""
    OCR — Nota Fiscal de Consumidor Eletrônica
    Padaria Pão Dourado LTDA   CNPJ: {br_cnpj()}
    Av. Paulista, 1000 — São Paulo/SP   CEP 01310-100
    Total R$ 27,80   Pagamento: Pix
""")

I("pt", "sms", f"""
    Correios: Objeto {s10('QB', 'BR')} saiu para entrega ao destinatário. Acompanhe em rastreamento.correios.com.br
""")

I("pt", "chat", """
    [10/03/2025 09:12:44] Marcos: alguém ligou dizendo ser do banco e pediu o código que chegou por SMS
    [10/03/2025 09:13:20] Juliana: não passa!!! golpe clássico
    [10/03/2025 09:13:41] Marcos: desliguei 😅
""")

I("pt", "email", f"""
    Fwd: Fatura EDP — março
    Entidade: 21{d(3)}   Referência: {d(3)} {d(3)} {d(3)}   Montante: 62,18 €
    Data limite: 25/03/2025
    Nº de cliente: 80{d(8)}   CPE: PT 0002 0000 {d(4)} {d(4)} TG
""")

I("pt", "form", """
    Cadastro (exemplo da página de ajuda do app)
    CPF: 000.000.000-00 (digite só números)
    Chave Pix: seu e-mail ou celular
    Senha: 6 dígitos, não use datas de aniversário
""")


# ============================================================== ITALIAN
_cf = it_cf("Esposito", "Giuseppe", False, 1958, 11, 3, "F839")
S("it", "form", f"""
    Modulo iscrizione centro anziani "Il Girasole" (trascritto dalla foto)
    Cognome: ESPOSITO   Nome: GIUSEPPE   Nato a: Napoli il 03/11/1958
    Codice fiscale: {_cf}
    Medico curante: dott.ssa Russo   Tel. 081 552 3390
""", _cf)

_iti = IBAN("IT")
S("it", "chat", f"""
    [11/03/25, 20:15:32] Francesca: Ragazze per il regalo di Giulia sono 23€ a testa
    [11/03/25, 20:15:50] Francesca: IBAN {_iti} intestato a me
    [11/03/25, 20:17:12] Chiara: fatto ✅
""", _iti)

_bm = d(5, "123456789")
S("it", "notes", f"""
    Promemoria (Note iPhone)
    - bolletta gas scade il 20
    - bancomat nuovo: PIN {_bm}
    - ritirare occhiali da Salmoiraghi
""", _bm)

_po = d(6)
S("it", "sms", f"""
    PosteInfo: il codice per autorizzare l'operazione BancoPosta è {_po}. Non comunicarlo a nessuno, neanche a operatori di Poste.
""", _po)

I("it", "ocr", f"""
    OCR — scontrino
    PIZZERIA DA MIMMO S.R.L.  P.IVA {it_piva()}
    Via Toledo 14 — 80134 Napoli
    2 margherite, 1 birra — TOTALE EURO 19,50   Documento commerciale n. 0412-0087
""")

I("it", "sms", f"""
    BRT: la spedizione n. {d(12, '0')} sarà consegnata oggi. Segui il corriere su brt.it. Codice cliente mittente 1720{d(3)}.
""")

I("it", "form", """
    Modulo (fac-simile dal sito INPS)
    Codice fiscale: RSSMRA80A01H501U   ← esempio, inserire il proprio
    PIN / SPID: non scrivere qui le credenziali
""")

I("it", "call", """
    Trascrizione — farmacia
    FARMACISTA: Mi legge il numero della ricetta elettronica, il NRE?
    SIGNORA: 1500A4827719230... sì, poi c'è il codice a barre.
    FARMACISTA: Perfetto, il Cardioaspirin glielo preparo.
""")

# ============================================================== DUTCH
_bsn = nl_bsn()
S("nl", "ocr", f"""
    OCR — loonstrook februari
    Bakkerij Van Dijk B.V.     Loonheffingennummer 8123.45.678.L01
    Werknemer: R. de Vries     BSN/sofinummer: {_bsn}
    Bruto loon € 2.318,00   Loonheffing € 214,07   Netto € 1.903,41
""", _bsn)

_dg = d(6)
S("nl", "sms", f"""
    DigiD: Uw sms-code is {_dg}. Voer deze code in op digid.nl. Deel deze code met niemand, ook niet met medewerkers van DigiD.
""", _dg)

_nli = IBAN("NL")
S("nl", "chat", f"""
    [09-03-2025 17:20:04] Sanne: Huur voor april naar mijn nieuwe rekening graag
    [09-03-2025 17:20:15] Sanne: {ifmt(_nli)} t.n.v. S. Bakker
    [09-03-2025 17:31:40] Daan: top, staat ingepland
""", ifmt(_nli))

_alm = d(4, "123456789")
S("nl", "notes", f"""
    Vakantiehuis Zeeland — info voor gasten
    Sleutelkastje naast de voordeur, code {_alm}
    Afval: grijze bak dinsdag
    Wifi: zie kaartje op de koelkast
""", _alm)

I("nl", "ocr", f"""
    OCR — factuur
    Installatiebedrijf Jansen B.V.   KvK {d(8, '5678')}   btw {nl_btw()}
    Factuurnummer 2025-118   Vervaldatum 14-04-2025
    Totaal € 423,50 — betalen via de QR-code of iDEAL
""")

I("nl", "sms", """
    PostNL: Je pakket 3SDEVC492718465 wordt vandaag tussen 14:15 en 16:15 bezorgd. Postcode 1012 AB, huisnummer 7.
""")

I("nl", "chat", """
    [02-03-2025 10:05:11] Opa: ik kreeg een mail dat mijn wachtwoord verloopt
    [02-03-2025 10:06:30] Eva: klik nergens op opa, ik kom zaterdag kijken
    [02-03-2025 10:06:55] Opa: 👍
""")

I("nl", "call", """
    Transcriptie — klantenservice Ziggo
    MEDEWERKER: Wat is uw klantnummer?
    KLANT: Eh, 2-0-4-7-7-1-9-3. En mijn postcode is 3511 LX.
    MEDEWERKER: Dank u. De monteur komt donderdag tussen acht en één.
""")

# ============================================================== POLISH
_pesel = pl_pesel()
S("pl", "form", f"""
    Deklaracja — przychodnia POZ (wypełnione, przepisane ze zdjęcia)
    Imię i nazwisko: Krystyna Nowak
    PESEL: {_pesel}
    Adres: ul. Słowackiego 14/3, 30-018 Kraków
    Lekarz: lek. A. Wiśniewska
""", _pesel)

_blik = d(6)
S("pl", "chat", f"""
    Messenger — eksport
    Kuba 21:04: daj blika szybko bo bilet przepada
    Ja 21:04: {_blik}
    Kuba 21:05: dzięki oddam jutro
""", _blik)

_ip = d(6)
S("pl", "sms", f"""
    InPost: Paczka od Allegro czeka w Paczkomacie KRA01M (ul. Bora-Komorowskiego 25). Kod odbioru: {_ip}. Masz czas do 14.03 g. 10:12.
""", _ip)

_hp = "Kasia" + d(4, "12") + "#"
S("pl", "notes", f"""
    notatka "dom"
    router: Orange Funbox
    hasło wifi: {_hp}
    licznik prądu odczyt co 2 m-ce
""", _hp)

I("pl", "ocr", f"""
    OCR — paragon fiskalny
    Sklep Spożywczy "U Basi" Sp. z o.o.   NIP {pl_nip()}
    ul. Długa 5, 80-831 Gdańsk
    SUMA PLN 46,20   Karta ****1182   Nr par. 0412/2025
""")


I("pl", "notes", """
    Bank — uwagi
    NIGDY nie podawaj kodu BLIK przez telefon ani na Messengerze!
    Nowa karta przyjdzie pocztą, PIN ustawić w bankomacie
""")

I("pl", "call", """
    Transkrypcja — infolinia Allegro
    KONSULTANT: Numer zamówienia poproszę.
    KLIENTKA: To jest... 9 1 c 4 e 2 0 0, dalej nie widzę, ekran mały.
    KONSULTANT: Nie szkodzi, widzę po e-mailu. Zwrot został przyjęty.
""")

# ============================================================== CZECH
_rc = cz_rc(female=True)
S("cs", "ocr", f"""
    OCR — průkaz pojištěnce VZP (přední strana)
    Všeobecná zdravotní pojišťovna ČR
    Číslo pojištěnce: {_rc.replace('/', '')}
    Jméno: NOVÁKOVÁ JANA   Platnost do: 31.12.2029
""", _rc.replace("/", ""))

_czi = IBAN("CZ")
S("cs", "chat", f"""
    [4.3.25 19:02] Petr: Za chatu je to 2 400 Kč na osobu
    [4.3.25 19:02] Petr: posílejte na {ifmt(_czi)}
    [4.3.25 19:10] Lucie: posláno 👍
""", ifmt(_czi))

_czp = d(4, "123456789")
S("cs", "thought", f"""
    Myšlenka agenta: Uživatel v poznámce píše „PIN ke kartě Air Bank je {_czp}, nezapomeň“. Tohle nemám ukládat do shrnutí,
    jen připomenu, ať si PIN nepíše do poznámek.
""", _czp)

I("cs", "ocr", f"""
    OCR — faktura
    Truhlářství Dvořák s.r.o.   IČO: {cz_ico()}   DIČ: CZ{cz_ico()}
    Variabilní symbol: 2025031401   Konstantní symbol: 0308
    Celkem k úhradě: 18 450,00 Kč   Splatnost: 28.03.2025
""")

I("cs", "sms", """
    Zásilkovna: Zásilka Z 2184 9932 117 je připravena na výdejním místě Albert, Vinohradská 50. Vyzvednout do 20.3.
""")


# ============================================================== SWEDISH
_pnr = se_pnr()
S("sv", "form", f"""
    Anmälan — kulturskolan (ifyllt av förälder)
    Elevens namn: Alva Lindqvist
    Personnummer: {_pnr}
    Instrument: fiol    Vårdnadshavare: Karin Lindqvist, 070-123 45 67
""", _pnr)

_pk = d(4, "123456789")
S("sv", "chat", f"""
    [2025-03-06 17:42:10] Erik: portkoden är {_pk} och sen 4 tr upp
    [2025-03-06 17:42:30] Erik: ta med fika 😄
    [2025-03-06 17:45:02] Maja: 👌
""", _pk)

_eng = d(6)
S("sv", "sms", f"""
    Från: Nordea
    Din engångskod är {_eng}. Koden gäller i 5 minuter. Nordea ringer aldrig och ber om koder.
""", _eng)

_wsv = "Kanelbulle" + d(3, "123456789")
S("sv", "list", f"""
    Att göra innan stugan (delad lista)
    - handla: mjölk, kaffe, knäckebröd
    - sätta på elementen
    - skriva upp wifi åt grannen: Telia-7F21 / {_wsv}
""", _wsv)

I("sv", "ocr", f"""
    OCR — faktura
    Rörmokare Andersson AB   Org.nr {se_orgnr()}   Momsreg.nr SE{d(10, '5')}01
    Bankgiro {se_bankgiro()}   OCR-nummer {luhn_ref(14)}
    Att betala 2 840 kr senast 2025-03-31
""")

I("sv", "sms", f"""
    PostNord: Ditt paket {d(2, '0')}{d(8)}SE från Zalando finns att hämta hos ICA Nära Tallkrogen. Ta med legitimation. Kolli-id {d(11, '3')}.
""")

I("sv", "chat", """
    [2025-02-28 09:12:44] Farmor: Jag fick ett sms om BankID, ska jag logga in?
    [2025-02-28 09:13:10] Linnea: Nej! Legitimera dig aldrig om någon annan ringt dig först.
    [2025-02-28 09:13:40] Farmor: Tack gumman ❤️
""")

I("sv", "notes", """
    Kvitton att spara
    - diskmaskin, köpt 2024-11-02, garanti 2 år, ordernr 1029-44718
    - glasögon Synsam, ref. 77213
""")

# ============================================================== NORWEGIAN
_fnr = no_fnr()
S("nb", "ocr", f"""
    OCR — brev fra NAV (utdrag)
    Til: Ola Nordmann Haugen
    Fødselsnummer: {_fnr}
    Vedtak om foreldrepenger — utbetales den 20. hver måned.
""", _fnr)

_nb = d(4, "123456789")
S("nb", "chat", f"""
    [06.03.2025, 14:10] Hytteutleier: Nøkkelboksen henger ved kjellerdøra, kode {_nb}
    [06.03.2025, 14:10] Hytteutleier: Husk å tømme kjøleskapet ved avreise 🙏
    [06.03.2025, 14:12] Ingrid: Tusen takk!
""", _nb)

_eko = d(6)
S("nb", "sms", f"""
    DNB: Engangskode: {_eko}. Gjelder innlogging i nettbank. Ikke oppgi koden til andre.
""", _eko)

I("nb", "ocr", f"""
    OCR — faktura
    Snekker Berg AS   Org.nr {no_orgnr()} MVA
    KID-nummer: {luhn_ref(12)}   Kontonr. (Berg AS): 1503 {d(2)} {d(5)}
    Å betale: kr 6 250,00 innen 30.03.2025
""")

I("nb", "sms", """
    Posten: Pakken din (sporingsnummer 70730259304981234) kan hentes på Kiwi Grünerløkka. Hentekode sendes i appen når den er klar.
""")


# ============================================================== DANISH
_cpr = dk_cpr()
S("da", "ocr", f"""
    OCR — sundhedskort (gult kort)
    Sundhedskort
    CPR-nr. {_cpr}
    Mette Sørensen, Nørrebrogade 112, 2200 København N
    Læge: Lægehuset Nørrebro, tlf. 35 37 12 00
""", _cpr)

_dk = d(4, "123456789")
S("da", "call", f"""
    Transskription — talebesked fra mor
    "Hej skat, det er mor. Koden til opgangsdøren er ændret, den er nu {_dk}. Og husk at tage mælk med. Kys."
""", _dk)

_dkp = d(4)
S("da", "notes", f"""
    Noter — "kort"
    Dankort (nyt fra marts): {_dkp}
    Rejsekort: bestil nyt, det gamle er knækket
""", _dkp)

I("da", "ocr", f"""
    OCR — faktura
    Tømrerfirma Holm ApS   CVR-nr. {dk_cvr()}
    FI-kort: +71< {d(15)} +{d(8)}<
    Beløb: 4.375,00 kr   Betalingsfrist 31.03.2025
""")

I("da", "sms", """
    GLS: Din pakke 00{}8 hentes i PakkeShop Netto, Jagtvej 40. Husk at vise din afhentningskode fra GLS-appen.
""".replace("{}", d(9)))


# ============================================================== FINNISH
_hetu = fi_hetu()
S("fi", "form", f"""
    Ilmoittautuminen — kansalaisopisto (täytetty lomake)
    Nimi: Aino Virtanen
    Henkilötunnus: {_hetu}
    Kurssi: Espanjan alkeet, ti 18.00   Puh. 040 123 4567
""", _hetu)

_tl = d(4)
S("fi", "sms", f"""
    Viestit
    OP: Vahvistustunnuksesi on {_tl}. Älä kerro tunnusta kenellekään, OP ei koskaan kysy sitä puhelimessa.
    Posti: Pakettisi JJFI6543210000412345 on noudettavissa.
""", _tl)

_ovi = d(4, "123456789")
S("fi", "list", f"""
    Mökkireissu (jaettu lista)
    - ostokset: makkaraa, saunaolut, hyttysmyrkky
    - avaimet: avainboksin koodi {_ovi}
    - muista sammuttaa kiuas!
""", _ovi)

I("fi", "ocr", f"""
    OCR — lasku
    Putkiliike Mäkinen Oy   Y-tunnus {fi_ytunnus()}
    Viitenumero {ref_731(10)}   Eräpäivä 31.3.2025
    Yhteensä 612,40 €
""")

I("fi", "sms", """
    Posti: Lähetys JJFI6543210000412345 on saapunut Pakettiautomaatti K-Market Kallio. Noutokoodi tulee OmaPostiin.
""")


# ============================================================== ESTONIAN
_ik = ee_ik()
S("et", "ocr", f"""
    OCR — ID-kaart (tagakülg)
    Isikukood / Personal code: {_ik}
    Sünnikoht: EST   Väljaantud: 12.06.2021
    IDEST{rs(9, UPD)}<<<<<<<<<<<<
""", _ik)

_p1 = d(4)
S("et", "notes", f"""
    Märkmed — "ID-kaart"
    PIN1: {_p1}
    PIN2: vaata ümbrikust (sahtlis)
    PUK: ümbrikus
""", _p1)

_etw = "Kilu" + d(4, "12")
S("et", "chat", f"""
    [05.03.25 18:30] Kadri: Wifi nimi "Telia-5G-22", parool {_etw}
    [05.03.25 18:31] Mart: aitäh!
""", _etw)

I("et", "ocr", f"""
    OCR — arve
    Santehnik OÜ   Registrikood {ee_regkood()}   KMKR EE10{d(7)}
    Viitenumber {ref_731(9)}   Maksetähtaeg 31.03.2025
    Kokku 218,00 €
""")

I("et", "sms", """
    Omniva: Pakk CE482913379EE on pakiautomaadis Rimi Mustamäe. Avamiskood saadetakse eraldi, kui pakk on kohal.
""")


# ============================================================== HUNGARIAN
_taj = hu_taj()
S("hu", "ocr", f"""
    OCR — TAJ kártya
    Társadalombiztosítási Azonosító Jel
    {_taj}
    KOVÁCS ERZSÉBET   Szül.: 1956.04.11.
""", _taj)

_ad = hu_adoazon()
S("hu", "form", f"""
    Munkába lépési adatlap (kitöltve)
    Név: Tóth Bence   Adóazonosító jel: {_ad}
    Lakcím: 1095 Budapest, Soroksári út 12.
    Bankszámla: lásd külön lap
""", _ad)


I("hu", "ocr", f"""
    OCR — számla
    Villanyszerelő Bt.   Adószám: {hu_adoszam()}
    Számla sorszáma: VSZ-2025/0318   Teljesítés: 2025.03.14.
    Fizetendő: 48 260 Ft   Ügyfélszám: 30018822
""")

I("hu", "sms", """
    GLS: A(z) 5812993104 számú csomagja ma érkezik 10–13 óra között. Kérjük, legyen elérhető a +36 30 123 4567 számon.
""")


# ============================================================== ROMANIAN
_cnp = ro_cnp()
S("ro", "form", f"""
    Cerere înscriere grădiniță (completată de părinte)
    Nume copil: Popescu Ana-Maria
    CNP părinte: {_cnp}
    Adresă: Str. Florilor nr. 8, Cluj-Napoca   Tel: 0722 123 456
""", _cnp)


_roi = IBAN("RO")
S("ro", "email", f"""
    Fwd: chirie aprilie
    > De la: dna. Ionescu
    > Vă rog să virați chiria în contul meu personal: {_roi}, titular Ionescu Elena.
    Eu: Poți să-mi faci tu transferul din aplicație, te rog?
""", _roi)

I("ro", "ocr", f"""
    OCR — factură
    SC Instalații Moldovan SRL   CUI RO{ro_cui()}   Nr. Reg. Com. J12/{d(4)}/2018
    Factura seria IM nr. 0412 / 14.03.2025
    Total de plată: 1.240,00 lei
""")

I("ro", "sms", f"""
    FAN Courier: Coletul cu AWB {d(13, '2')} va fi livrat azi între 12:00 și 16:00. Ramburs: 0 lei.
""")


# ============================================================== GREEK
_amka = gr_amka()
S("el", "call", f"""
    Απομαγνητοφώνηση — ραντεβού στο ΙΚΑ
    ΥΠΑΛΛΗΛΟΣ: Μου λέτε τον ΑΜΚΑ σας;
    ΚΥΡΙΑ: Ναι, είναι {_amka}.
    ΥΠΑΛΛΗΛΟΣ: Ευχαριστώ, κλείσαμε Τρίτη 10:30 στον παθολόγο.
""", _amka)

_afm = gr_afm()
S("el", "form", f"""
    Αίτηση επιδόματος (συμπληρωμένη)
    Ονοματεπώνυμο: Παπαδοπούλου Μαρία
    ΑΦΜ: {_afm}   ΔΟΥ: Καλαμαριάς
    Τηλέφωνο: 694 123 4567
""", _afm)


I("el", "ocr", f"""
    OCR — απόδειξη λιανικής
    ΦΟΥΡΝΟΣ ΑΦΟΙ ΝΙΚΟΛΑΟΥ Ο.Ε.   ΑΡ. ΓΕΜΗ {d(12, '1')}
    Αρ. παραστατικού 000418   Σύνολο 7,40 €
""")

I("el", "sms", f"""
    ACS: Η αποστολή {d(10, '7')} παραδίδεται σήμερα. Ώρες 10:00–14:00. Πληροφορίες 210 81 90 000.
""")


# ============================================================== TURKISH
_tc = tr_tckn()
S("tr", "form", f"""
    Kargo teslim formu (doldurulmuş)
    Alıcı: Ayşe Yılmaz
    T.C. Kimlik No: {_tc}
    Adres: Moda Cad. No:12 D:4, Kadıköy/İstanbul   Tel: 0532 123 45 67
""", _tc)

_tcc = card("troy")
S("tr", "chat", f"""
    [05.03.2025 22:14] Emre: abi bilet için kart bilgisi lazım
    [05.03.2025 22:15] Murat: {grp(_tcc)} skt {exp_date()} cvv {cvv()}
    [05.03.2025 22:15] Murat: işin bitince sil
""", grp(_tcc))

_trs = d(6)
S("tr", "sms", f"""
    Garanti BBVA: 1.250,00 TL tutarlı TRENDYOL işleminiz için doğrulama şifreniz: {_trs}. Bu şifreyi kimseyle paylaşmayınız.
""", _trs)

_tri = IBAN("TR")
S("tr", "call", f"""
    Sesli mesaj dökümü — Halil amca
    "Oğlum, kira için IBAN'ımı yazıyorum, not al: {ifmt(_tri)}. Adım Halil Demir. Tamam mı? Hadi kapatıyorum."
""", ifmt(_tri))

I("tr", "ocr", f"""
    OCR — fatura
    Demir Tesisat Ltd. Şti.   Vergi Dairesi: Kadıköy   VKN: {tr_vkn()}
    Fatura No: DTS2025000000418   Tarih: 14.03.2025
    Genel Toplam: 2.450,00 TL
""")

I("tr", "sms", f"""
    Yurtiçi Kargo: {d(12, '3')} takip numaralı gönderiniz dağıtıma çıkmıştır. Sipariş no: TY{d(9)}
""")

I("tr", "chat", """
    [01.03.2025 19:20] Annem: bankadan aradılar şifremi istediler
    [01.03.2025 19:21] Zeynep: anne banka şifre istemez! kapat hemen
    [01.03.2025 19:21] Annem: kapattım kızım
""")

I("tr", "email", """
    Fwd: Randevu onayı
    > Sayın Ayşe Yılmaz, 18.03.2025 saat 10:40 tarihli randevunuz oluşturulmuştur.
    > Randevu No: MHRS-4471-2209. Kimlik bilgilerinizi yanınızda getiriniz.
""")


# ============================================================== RUSSIAN
_snils = ru_snils()
S("ru", "ocr", f"""
    Распознанный текст — страховое свидетельство (СНИЛС)
    СТРАХОВОЕ СВИДЕТЕЛЬСТВО
    ОБЯЗАТЕЛЬНОГО ПЕНСИОННОГО СТРАХОВАНИЯ
    {_snils}
    Ф.И.О. Смирнова Галина Петровна
""", _snils)

_inn = ru_inn12()
S("ru", "chat", f"""
    Telegram — экспорт чата «Бухгалтер Ольга»
    [10.03.2025 11:02] Ольга: Пришлите, пожалуйста, ваш ИНН для декларации 3-НДФЛ
    [10.03.2025 11:15] Игорь: {_inn}
    [10.03.2025 11:16] Ольга: Спасибо, вычет за лечение оформим.
""", _inn)

_ps = f"{d(2, '4')} {d(2, '01')} {d(6)}"
S("ru", "form", f"""
    Анкета на визу (заполнено пользователем, просит проверить)
    Фамилия: Кузнецов   Имя: Артём
    Паспорт РФ: серия и номер {_ps}, выдан ГУ МВД России по г. Москве 14.05.2019
    Дата рождения: 02.08.1990
""", _ps)

_sb = d(5)
S("ru", "sms", f"""
    900: Код: {_sb}. Никому не сообщайте код, даже сотруднику Сбербанка. Вход в СберБанк Онлайн.
""", _sb)

I("ru", "ocr", f"""
    Распознанный текст — кассовый чек
    ООО «Пекарня Колобок»   ИНН {ru_inn10()}   ОГРН {ru_ogrn()}
    Кассир: Иванова   Чек № 0418   ИТОГО: 312,00 ₽
    ФН 7281440500{d(6)}  ФД {d(5)}  ФП {d(10)}
""")



I("ru", "notes", """
    Заметки — ремонт
    Заказ Леруа № 1044-2817-3390, доставка 15.03 с 9 до 13
    Пароль от wifi поменять после ухода рабочих (сейчас гостевая сеть)
""")

# ============================================================== UKRAINIAN
_ua = ua_rnokpp()
S("uk", "form", f"""
    Заява на допомогу (заповнена від руки, розпізнано)
    ПІБ: Шевченко Оксана Іванівна
    РНОКПП (ІПН): {_ua}
    Адреса: м. Львів, вул. Городоцька, 15, кв. 7
""", _ua)

_uc = card("mc")
S("uk", "chat", f"""
    Telegram — «Мама»
    [04.03.2025 09:30] Мама: синку, скинь номер картки, перекажу на ліки
    [04.03.2025 09:31] Дмитро: {grp(_uc)}
    [04.03.2025 09:31] Дмитро: тільки номер, більше нічого не треба
""", grp(_uc))

_pb = d(4)
S("uk", "sms", f"""
    PrivatBank: Код підтвердження {_pb}. Нікому не повідомляйте код! Вхід у Приват24 з нового пристрою.
""", _pb)

_uwf = "Vyshyvanka" + d(4, "12")
S("uk", "notes", f"""
    Нотатки — «для квартирантів»
    Wi‑Fi: Kyivstar_8C2E
    пароль: {_uwf}
    лічильники фотографувати 25-го числа
""", _uwf)

I("uk", "ocr", f"""
    Розпізнаний текст — рахунок
    ТОВ «Сантехсервіс»   Код ЄДРПОУ {ua_edrpou()}
    Рахунок № 418 від 14.03.2025   Разом до сплати: 2 350,00 грн
""")

I("uk", "sms", f"""
    Нова Пошта: Посилка {d(14, '2')} прибула у відділення №12. Зберігання безкоштовно до 20.03.
""")


I("uk", "call", """
    Транскрипт — гаряча лінія Укрпошти
    ОПЕРАТОР: Назвіть номер відправлення.
    КЛІЄНТКА: Це... RB 4829 1037 2 UA.
    ОПЕРАТОР: Дякую, посилка на митниці, очікуйте три дні.
""")

# ============================================================== ARABIC
_said = sa_id()
S("ar", "form", f"""
    نموذج تسجيل — نادي الحي الرياضي (مُعبأ)
    الاسم: عبدالله بن محمد القحطاني
    رقم الهوية الوطنية: {_said}
    الجوال: 055 123 4567
""", _said)

_eid = ae_eid()
S("ar", "ocr", f"""
    نص مستخرج من صورة بطاقة الهوية الإماراتية
    United Arab Emirates — الإمارات العربية المتحدة
    رقم الهوية / ID Number
    {_eid}
    الاسم: فاطمة علي الشامسي
""", _eid)

_aotp = d(4)
S("ar", "sms", f"""
    الراجحي: رمز التحقق {_aotp} لعملية شراء بمبلغ 250.00 ر.س من NOON. لا تشارك الرمز مع أي شخص.
""", _aotp)

_ac = card("visa")
S("ar", "chat", f"""
    [٢٠٢٥/٣/٥، ٨:١٠ م] خالد: ابعت لي رقم البطاقة عشان أحجز الفندق
    [٢٠٢٥/٣/٥، ٨:١٢ م] سارة: {grp(_ac)}
    [٢٠٢٥/٣/٥، ٨:١٢ م] سارة: امسح الرسالة بعد الحجز
""", grp(_ac))

I("ar", "ocr", f"""
    نص مستخرج — فاتورة ضريبية
    مؤسسة النخبة للتكييف   السجل التجاري: 1010{d(6)}
    الرقم الضريبي: 3{d(13)}3
    رقم الفاتورة: INV-2025-0418   الإجمالي: 1,150.00 ر.س
""")

I("ar", "sms", f"""
    أرامكس: شحنتك رقم {d(11, '4')} في الطريق إليك اليوم. للتواصل: 800 100 0880
""")


I("ar", "call", """
    تفريغ مكالمة — خدمة عملاء طيران
    الموظف: رقم الحجز لو سمحت؟
    العميل: إكس، كيو، سبعة، إم، اثنين، كي... XQ7M2K
    الموظف: تمام، الرحلة SV 1021 الساعة ٦:٤٥ صباحاً.
""")

# ============================================================== HEBREW
_tz = il_tz()
S("he", "form", f"""
    טופס הרשמה לחוג (מולא ביד, תומלל)
    שם: נועה כהן
    מספר תעודת זהות: {_tz}
    טלפון: 052-1234567
""", _tz)

_hpw = "Shalom" + d(4, "12") + "!"
S("he", "chat", f"""
    [06/03/2025, 19:20] אבא: הסיסמה של הנטפליקס עכשיו {_hpw}
    [06/03/2025, 19:21] יעל: תודה אבא ❤️
""", _hpw)


I("he", "ocr", f"""
    טקסט מזוהה — חשבונית מס
    אינסטלציה לוי בע"מ   ח.פ. {il_hp()}
    חשבונית מס׳ 20418   סה"כ לתשלום: 1,170.00 ₪
""")

I("he", "sms", f"""
    דואר ישראל: דבר הדואר {s10('RR', 'IL')} ממתין לך בסניף. יש להציג תעודה מזהה.
""")


# ============================================================== PERSIAN
_irc = ir_code()
S("fa", "form", f"""
    فرم ثبت‌نام کلاس زبان (تکمیل‌شده)
    نام: مریم احمدی
    کد ملی: {_irc}
    تلفن همراه: ۰۹۱۲ ۱۲۳ ۴۵۶۷
""", _irc)

_ramz = d(6, "123456789")
S("fa", "chat", f"""
    [۱۴۰۳/۱۲/۱۵ ۲۰:۱۰] بابا: رمز دوم کارت ملت رو برات می‌نویسم: {_ramz}
    [۱۴۰۳/۱۲/۱۵ ۲۰:۱۱] سارا: مرسی بابا، خرید کردم پاکش می‌کنم
""", _ramz)

_iri = iban("IR", d(3, "01") + d(19))
S("fa", "email", f"""
    Fwd: اجاره اسفند
    > لطفاً اجاره را به شماره شبای شخصی من واریز کنید:
    > {_iri}
    > به نام: حسین رضایی
""", _iri)

I("fa", "ocr", f"""
    متن استخراج‌شده — فاکتور فروش
    شرکت تأسیسات پارس   شناسه ملی: {ir_shenase()}
    شماره فاکتور: ۴۱۸   مبلغ کل: ۱۲٬۵۰۰٬۰۰۰ ریال
""")

I("fa", "sms", f"""
    پست: مرسوله شما با کد رهگیری {d(24, '1')} تحویل شد.
""")


# ============================================================== HINDI
_adh = in_aadhaar()
S("hi", "ocr", f"""
    OCR — आधार कार्ड (पीछे का हिस्सा, धुंधला)
    भारत सरकार   Government of India
    {_adh}
    मेरा आधार, मेरी पहचान
""", _adh)

_hotp = d(6)
S("hi", "sms", f"""
    SBI: आपका OTP {_hotp} है, ₹4,999 के लेन-देन के लिए (AMAZON)। किसी के साथ साझा न करें। -SBI
""", _hotp)

_upi = d(4, "123456789")
S("hi", "call", f"""
    कॉल ट्रांसक्रिप्ट (रिकॉर्डिंग, बेटा और पिताजी)
    पिताजी: बेटा, वो पेमेंट वाला पिन क्या था?
    बेटा: पापा, UPI पिन {_upi} है, पर किसी को बताना मत, फोन पर भी नहीं।
    पिताजी: ठीक है, ठीक है।
""", _upi)

I("hi", "ocr", f"""
    OCR — टैक्स इनवॉइस
    शर्मा इलेक्ट्रिकल्स   GSTIN: {in_gstin()}
    बिल नं. 0418   दिनांक 14/03/2025   कुल ₹2,360
""")

I("hi", "sms", f"""
    IRCTC: PNR {d(10, '2468')} — ट्रेन 12951, कोच B3, बर्थ 42। यात्रा शुभ हो।
""")


# ============================================================== HINGLISH (code-switching)
_upi2 = d(6, "123456789")
S("hi-Latn", "chat", f"""
    [12/03/25, 9:45 pm] Rohit: bhai mera phone band hai, tu Paytm se recharge kar de
    [12/03/25, 9:46 pm] Rohit: UPI pin {_upi2} hai, mere account wala phone tere paas hai na
    [12/03/25, 9:50 pm] Aman: done bhai, aur pin change kar lena
""", _upi2)

_pan2 = in_pan()
S("hi-Latn", "notes", f"""
    Notes — "ITR 2025"
    PAN: {_pan2}
    Form 16 mil gaya, HR ko mail kiya
    80C: PPF + LIC, receipt dhundhna hai
""", _pan2)

_atm = d(4, "123456789")
S("hi-Latn", "call", f"""
    Call transcript (Hinglish, auto)
    DADI: Beta, ATM ka pin kya tha? Main bhool gayi.
    POTA: Dadi {_atm}, par kisi ko mat batana, aur card ke peeche mat likhna please.
""", _atm)

I("hi-Latn", "chat", f"""
    [05/03/25, 7:20 pm] Neha: Flipkart order OD{d(18, '3')} kal aayega
    [05/03/25, 7:21 pm] Neha: aur IRCTC PNR {d(10, '4')}, coach S4
""")

I("hi-Latn", "notes", f"""
    Bank details (papa ki dukaan ke liye — shop account, public hai invoice pe)
    IFSC: {in_ifsc()}   Branch: Lajpat Nagar
    UPI ID: sharmaelectricals@okicici
""")

I("hi-Latn", "sms", """
    Airtel: Aapka recharge ₹299 safal raha. Validity 28 din. Kabhi bhi OTP ya PIN kisi ko na batayein.
""")

# ============================================================== BENGALI
_nid = bd_nid()
S("bn", "form", f"""
    ভর্তি ফর্ম (পূরণকৃত)
    নাম: রাহেলা খাতুন
    জাতীয় পরিচয়পত্র নম্বর: {_nid}
    মোবাইল: ০১৭১২-৩৪৫৬৭৮
""", _nid)

_bk = d(5, "123456789")
S("bn", "chat", f"""
    [০৫/০৩/২৫, রাত ৯:১০] আব্বু: বিকাশের পিন {_bk}, টাকা তুলে নিও
    [০৫/০৩/২৫, রাত ৯:১২] রনি: আচ্ছা আব্বু, পরে পিন বদলে দিও
""", _bk)


I("bn", "ocr", f"""
    OCR — চালান
    রহমান ট্রেডার্স   BIN: {d(9, '0')}-{d(4)}
    চালান নং ৪১৮   মোট: ৳ ৩,৪৫০
""")

I("bn", "sms", f"""
    Pathao: আপনার পার্সেল (ট্র্যাকিং {rs(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{d(8)}) আজ ডেলিভারি হবে।
""")


# ============================================================== TAMIL
_tad = in_aadhaar()
S("ta", "call", f"""
    அழைப்பு எழுத்துப்படிவம் — ரேஷன் கடை
    ஊழியர்: ஆதார் நம்பர் சொல்லுங்க.
    பாட்டி: {_tad}. சரியா?
    ஊழியர்: சரி, கைரேகை வையுங்க.
""", _tad)


_tpin = d(4, "123456789")
S("ta", "notes", f"""
    குறிப்புகள் — அப்பா
    ATM பின்: {_tpin}
    கரண்ட் பில் 15ஆம் தேதி
""", _tpin)

I("ta", "ocr", f"""
    OCR — பில்
    முருகன் ஸ்டோர்ஸ்   GSTIN: {in_gstin()}
    பில் எண் 418   மொத்தம் ₹1,180   அஞ்சல் குறியீடு 600017
""")

I("ta", "sms", f"""
    IRCTC: PNR {d(10, '4')} உறுதி. ரயில் 12635, பெட்டி S6, இருக்கை 33.
""")


# ============================================================== URDU
_cnic = pk_cnic()
S("ur", "form", f"""
    داخلہ فارم (پُر شدہ)
    نام: عائشہ بی بی
    شناختی کارڈ نمبر: {_cnic}
    موبائل: 0300-1234567
""", _cnic)



I("ur", "ocr", f"""
    OCR — رسید
    علی ٹریڈرز   NTN: {d(7)}-{d(1)}
    رسید نمبر ۴۱۸   کل رقم: Rs 2,450
""")

I("ur", "sms", f"""
    TCS: آپ کا پارسل (CN {d(12, '7')}) آج ڈیلیور ہوگا۔
""")



# ============================================================== CHINESE (Simplified)
_rid = cn_rid()
S("zh", "ocr", f"""
    OCR识别结果（身份证反面照片，有反光）
    姓名 王丽娟   性别 女   民族 汉
    住址 广东省深圳市南山区科技园路18号
    公民身份号码 {_rid}
""", _rid)

_up = card("unionpay")
S("zh", "chat", f"""
    微信聊天记录导出
    2025-03-05 20:14 妈妈：把你的银行卡号发我，给你转生活费
    2025-03-05 20:15 小雨：{_up}
    2025-03-05 20:15 小雨：招商银行的，户名王小雨
""", _up)

_yzm = d(6)
S("zh", "sms", f"""
    【支付宝】验证码{_yzm}，您正在登录支付宝，5分钟内有效。请勿泄露给他人，谨防诈骗。
""", _yzm)

_zfmm = d(6)
S("zh", "notes", f"""
    备忘录 —— 爸爸的手机
    微信支付密码：{_zfmm}
    医保卡在抽屉第二层
    周四下午复诊
""", _zfmm)

_zwf = "xiaomi" + d(4, "12") + "@home"
S("zh", "list", f"""
    家庭共享清单
    □ 买鸡蛋、牛奶、青菜
    □ 交物业费（3月底前）
    □ 告诉阿姨新WiFi密码：{_zwf}
    □ 周六接奶奶
""", _zwf)

I("zh", "ocr", f"""
    OCR识别结果 —— 增值税普通发票
    销售方：深圳市鹏程装饰工程有限公司
    统一社会信用代码：{cn_uscc()}
    发票号码：{d(8)}   开票日期：2025年03月14日   价税合计：¥1,280.00
""")

I("zh", "sms", f"""
    【顺丰速运】您的快件SF{d(13, '1')}已由快递柜代收，取件请打开顺丰小程序。客服95338。
""")


I("zh", "notes", f"""
    备忘录 —— 网购
    淘宝订单号 {d(19, '2')}，预计周五到
    京东订单 {d(12, '3')} 退货中
    密码别写在这里！
""")

I("zh", "call", """
    通话转写 —— 12306客服
    客服：请提供订单号。
    乘客：E 五 八 二 九 一 零 三 七 七，E582910377。
    客服：查到了，G102次，3月18日07:00，二等座8车12F。
""")

# ============================================================== CANTONESE / TRADITIONAL
_hk = hkid()
S("yue", "call", f"""
    通話紀錄（粵語轉寫）
    職員：唔該講一講你嘅身份證號碼。
    陳太：{_hk}，啱唔啱呀？
    職員：啱，幫你約咗星期四朝早十點。
""", _hk)

_lock = d(6, "123456789")
S("yue", "chat", f"""
    WhatsApp 對話
    [6/3/2025 18:20] 阿媽：新屋門鎖密碼係 {_lock}#，記住唔好話俾人知
    [6/3/2025 18:22] 阿仔：收到 👍
""", _lock)


I("yue", "ocr", f"""
    OCR 結果 —— 收據
    利興五金有限公司   商業登記號碼 {d(8, '3')}
    單號 0418   總數 HK$ 386.00   付款方式：八達通
""")

I("yue", "sms", f"""
    順豐：你嘅快件 SF{d(13, '1')} 已送到智能櫃（旺角站），取件碼會喺App顯示。
""")


# ============================================================== JAPANESE
_mn = jp_mynumber()
S("ja", "ocr", f"""
    OCR結果（マイナンバーカード裏面・ピンぼけ）
    個人番号 {_mn}
    氏名 佐藤 花子
    生年月日 昭和59年 4月 2日
""", _mn)

_anp = d(4, "123456789")
S("ja", "notes", f"""
    メモ「お母さんへ」
    ゆうちょカードの暗証番号：{_anp}
    年金の振込は15日
    病院 木曜 10時
""", _anp)

_jcode = d(6)
S("ja", "sms", f"""
    【楽天】認証コード：{_jcode}
    このコードを他人に教えないでください。楽天の従業員が尋ねることはありません。
""", _jcode)

_jba = jp_bank()
S("ja", "chat", f"""
    LINE トーク履歴
    2025/03/05(水)
    20:10 田中さん 会費はこちらに振り込んでください
    20:11 田中さん 三井住友銀行 渋谷支店 普通 {_jba} タナカ ヒロシ
    20:15 私 了解です！
""", _jba)

I("ja", "ocr", f"""
    OCR結果 —— 領収書
    株式会社やまだ工務店   法人番号 {jp_corp()}
    登録番号 T{jp_corp()}
    合計 ¥12,800（税込）   令和7年3月14日
""")

I("ja", "sms", f"""
    ヤマト運輸：お荷物（伝票番号 {yamato()}）を本日お届け予定です。郵便番号 150-0041 宛。
""")


I("ja", "notes", f"""
    メモ「買い物」
    注文番号 {d(3, '2')}-{d(7)}-{d(7)}（Amazon）
    パスワードはここに書かない！
""")

# ============================================================== KOREAN
_rrn = kr_rrn()
S("ko", "form", f"""
    회원가입 신청서 (작성 완료, 사진에서 옮김)
    성명: 김민지
    주민등록번호: {_rrn}
    연락처: 010-1234-5678
""", _rrn)

_kc = d(6)
S("ko", "sms", f"""
    [Web발신]
    [카카오뱅크] 인증번호 [{_kc}]를 입력해주세요. 타인에게 절대 알려주지 마세요.
""", _kc)

_kac = f"{d(4, '3')}-{d(2)}-{d(6)}"
S("ko", "chat", f"""
    카카오톡 대화 내보내기
    2025년 3월 5일 오후 8:10, 엄마 : 용돈 보낼게 계좌번호 다시 알려줘
    2025년 3월 5일 오후 8:11, 지훈 : 국민은행 {_kac} 이지훈
""", _kac)

_kdoor = d(4, "123456789")
S("ko", "notes", f"""
    메모 — 이사
    새 집 현관 비밀번호: {_kdoor}*
    관리비 매달 25일
    인터넷 설치 3/12 오전
""", _kdoor)

I("ko", "ocr", f"""
    OCR 결과 — 영수증
    (주)한빛인테리어   사업자등록번호 {kr_brn()}
    승인번호 {d(8)}   합계 ₩128,000   카드 ****-****-****-4471
""")



I("ko", "notes", f"""
    메모 — 쇼핑
    쿠팡 주문번호 {d(14, '1')}
    반품 접수번호 R-{d(8)}
""")

# ============================================================== VIETNAMESE
_cccd = vn_cccd()
S("vi", "ocr", f"""
    Kết quả OCR — Căn cước công dân (mặt trước)
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số / No.: {_cccd}
    Họ và tên: NGUYỄN THỊ LAN
""", _cccd)


_vwf = "matkhau" + d(4, "12")
S("vi", "chat", f"""
    [05/03/2025 19:30] Chị Hoa: mật khẩu wifi mới là {_vwf} nha
    [05/03/2025 19:31] Minh: dạ em cảm ơn chị
""", _vwf)

I("vi", "ocr", f"""
    Kết quả OCR — hóa đơn
    Công ty TNHH Điện Lạnh Phú Thành   Mã số thuế: {vn_mst()}
    Số hóa đơn: 0000418   Tổng cộng: 1.250.000 đ
""")

I("vi", "sms", f"""
    GHN: Don hang {rs(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{d(6)} se duoc giao hom nay. Ma don Shopee {d(6)}{rs(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}.
""")


# ============================================================== THAI
_thid = th_fmt(th_id())
S("th", "form", f"""
    ใบสมัครสมาชิกฟิตเนส (กรอกแล้ว)
    ชื่อ: นางสาวสุภาพร ใจดี
    เลขประจำตัวประชาชน: {_thid}
    โทร: 081-234-5678
""", _thid)


_tatm = d(4, "123456789")
S("th", "chat", f"""
    [5/3/2568 20:00] แม่: รหัส ATM บัตรใหม่คือ {_tatm} นะลูก
    [5/3/2568 20:02] ต้น: ครับแม่ กดเงินแล้วจะเปลี่ยนรหัสให้
""", _tatm)

I("th", "ocr", f"""
    ผล OCR — ใบกำกับภาษี
    บริษัท สยามแอร์เซอร์วิส จำกัด
    เลขประจำตัวผู้เสียภาษี {th_company()}
    เลขที่ 0418   รวมทั้งสิ้น 2,140.00 บาท
""")

I("th", "sms", f"""
    Kerry Express: พัสดุ {rs(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{d(10)} จะจัดส่งวันนี้ รหัสไปรษณีย์ 10110
""")


# ============================================================== INDONESIAN
_nik = id_nik()
S("id", "form", f"""
    Formulir pendaftaran BPJS (diisi)
    Nama: Siti Rahmawati
    NIK: {_nik}
    Alamat: Jl. Melati No. 8, Bandung
""", _nik)



I("id", "ocr", f"""
    Hasil OCR — faktur
    CV Maju Jaya Teknik   NPWP: {id_npwp()}
    No. Faktur 0418/III/2025   Total Rp 1.250.000
""")

I("id", "sms", f"""
    JNE: Paket dengan nomor resi {d(16, '1')} sedang dikirim. No. pesanan Tokopedia INV/20250314/MPL/{d(10)}.
""")


# ============================================================== TAGLISH
_gc = d(4, "123456789")
S("tl", "chat", f"""
    Messenger export
    Tita Baby 8:10 PM: anak, yung MPIN ko sa GCash ay {_gc}, pakibayad na lang ng Meralco
    Ikaw 8:15 PM: sige tita, done na po. palitan nyo po MPIN after
""", _gc)

_sss = ph_sss()
S("tl", "form", f"""
    Employee info sheet (filled out)
    Name: Maria Cristina Dela Cruz
    SSS No.: {_sss}   PhilHealth: see attached
    Address: Brgy. San Antonio, Pasig City
""", _sss)


I("tl", "ocr", f"""
    OCR — resibo
    Santos Hardware Trading   VAT REG TIN: {ph_tin()}
    OR No. 0418   Total ₱ 1,380.00
""")

I("tl", "sms", f"""
    J&T Express: Your parcel {d(12, '8')} from Shopee (order {d(6)}{rs(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}) is out for delivery today.
""")


# ============================================================== MALAY
_myk = my_mykad()
S("ms", "form", f"""
    Borang pendaftaran klinik (diisi)
    Nama: Nurul Aina binti Ahmad
    No. MyKad: {_myk}
    Tel: 012-345 6789
""", _myk)


I("ms", "ocr", f"""
    Hasil OCR — invois
    Syarikat Elektrik Jaya Sdn. Bhd. (No. Syarikat 2019{d(8)})
    No. Invois INV-0418   Jumlah RM 380.00
""")

I("ms", "sms", f"""
    Pos Laju: Parcel {s10('EN', 'MY')} anda akan dihantar hari ini. Poskod 50450.
""")


# ============================================================== SWAHILI
_mp = d(4, "123456789")
S("sw", "chat", f"""
    [05/03/2025, 19:10] Baba: PIN yangu ya M-Pesa ni {_mp}, nitumie elfu tano kwa mama
    [05/03/2025, 19:12] Juma: Sawa baba, nimetuma. Badilisha PIN tafadhali
""", _mp)

_kra = ke_kra(True)
S("sw", "form", f"""
    Fomu ya mfanyakazi mpya (imejazwa)
    Jina: Wanjiru Kamau
    Nambari ya kitambulisho: {ke_id()}   KRA PIN: {_kra}
    Simu: 0712 345 678
""", _kra)

_kid = ke_id()
S("sw", "call", f"""
    Nakala ya simu — Huduma Centre
    AFISA: Nipe nambari yako ya kitambulisho.
    MPIGAJI: Ni {_kid}. Jina ni Otieno Ochieng.
    AFISA: Asante, kadi yako iko tayari Jumanne.
""", _kid)

I("sw", "sms", f"""
    {rs(2, 'ST')}{rs(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')} Confirmed. Ksh1,250.00 paid to KPLC PREPAID. Account 54{d(9)} on 5/3/25 at 7:14 PM. New M-PESA balance is Ksh3,410.00.
""")


I("sw", "notes", f"""
    Malipo ya mwezi
    - Kodi: Paybill {d(6, '2')}, akaunti "Nyumba 4B"
    - Maji: Till number {d(7, '5')}
    - Ada ya shule: lipa kabla ya tarehe 10
""")

# ============================================================== CROATIAN
_oib = hr_oib()
S("hr", "form", f"""
    Prijavnica — tečaj plivanja (ispunjeno)
    Ime i prezime: Ivana Horvat
    OIB: {_oib}
    Mobitel: 091 234 5678
""", _oib)


I("hr", "ocr", f"""
    OCR — uplatnica
    Primatelj: Vodovod Zagreb d.o.o.
    Model HR01   Poziv na broj: {d(4)}-{d(6)}-{d(2)}
    Iznos: 28,40 EUR   Opis plaćanja: voda 02/2025
""")

I("hr", "sms", f"""
    HP: Vaša pošiljka {s10('LE', 'HR')} stigla je u poštanski ured 10000 Zagreb. Preuzimanje do 20.03.
""")

# ============================================================== SERBIAN (Cyrillic)
_jmbg = rs_jmbg()
S("sr", "form", f"""
    Пријава за курс (попуњено)
    Име и презиме: Милица Петровић
    ЈМБГ: {_jmbg}
    Телефон: 064 123 4567
""", _jmbg)

_srl = "Beograd" + d(4, "12") + "!"
S("sr", "chat", f"""
    [05.03.2025. 20:00] Тата: лозинка за интернет банкинг је {_srl}, плати ми струју
    [05.03.2025. 20:10] Стефан: платио сам, промени лозинку
""", _srl)

I("sr", "ocr", f"""
    OCR — рачун
    Електро Јовановић д.о.о.   ПИБ: {rs_pib()}   МБ: {d(8, '2')}
    Рачун бр. 418/2025   Укупно: 12.400,00 РСД
""")

I("sr", "sms", f"""
    Пошта Србије: Пошиљка {s10('RE', 'RS')} је у пошти 11000 Београд.
""")

# ============================================================== LITHUANIAN
_lak = lt_ak()
S("lt", "form", f"""
    Registracijos forma — poliklinika (užpildyta)
    Vardas, pavardė: Rūta Kazlauskienė
    Asmens kodas: {_lak}
    Tel.: +370 612 34567
""", _lak)

_lpw = "Ruta" + d(4, "12") + "#"
S("lt", "notes", f"""
    Užrašai — "bankas"
    Swedbank slaptažodis: {_lpw}
    kortelės PIN — atmintinai
""", _lpw)

I("lt", "ocr", f"""
    OCR — sąskaita faktūra
    UAB "Statybų meistrai"   Įmonės kodas {d(9, '3')}   PVM kodas LT{d(9, '1')}17
    Serija SM Nr. 0418   Suma 312,00 €
""")

I("lt", "sms", f"""
    Omniva: Siunta {s10('CE', 'LT')} laukia paštomate Akropolis. Atrakinimo kodą gausite atskiru pranešimu.
""")

# ============================================================== ARABIZI (Latin-script Arabic)
_azw = "7ayawan" + d(3, "123456789")
S("ar-Latn", "chat", f"""
    [05/03/2025, 21:00] Karim: el password bta3 el wifi et8ayar, ba2a {_azw}
    [05/03/2025, 21:01] Youssef: tamam ya 3am, shokran
""", _azw)

_azo = d(6)
S("ar-Latn", "chat", f"""
    [06/03/2025, 10:15] Mama: el bank ba3atli code {_azo} a3mel beeh eh?
    [06/03/2025, 10:16] Nour: ma teddihoush le 7ad ya mama, ana ha3melo ma3aki lama agi
""", _azo)

I("ar-Latn", "chat", f"""
    [07/03/2025, 18:00] Omar: raqam el talab bta3 Noon N{d(11, '2')}A, w el shohna ma3 Aramex {d(11, '4')}
    [07/03/2025, 18:02] Hana: tamam, hatwsal bokra insha2allah
""")


# ============================================================== NIGERIAN PIDGIN
_bvn = ng_bvn()
S("pcm", "chat", f"""
    [05/03/2025, 20:00] Uncle Emeka: abeg send me your BVN make I link am for the loan
    [05/03/2025, 20:05] Chidi: na {_bvn} sir
    [05/03/2025, 20:06] Chidi: but dem no go do anything else with am abi?
""", _bvn)

_ngp = d(4, "123456789")
S("pcm", "call", f"""
    Call transcript (Pidgin, auto)
    MAMA: Tunde, wetin be the ATM pin again? I don forget.
    TUNDE: Mama na {_ngp}. No tell anybody o, even if dem call say na bank.
""", _ngp)

I("pcm", "sms", f"""
    Access Bank: Debit NGN 5,000.00 on 05-MAR-25 to OPay/CHIDI O. Session ID {d(30, '1')}. Bal NGN 42,110.55. No share your PIN.
""")


# ============================================================== AMHARIC

_fan = d(12, "123456789")
S("am", "form", f"""
    የምዝገባ ቅጽ (የተሞላ)
    ስም: ሄለን ተስፋዬ
    የፋይዳ ቁጥር (FIN): {grp(_fan)}
    ስልክ: 0911 23 45 67
""", grp(_fan))

I("am", "sms", f"""
    telebirr: 500.00 ብር ወደ 0911****67 ተልኳል። የግብይት ቁጥር {rs(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}። ፒንዎን ለማንም አይስጡ።
""")


# ============================================================== SPANGLISH (US, code-switching)
_sg2 = us_ssn()
S("es-en", "call", f"""
    Transcript — Medicaid renewal help line (mixed Spanish/English)
    AGENT: And the social for your son?
    CALLER: Sí, espérese... el social de Kevin es {_sg2}. ¿Lo dije bien? Yes, that's it.
    AGENT: Perfect, I'll add him to the renewal.
""", _sg2)

_zel = d(6)
S("es-en", "chat", f"""
    [3/5/25, 8:40 PM] Tía Carmen: mija me llegó un text de Zelle con un code {_zel}, ¿se lo doy al señor del Marketplace?
    [3/5/25, 8:41 PM] Daniela: NOOO tía, that's a scam, no le des nada
""", _zel)

I("es-en", "chat", f"""
    [3/7/25, 6:12 PM] Papi: el tracking del paquete de Amazon es {usps_track()}
    [3/7/25, 6:13 PM] Papi: y el order number 113-{d(7)}-{d(7)}, por si acaso
""")

I("es-en", "notes", """
    Cosas pa' la cita de inmigración
    - pasaporte (original + copia)
    - receipt notice IOE-09-123-45678 (USCIS case number)
    - fotos 2x2, $ for parking
""")


# ============================================================== varied re-framings (secrets)
_hu = d(6)
_hu_sp = "-".join(_hu)
S("hu", "call", f"""
    Hívásátirat — unoka segít a nagymamának (kihangosítva)
    NAGYMAMA: Jött egy SMS a banktól, felolvassam?
    UNOKA: Csak a kódot, mama, én írom be a gépen.
    NAGYMAMA: Jó. {_hu_sp}. Ennyi.
    UNOKA: Megvan, köszi. Ezt más kérésére soha ne mondd fel!
""", _hu_sp)

_elc = d(6)
S("el", "screen", f"""
    Περιγραφή στιγμιότυπου: οθόνη κλειδώματος Android, 09:41
    Ειδοποίηση «Μηνύματα» — Alpha Bank: «Κωδικός επιβεβαίωσης: {_elc}. Ισχύει για 3 λεπτά.»
    Από κάτω: ειδοποίηση Viber «Μαμά: πήρες ψωμί;»
""", _elc)

_tac2 = d(6)
S("ta", "tool", J({"tool": "read_notifications", "result": [
    {"app": "Messages", "from": "AX-CANBNK", "text": f"{_tac2} என்பது உங்கள் OTP. ₹8,400 பணப்பரிமாற்றத்திற்கு. 3 நிமிடங்களில் காலாவதியாகும்."},
    {"app": "WhatsApp", "from": "அக்கா", "text": "சாப்பிட்டியா?"}]}), _tac2)

_urc = d(6)
S("ur", "chat", f"""
    [07/03/25، 4:10 شام] ابو: بیٹا یہ میسج آیا ہے بینک سے، اس کا کیا کروں؟
    [07/03/25، 4:10 شام] ابو: <فارورڈ شدہ> HBL: آپ کا ون ٹائم پاس ورڈ {_urc} ہے۔ کسی کو مت بتائیں۔
    [07/03/25، 4:12 شام] علی: ابو یہ صرف آپ کے لیے ہے، میں گھر آ کر کر دوں گا
""", _urc)

_bnc = d(6)
S("bn", "call", f"""
    কল ট্রান্সক্রিপ্ট (স্বয়ংক্রিয়)
    ছেলে: মা, মেসেজে যে কোডটা এসেছে সেটা পড়ো তো।
    মা: দাঁড়া... {_bnc}। এটা কি ঠিক আছে?
    ছেলে: হ্যাঁ, আমি নিজের অ্যাপে দিচ্ছি। অন্য কেউ চাইলে দিবে না।
""", _bnc)

_thc2 = d(6)
S("th", "summary", f"""
    สรุปการสนทนา: ผู้ใช้ขอให้ช่วยผูกพร้อมเพย์กับบัญชีใหม่ ระบบส่ง OTP มาที่มือถือ ผู้ใช้พิมพ์รหัส {_thc2}
    มาในแชทเพื่อถามว่าต้องใส่ช่องไหน แนะนำให้ใส่ในแอปธนาคารเท่านั้น
""", _thc2)

_vic = d(6)
S("vi", "screen", f"""
    Mô tả ảnh chụp màn hình: cuộc trò chuyện Zalo với "Con gái"
    Con gái (20:14): "Mẹ gửi con mã vừa nhận được nhé"
    Mẹ (20:15): "{_vic}"
    Con gái (20:15): "Dạ con nhận rồi, mẹ xóa tin nhắn đi ạ"
""", _vic)

_idc = d(6)
S("id", "email", f"""
    Fwd: Kode Verifikasi Akun Anda
    ---------- Pesan yang diteruskan ----------
    Dari: Tokopedia <noreply@tokopedia.com>
    Kode verifikasi kamu: {_idc}
    Kode berlaku 5 menit. Jangan berikan kode ini kepada siapa pun.
    Budi: ini buat apa ya? tadi ada yang chat minta kode
""", _idc)

_tlc = d(6)
S("tl", "chat", f"""
    Viber export — "Ate Joy"
    [3/6/25 2:31 PM] Ate Joy: bunso, pakisabi yung dumating na code galing Maya
    [3/6/25 2:32 PM] Bunso: {_tlc} po
    [3/6/25 2:32 PM] Ate Joy: salamat! naka-login na ako
""", _tlc)

_msc = "-".join(d(6))
S("ms", "call", f"""
    Transkrip panggilan (auto)
    ANAK: Mak, baca TAC yang baru masuk tu.
    MAK: Sekejap... {_msc}. Betul ke?
    ANAK: Betul mak. Lepas ni jangan bagi sesiapa pun, walaupun dia kata dari bank.
""", _msc)

_hec = d(6)
S("he", "tool", J({"tool": "sms_inbox.list", "result": [
    {"sender": "Leumi", "body": f"קוד חד-פעמי לכניסה לאתר: {_hec}. לעולם אל תמסרו אותו."},
    {"sender": "Super-Pharm", "body": "ההזמנה שלך מוכנה לאיסוף בסניף דיזנגוף."}]}), _hec)

_yuc = d(6)
S("yue", "screen", f"""
    截圖描述：iPhone 鎖定畫面
    「訊息」中銀香港：閣下的一次性密碼為 {_yuc}，有效期5分鐘，用於轉賬HK$3,200。
    下面係 WhatsApp 通知：「阿爸：今晚返唔返嚟食飯？」
""", _yuc)

_rov = d(4, "123456789")
S("ro", "call", f"""
    Transcriere mesaj vocal (WhatsApp) — de la mama
    „Mihai, dragul mamei, ți-am lăsat cardul pe masă. Pinul e {_rov}, scoate 300 de lei pentru bunica
    și cumpără și pâine. Și șterge mesajul ăsta după, da? Pa, pa."
""", _rov)

_hrn = d(4, "123456789")
S("hr", "notes", f"""
    Bilješke — "za baku"
    - lijekovi: ponedjeljak ujutro
    - kartica Zagrebačke: PIN {_hrn}
    - račun za struju plaćen ✓
""", _hrn)

_idb = d(6, "123456789")
S("id", "call", f"""
    Transkrip panggilan (otomatis)
    BAPAK: Dewi, bapak lupa PIN BCA mobile, kamu yang simpan kan?
    DEWI: Iya pak, PIN-nya {_idb}. Tapi nanti ganti ya pak, jangan pakai tanggal lahir lagi.
    BAPAK: Iya, iya.
""", _idb)

_amn = d(4, "123456789")
S("am", "notes", f"""
    ማስታወሻ — "የአባ ነገሮች"
    - የቴሌብር ፒን: {_amn}
    - የመብራት ክፍያ እስከ 15
    - ሐኪም ሐሙስ 3 ሰዓት
""", _amn)

_urj = d(4, "123456789")
S("ur", "summary", f"""
    خلاصہ: صارف اپنے والد کا جاز کیش اکاؤنٹ چلانے میں مدد چاہتا تھا۔ والد نے ایم پن {_urj} لکھ کر بھیجا،
    بل کی ادائیگی ہو گئی۔ مشورہ دیا کہ ایم پن فوراً تبدیل کریں۔
""", _urj)

# ============================================================== varied replacements (innocents)
I("cs", "notes", f"""
    Poznámky — reklamace
    Alza objednávka 3021477193, reklamace RMA-88213
    IMEI telefonu: {imei()}
    Datum nákupu 12.11.2024, záruka 24 měs.
""")

I("nb", "call", """
    Transkripsjon — NAV kontaktsenter
    VEILEDER: Saksnummeret ditt er 25/01234-3, og journalposten er 2025-0418.
    BRUKER: Takk. Skal jeg sende inn mer dokumentasjon?
    VEILEDER: Ja, last opp lønnsslippene på nav.no innen 20. mars.
""")

I("da", "screen", f"""
    Skærmbillede beskrevet: MobilePay-kvittering
    Til: Café Norden (MobilePay Box 2{d(4)})
    Beløb: 64,00 kr   Dato: 05.03.2025 08:12
    Transaktions-ID: {hx(8).upper()}-{hx(4).upper()}-{hx(4).upper()}
""")

I("fi", "ocr", f"""
    OCR — e-reseptin yhteenveto (apteekki)
    Burana 600 mg tabl. 30 kpl   Vnr {d(6, '0')}
    Kela-korvaus 40 %   Asiakkaan osuus 4,12 €
    Reseptin tunniste 1{d(3)}AB{d(6)}   Toimitettu 14.3.2025
""")

_asice = hashlib.sha256(b"leping_2025_03.asice").hexdigest()
I("et", "email", f"""
    Fwd: Üürileping allkirjastamiseks
    > Manuses leping_2025_03.asice, mõlemad allkirjad olemas.
    > Konteineri SHA-256: {_asice}
    > Dokumendi nr EA-2025-0418
    Mina: kas see on turvaline avada?
""")

_elmu = iban("HU", "10700024" + d(15) + "0")
I("hu", "notes", f"""
    Jegyzetek — csekkek
    ELMŰ áramszámla: vevőazonosító 30018822, fizetés a számlán lévő céges számlára ({_elmu[:4]} …)
    Ügyfélkapu+ regisztráció kész — a jelszót NEM írom ide
    NAV SZJA bevallás: 25SZJA nyomtatvány
""")

I("ro", "call", f"""
    Transcriere — apel eMAG
    OPERATOR: Îmi spuneți numărul comenzii?
    CLIENT: Da, 4182 2219 07... adică 418221907.
    OPERATOR: Mulțumesc. Produsul vine joi, AWB {d(13, '2')}, plata ramburs 0 lei.
""")

I("el", "screen", f"""
    Περιγραφή στιγμιότυπου: ηλεκτρονικό εισιτήριο πλοίου (Πειραιάς → Νάξος)
    Κωδικός κράτησης: BLX7Q2   Αρ. εισιτηρίου: {d(13, '7')}
    Αναχώρηση 07:25, 18/06/2025 — Κατάστρωμα, Θέση 4C
""")

I("ru", "summary", """
    Итог сессии: пользователь сам ввёл код из SMS на сайте Госуслуг, в переписке код не появлялся.
    Номер заявления 4471-2209-7781, срок рассмотрения 5 рабочих дней. Напомнить 20.03.
""")

I("uk", "screen", """
    Опис скріншоту: застосунок «Дія», картка «Паспорт громадянина України»
    Номер документа приховано (•••• 4471). Унизу: «QR-код оновлюється кожні 3 хвилини».
    Кнопка «Поділитися копією» неактивна.
""")

I("ar", "tool", J({"tool": "flight_status", "result": {"pnr": "XQ7M2K", "ticket": f"065-{d(10, '2')}", "flight": "SV1021", "from": "RUH", "to": "JED", "dep": "2025-03-18T06:45+03:00", "seat": "23A"}}))

I("he", "call", """
    תמלול שיחה — שירות לקוחות סלקום
    נציג: מספר ההזמנה שלך הוא 4471-2209, ומספר התיק אצלנו 88213.
    לקוחה: ומתי יגיע הטכנאי?
    נציג: ביום שלישי בין 8 ל-12.
""")

I("fa", "notes", f"""
    یادداشت — قبض‌ها
    قبض برق: شناسه قبض {d(13, '1')}   شناسه پرداخت {d(10, '1')}
    قبض گاز: پرداخت شد، کد پیگیری {d(12, '1')}
    خرید: نان، پنیر، سبزی
""")

I("hi", "screen", f"""
    स्क्रीनशॉट विवरण: DigiLocker ऐप — आधार कार्ड
    आधार संख्या: XXXX XXXX {d(4)} (मास्क किया गया)
    जारी करने की तिथि: 12/06/2019   दस्तावेज़ सत्यापित ✓
""")

I("bn", "call", f"""
    কল ট্রান্সক্রিপ্ট — বিকাশ হেল্পলাইন
    এজেন্ট: আপনার লেনদেনের TrxID বলুন।
    গ্রাহক: {rs(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}, সাতশো টাকা পাঠানো হয়েছিল।
    এজেন্ট: ধন্যবাদ, ২৪ ঘণ্টার মধ্যে সমাধান হবে।
""")

I("ta", "tool", J({"tool": "eb_bill_lookup", "args": {"service_no": f"09-{d(3)}-{d(3)}-{d(3)}", "region": "Chennai South"}, "result": {"amount_inr": 1180, "due": "2025-03-20", "status": "unpaid"}}, ))

I("ur", "notes", f"""
    نوٹس — بل
    بجلی کا بل: ریفرنس نمبر {d(2, '0')} {d(5)} {d(7)} U
    آخری تاریخ: 20 مارچ
    سودا: آٹا، چینی، دودھ
""")

I("zh", "screen", f"""
    截图描述：支付宝账单详情
    商户：瑞幸咖啡   金额：-19.90
    交易号：2025031422001{d(15)}
    商家订单号：{d(20, '1')}
""")

I("yue", "notes", f"""
    備忘 —— 泊車
    車牌 WX 4471
    停車場收據 交易編號 {d(12, '6')}
    下次記得帶八達通，唔好用信用卡
""")

I("ja", "call", f"""
    通話記録（自動文字起こし）— ホテル予約センター
    オペレーター：ご予約番号は {d(10, '1')} でございます。
    お客様：会員番号も必要ですか？
    オペレーター：いいえ、お名前とご予約番号で大丈夫です。チェックインは15時からです。
""")

I("ko", "screen", f"""
    스크린샷 설명: 토스 송금 완료 화면
    받는 분: 김*진 (국민 ****-**-**{d(4)})
    금액: 50,000원   거래번호: {d(16, '2')}
    메모: 3월 회비
""")

I("vi", "tool", J({"tool": "grab_booking_lookup", "result": {"booking_id": f"A-{rs(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}", "pickup": "Bến Thành", "fare_vnd": 86000, "driver_plate": "51G-123.45"}}))

I("th", "notes", f"""
    โน้ต — ของที่สั่ง
    Lazada เลขคำสั่งซื้อ {d(15, '1')}
    เลขพัสดุ Flash TH{d(11, '1')}{rs(1, 'ABCDEFGHJK')}
    ร้านค้าบอกให้โอนผ่าน QR หน้าร้านเท่านั้น
""")

I("id", "screen", f"""
    Deskripsi tangkapan layar: stiker QRIS di warung
    Nama merchant: WARUNG BU SRI   NMID: ID10{d(11)}
    Terminal: A01   "Scan untuk bayar"
""")

I("tl", "call", f"""
    Call transcript — LBC hotline
    AGENT: Ano po ang tracking number?
    CUSTOMER: {d(12, '1')} po. Padala ng kapatid ko galing Dubai.
    AGENT: Nasa Pasig branch na po, pwede na i-pick up bukas.
""")

I("sw", "ocr", f"""
    OCR — tiketi ya Madaraka Express (SGR)
    Nairobi Terminus → Mombasa Terminus   05/03/2025 08:00
    Tiketi Na. {d(10, '1')}   Behewa 4   Kiti 57   Daraja: Economy
    Bei: KSh 1,500
""")

I("ar-Latn", "notes", """
    notes — el shaqa el gdida
    el wifi esmo "WE_8F2A1C", el password maktoob wara el router
    3adad el kahraba raqam 22045118 (el serial)
    ma3ad el sabbak el kharis 10 sob7
""")

I("pcm", "ocr", f"""
    OCR — POS receipt
    MERCHANT: MAMA NKECHI PROVISIONS   TERMINAL ID: 2057{rs(4, UPD)}
    RRN: {d(12, '0')}   STAN: {d(6, '0')}   AUTH: {d(6)}
    CARD: 506099******{d(4)}   AMOUNT: NGN 7,450.00   APPROVED
""")

I("am", "ocr", f"""
    OCR — ደረሰኝ
    አበበ ሱቅ   TIN: {d(10, '0')}
    ደረሰኝ ቁ. 0418   ጠቅላላ: 1,250.00 ብር
""")

# extra innocents for smaller blocks
I("hr", "screen", f"""
    Opis snimke zaslona: aplikacija HEP Elektra — račun za veljaču
    Broj obračunskog mjernog mjesta: {d(10, '0')}
    Iznos: 48,12 EUR   IBAN primatelja: HEP ELEKTRA d.o.o. (vidi uplatnicu)
""")

I("sr", "call", """
    Транскрипт — позив курирској служби
    ОПЕРАТЕР: Реците ми број пошиљке.
    КЛИЈЕНТ: РЕ двеста шездесет… RE 26 117 447 3 RS.
    ОПЕРАТЕР: Хвала, пакет стиже сутра до 14 часова.
""")

I("lt", "email", f"""
    Fwd: Jūsų užsakymas pateiktas
    > Užsakymo nr. PIG-{d(8)}   Suma: 84,90 €
    > Pristatymas į paštomatą „Akropolis“, sekimo nr. {d(14, '1')}
    > Apmokėta kortele ****4471
""")

I("ms", "chat", f"""
    [05/03/2025, 20:30] Kak Long: no tracking Shopee tu SPXMY{d(12, '0')}
    [05/03/2025, 20:31] Adik: ok, order ID {d(6)}{rs(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')} kan?
    [05/03/2025, 20:31] Kak Long: ya betul
""")


# ============================================================== extra hard innocents (forms/chats)
_glid = sepa_creditor_id()
I("de", "form", f"""
    Aufnahmeantrag TSV Eintracht (ausgefüllt, abfotografiert)
    Name: Finn Bauer   Geb.: 14.02.2015   Abteilung: Fußball U10
    Mitgliedsbeitrag: 8,00 € / Monat per SEPA-Lastschrift
    Gläubiger-Identifikationsnummer des Vereins: {_glid}
    Mandatsreferenz: TSV-2025-00418   IBAN des Kontoinhabers: siehe separates Mandat (Original im Briefkasten)
""")

I("pl", "form", f"""
    Formularz reklamacyjny (wypełniony)
    Nr zamówienia: 9c4e2007-{d(4)}   Nr faktury: FV/0418/03/2025
    Sprzedawca: Elektro-Max Sp. z o.o., NIP {pl_nip()}, REGON {pl_regon()}
    Opis wady: pralka nie odwirowuje   Numer seryjny: {rs(2, 'ABCDEFGHJK')}{d(10)}
""")

_bik, _ks = ru_bik_corr()
I("ru", "form", f"""
    Реквизиты для оплаты кружка (с сайта школы, пользователь вставил в анкету)
    Получатель: МБОУ «Школа № 1418»   ИНН {ru_inn10()}   КПП 771801001
    Банк: ГУ Банка России по ЦФО   БИК {_bik}   Корр. счёт {_ks}
    Назначение: «Робототехника, март, ФИО ребёнка»
""")

I("ko", "chat", f"""
    카카오톡 대화 내보내기
    2025년 3월 6일 오후 7:02, 아빠 : 택배 왔니? 운송장번호 {d(12, '6')}
    2025년 3월 6일 오후 7:05, 지훈 : 네 경비실에 있대요. 주문번호는 {d(16, '2')} 맞죠?
    2025년 3월 6일 오후 7:06, 아빠 : 응 맞아
""")


# ============================================================== integrity
_ids = [s.id for s in SECRETS] + [i.id for i in INNOCENT]
assert len(_ids) == len(set(_ids)), "ids must be unique"
for _s in SECRETS:
    assert _s.secret and _s.secret in _s.text, _s.id
    assert 1 <= len(_s.text.splitlines()) <= 12, _s.id
for _i in INNOCENT:
    assert 1 <= len(_i.text.splitlines()) <= 12, _i.id
