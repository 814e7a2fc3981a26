"""Small lexicons of meaning, across the languages trajectories come in: what a secret is called.

Each lexicon is one meaning (a one-time code, a password, a PIN, what a code opens, "is") spelled in
the ~25 languages people write to agents in (said.py's concepts, at the end, in about forty); the
mechanisms that read a told value (wire.py's told codes, told.py's asked-then-told turns, national_ids.py's
labelled ids, said.py's clauses, labels and messages) use them instead of a phrase per language. The
words are lower case, as the rules read the lower-cased text; words of scripts without case (CJK,
Arabic, Hebrew, Devanagari, Thai) are matched as they are.
"""

# ruff: noqa: RUF001  (words of other scripts look like Latin letters to ruff)
from __future__ import annotations

import re

# a code sent to prove one sign-in or one payment: "verification code", "TAN", "验证码", "رمز التحقق"
ONE_TIME = (
    *("kode verifikasi", "kode otp", "kode aktivasi", "kode keamanan", "kode konfirmasi"),  # Indonesian, Malay
    *("mã otp", "ma otp", "mã xác nhận", "ma xac nhan", "ma xac thuc", "ma xac minh"),  # Vietnamese
    *("engångskod", "engangskode", "engangskoden", "verifieringskod", "bekräftelsekod", "sikkerhedskode"),
    *("vahvistuskoodi", "kertakäyttökoodi", "kertakoodi", "tunnuskoodi", "ellenőrző kód", "egyszer használatos"),
    *(
        "kod weryfikacyjny",
        "kod sms",
        "kod jednorazowy",
        "kod autoryzacyjny",
        "kod blik",
        "jednorázový kód",
        "ověřovací kód",
        "potvrzovací kód",
    ),
    *("одноразовый код", "код из смс", "код із смс", "код підтвердження", "одноразовий код"),
    *("tek kullanımlık", "onay kodu", "güvenlik kodu", "sms kodu", "κωδικός επαλήθευσης", "κωδικός μιας χρήσης"),
    *("校验码", "动态码", "动态密码", "短信码", "認證碼", "驗證碼", "ワンタイムパスワード", "確認番号", "認証番号"),
    *("인증 번호", "보안코드", "رمز التأكيد", "رمز التفعيل", "كود التحقق", "رمز الدخول", "رمز التحقق"),
    *("যাচাই কোড", "যাচাইকরণ কোড", "ভেরিফিকেশন কোড", "ওটিপি"),  # Bengali
    *("קוד אימות", "קוד חד פעמי", "קוד האימות", "सत्यापन कोड", "ओटीपी", "वन टाइम पासवर्ड", "รหัส otp", "รหัสยืนยัน"),
    *("codice otp", "código otp", "code otp", "otp-code", "tan-nummer", "pushtan", "phototan", "chiptan"),
    *("code à usage unique", "code a usage unique", "codice monouso", "eenmalige code", "einmalcode"),
    *("einmalpasswort", "kertakäyttöinen koodi", "jednorazowy kod", "kod jednorázový"),
)
# a lock with a combination, in other languages: a padlock, a bike's or a locker's lock
PADLOCKS = (
    *("cadenas", "candado", "lucchetto", "cadeado", "vorhängeschloss", "fahrradschloss", "zahlenschloss"),
    *("hangslot", "fietsslot", "cijferslot", "hänglås", "hengelås", "riippulukko", "kłódka", "kłódki"),
    *("asma kilit", "bisiklet kilidi", "南京錠", "ダイヤル錠", "密码锁", "自行车锁", "자물쇠", "자전거 자물쇠"),
    *("قفل", "מנעול", "ổ khóa", "khóa số", "gembok", "λουκέτο"),
)
# what every word above holds: the one-time rule's gates (fewer substring tests than one per word)
ONE_TIME_GATES = (
    *("kod", "koodi", "otp", "pushtan", "phototan", "chiptan", "tan-nummer", "ma xac", "mã xác", "usage unique"),
    *("monouso", "eenmalig", "einmal", "engång", "kertakäyttö", "ellenőrző", "egyszer", "kód", "код"),
    *(
        "校验码",
        "动态",
        "短信码",
        "認證碼",
        "驗證碼",
        "ワンタイム",
        "確認番号",
        "認証番号",
        "인증",
        "보안코드",
    ),
    *("رمز", "كود", "קוד", "सत्यापन", "ओटीपी", "वन टाइम", "รหัส", "κωδικός", "tek kullanım", "onay kodu"),
    *("güvenlik kodu", "sms kodu", "কোড", "ওটিপি"),
)
# "is" and what says a value follows it: "lautet", "est", "是", "は", "هو", "là", "adalah", "είναι"
COPULAS = (
    *("is", "was", "are", "est", "es", "ist", "lautet", "é", "è", "jest", "to", "är", "er", "olarak"),
    *("это", "є", "е", "是", "为", "為", "は", "が", "هو", "هي", "là", "adalah", "ialah", "yaitu", "είναι"),
    *("היא", "הוא", "है", "คือ", "zijn", "blir", "wynosi", "brzmi", "zní", "je", "lautete", "sind"),
    *("був", "була", "було", "был", "была", "было", "był", "była", "byl", "byla", "var", "oli", "était", "era"),
)
# what a code opens: a door, a gate, an entrance, an alarm, a lock, a key box, in other languages
# (stems: an inflected Finnish or Polish word keeps its start)
OPENS_ABROAD = (
    *("porta", "portone", "cancello", "allarme", "antifurto", "alarma", "alarme", "alarmanlage", "portón"),
    *("portail", "portier", "digicode", "haustür", "eingang", "schlüsselkasten", "schlüsseltresor", "tresor"),
    *("deur", "voordeur", "sleutelkastje", "kluis", "dörr", "porten", "dør", "nyckelbox", "nøkkelboks"),
    *("lukkolaatik", "avainlaatik", "ovikoodi", "hälytin", "drzwi", "domofon", "sejf", "alarmu", "kłódk"),
    *("дверь", "двери", "домофон", "подъезд", "сигнализац", "сейф", "kapı", "kapının", "alarmı", "kasa"),
    *("πόρτα", "είσοδο", "συναγερμ", "门禁", "门锁", "大门", "保险箱", "ドア", "玄関", "オートロック", "金庫"),
    *("현관", "공동현관", "도어락", "대문", "금고", "باب", "البوابة", "المدخل", "الخزنة", "דלת", "כניסה"),
    *("אזעקה", "כספת", "दरवाज", "ताला", "ประตู", "cửa", "cổng", "két sắt", "pintu", "gembok", "brankas", "kilit"),
    # a garage, a keypad, a gate, a locker in Hindi, Japanese, Korean
    *("गैराज", "गेराज", "कीपैड", "गेट", "लॉकर", "ガレージ", "キーパッド", "ロッカー", "차고", "키패드", "사물함"),
)
# "code" in other scripts and languages than wire.py's Latin ones
# (not 码 or コード alone: 代码 is a program's code, エラーコード an error's; 密码, 验证码, 暗証番号 are listed)
CODE_ABROAD = ("رمز", "كود", "קוד", "कोड", "暗証番号", "코드", "mã", "κωδικός", "รหัส")
# an error, a failure, in other languages: a code said near one is the error's
FAILURE_ABROAD = (
    *("错误", "錯誤", "エラー", "오류", "에러", "ошибк", "помилк", "hata", "lỗi", "خطأ", "שגיאה", "त्रुटि"),
    *("σφάλμα", "błąd", "błęd", "virhe", "felkod", "feilkode", "fejlkode", "erro ", "errore", "erreur", "fehler"),
)
# a password, in the languages and scripts wire.py's Latin list lacks
PASSWORD_ABROAD = (
    *("密码", "密碼", "口令", "パスワード", "暗証番号", "비밀번호", "비번", "암호", "كلمة المرور", "كلمة السر"),
    *("סיסמה", "סיסמא", "पासवर्ड", "mật khẩu", "mat khau", "kata sandi", "şifre", "sifre", "jelszó"),
    *("κωδικός πρόσβασης", "รหัสผ่าน", "lozinka", "geslo", "parool", "salasana", "lösenord", "passord"),
    # Turkish says whose with a suffix: "şifresi", "şifreniz"
    *("şifresi", "şifreniz", "şifren", "sifresi"),
)
# a PIN in other scripts
PIN_ABROAD = ("पिन", "पिन नंबर", "ПИН", "пин-код", "пін-код", "핀번호", "رقم سري", "الرقم السري", "קוד סודי")


_Trie = dict[str, "_Trie"]


def alternation(words: tuple[str, ...], space: str = r"[ \t]+") -> str:
    """A regex that matches any of `words` (lower-cased), built as a trie: at each position the engine
    follows one branch per character instead of trying every word (a long list costs what a short one
    does); a longer word wins over its prefix. A space in a word matches `space`."""
    trie: _Trie = {}
    for word in {w.lower() for w in words}:
        node = trie
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}
    return _branch(trie, space) or "(?!)"


def _branch(node: _Trie, space: str) -> str:
    ends = "" in node
    alternatives = [(space if c == " " else re.escape(c)) + _branch(node[c], space) for c in sorted(node) if c]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if ends:
        return f"(?:{body})?"
    return body


# -- concepts a value is told by (said.py), in about forty languages ----------------------------------
# Written from general knowledge of the languages, not from any corpus's sentences. A word matches at a
# word's start (an inflection or an article after it is allowed: `hasła`, `portkoden`, `PIN-kódja`);
# words of scripts without spaces (Han, kana, Thai) match anywhere.

# a password, a passphrase, a Wi-Fi key: told, its value has a password's shape (or digits right after
# a word that introduces it)
PASSWORD_CONCEPT = (
    *("password", "passwd", "passphrase", "passcode", "pass code", "pass phrase", "wifi key", "wi-fi key"),
    *("network key", "wlan key", "wpa key", "wpa2 key", "security key"),
    # a key two ends share (a VPN's PSK), in other languages too
    *("code word", "codeword", "кодовое слово", "кодове слово", "kodeord", "رمز ورود", "heslem", "heslu"),
    *("shared key", "shared secret", "pre-shared key", "спільний ключ", "общий ключ"),
    *("gemeinsamer schlüssel", "clé partagée", "clave compartida", "chiave condivisa", "klucz współdzielony"),
    # the Arabic, Hebrew and Persian words as people write them (no article, construct state)
    *("كلمة سر", "كلمه سر", "كلمة مرور", "סיסמת", "رمز اینترنت", "رمز اینترنتی"),
    # a licence's or a product's key: what unlocks software, as a password does
    *("license key", "licence key", "product key", "serial key", "activation key", "registration key"),
    *("lizenzschlüssel", "produktschlüssel", "clé de licence", "clé de produit", "clave de licencia"),
    *("chave de licença", "chiave di licenza", "licentiesleutel", "ライセンスキー", "プロダクトキー", "许可证密钥"),
    *("passwort", "kennwort", "wlan-schlüssel", "netzwerkschlüssel", "mot de passe", "clé wifi", "clé wi-fi"),
    *("clef wifi", "clé wpa", "contraseña", "contrasena", "contrasenya", "contrasinal", "pasahitza", "senha"),
    *("palavra-passe", "palavra passe", "chave wifi", "chave do wifi", "clave wifi", "clave del wifi"),
    *("parola d'ordine", "chiave wifi", "wachtwoord", "wagwoord", "lösenord", "losenord", "passord"),
    *("adgangskode", "kodeord", "salasana", "lykilorð", "hasło", "haslo", "hasła", "hasłem", "heslo", "hesla"),
    *("geslo", "lozinka", "lozinku", "šifra", "jelszó", "jelszo", "jelszava", "parolă", "parola", "parool"),
    *("salasõna", "parole", "slaptažodis", "fjalëkalim", "cyfrinair", "pasfhocal", "şifre", "sifre", "şifrə"),
    *("parol", "пароль", "пароля", "паролем", "парола", "лозинка", "құпиясөз", "нууц үг", "κωδικός πρόσβασης"),
    *("συνθηματικό", "סיסמה", "סיסמא", "הסיסמה", "كلمة المرور", "كلمة السر", "رمز عبور", "گذرواژه", "پسورد"),
    *("پاس ورڈ", "पासवर्ड", "कूटशब्द", "পাসওয়ার্ড", "கடவுச்சொல்", "పాస్‌వర్డ్", "പാസ്‌വേഡ്", "პაროლი"),
    *("lösen", "losen", "lösenfras", "รหัส wi-fi"),
    # what a bank's app or a card calls its PIN or password in Spanish, French, Hausa, Khmer
    *(
        "clave",
        "code secret",
        "código secreto",
        "lambar sirri",
        "លេខសម្ងាត់",
    ),  # Swedish's short form; Thai's Wi-Fi password with its hyphen
    *("գաղտնաբառ", "รหัสผ่าน", "รหัสไวไฟ", "รหัส wifi", "รหัสwifi", "mật khẩu", "mat khau", "kata sandi"),
    *("kata laluan", "kata kunci", "nenosiri", "neno siri", "nywila", "የይለፍ ቃል", "ពាក្យសម្ងាត់", "စကားဝှက်"),
    *("ລະຫັດຜ່ານ", "මුරපදය", "密码", "密碼", "口令", "パスワード", "合言葉", "비밀번호", "비번", "암호"),
    *("የይለፍ ቃሉ",),  # Amharic, with its article
    *("paswọọdụ", "paswọdụ", "pass wifi", "pass wi-fi", "mk wifi"),  # Igbo; Vietnamese says "pass wifi"
    # short forms, and the loanword as other scripts and romanisations spell it (Japanese, Greek, Yoruba, Tamil)
    *("ww", "ramz", "furaha sirta", "gaghtnabar", "gaghtnabary"),  # Dutch's short form; transliterated ones
    *("pw", "pwd", "pasuwaado", "pasuwādo", "kodikos", "kwdikos", "igbaniwọle", "pásíwọ̀dù", "pasiwodu", "பாஸ்வேர்டு"),
    *("பாஸ்வேர்ட்", "पासवर्ड", "পাসওয়ার্ড", "పాస్వర్డ్", "ಪಾಸ್‌ವರ್ಡ್", "പാസ്‌വേർഡ്"),  # the loanword as Indian scripts spell it
)
# a card "ending in" its last four digits: which card (said.py, wire.py pass its number over)
CARD_ENDING = (
    *("ending", "ends", "endet", "endend", "termina", "terminada", "terminando", "terminant", "finissant"),
    *("finit", "termine", "terminante", "kończącej", "kończąca", "kończy", "eindigend", "eindigt", "slutar"),
    *("slutter", "päättyy", "končí", "končící", "заканчивается", "оканчивающейся", "закінчується", "biter"),
)
CARD_ENDING_IN = ("in", "en", "em", "auf", "på", "op", "na", "на", "con", "with", "par", "por", "mit")
# what names a value a digest of something (said.py, shapes.py and values.py each add the words of their context:
# a commit, a revision, an ETag, an `integrity` field)
DIGEST_WORDS = (
    "sha",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "md5",
    "checksum",
    "hash",
    "digest",
    "fingerprint",
)
# a lock's combination: a code on its own (digits, or a dial's numbers `10-09-28`)
COMBINATION_CONCEPT = (
    *("combination", "combo", "kombination", "kombinationen", "kombinace", "kombinaci", "kombinacja", "kombinację"),
    *("combinación", "combinacion", "combinaison", "combinazione", "combinação", "combinatie", "kombinasjon"),
    *("kombinasjonen", "yhdistelmä", "kombináció", "kombinasyon", "комбинация", "комбинацию", "комбінація"),
    *("συνδυασμός", "צירוף", "الرقم السري للقفل", "暗码", "番号錠の番号", "비밀번호 조합"),
)
# a licence on its own ("License: XXXX-…"): its value counts only as a key in groups (said.py)
LICENCE_CONCEPT = (
    *("license", "licence", "lizenz", "licencia", "licença", "licenza", "licencja", "licentie", "licens"),
    *("lisenssi", "licenc", "licență", "лицензия", "ліцензія", "άδεια χρήσης", "ライセンス", "라이선스", "许可证"),
)
# a machine-made key or token: told, its value is a random run (a hex key, a base64 or base32 secret)
# (English's words: inflected, they are other words: `tokenizer`, `secretary`, `keyboard`)
KEY_CONCEPT_ENGLISH = (
    *("api key", "api-key", "apikey", "access key", "secret key", "client secret", "app secret", "appsecret"),
    *("token", "access token", "api token", "auth token", "refresh token", "bearer token", "secret", "private key"),
)
KEY_CONCEPT = (
    *KEY_CONCEPT_ENGLISH,
    *("clave de api", "clave api", "clave de la api", "clé api", "clé d'api", "chiave api", "api-schlüssel"),
    *("api-nyckel", "api-nøgle", "api-nøkkel", "api-avain", "api-kulcs", "klucz api", "cheia api", "api-klíč"),
    *("api-sleutel", "sleutel", "nyckel", "nyckeln", "nøgle", "nøkkel", "avain", "avaimen", "avaimella", "klucz"),
    *("ключ", "ключа", "токен", "anahtar", "anahtarı", "chave", "chave de api", "chiave", "schlüssel"),
    *("κλειδί", "מפתח", "مفتاح", "کلید", "कुंजी", "密钥", "秘钥", "令牌", "キー", "トークン", "키", "토큰", "kunci"),
    *("توکن", "توكن", "טוקן", "टोकन", "โทเค็น", "τεκμήριο", "токена", "токеном"),  # a token, in other scripts
    *("jeton", "jetons", "gettone", "ficha de acceso"),  # a token in French, Italian, Spanish
    # what recovers an account or a disk: a recovery key (Apple's, BitLocker's, a password manager's)
    *("recovery key", "wiederherstellungsschlüssel", "clé de récupération", "clave de recuperación"),
    *(
        "chave de recuperação",
        "herstelsleutel",
        "återställningsnyckel",
        "gjenopprettingsnøkkel",
    ),  # a token in French, Italian, Spanish
    *("kulcs", "kulcsa", "kulcsot", "klíč", "kľúč", "ključ", "cheie", "cheia", "võti", "raktas", "atslēga"),  # key
)
# a PIN: told, its value is 4 to 8 digits
PIN_CONCEPT = (
    *("pin", "pin code", "pin-code", "pincode", "pin-kode", "pinkode", "pinkod", "pin-kod", "pin-kód", "pin kód"),
    *("pin1", "pin2", "puk1", "puk2"),  # an ID card's two PINs (signing and authenticating), a SIM's
    *(
        *("ፒን", "పిన్", "પિન", "ਪਿੰਨ"),  # Amharic, Telugu, Gujarati, Punjabi
        "mpin",
        "m-pin",
        "pin-koodi",
        "pin-koodin",
        "tunnusluku",
        "personal code",
        "geheimzahl",
        "code pin",
        "código pin",
        "codice pin",
    ),
    *("numéro pin", "número pin", "mã pin", "số pin", "nip", "пин", "пин-код", "пінкод", "пін", "пін-код", "пин код"),
    *("κωδικός pin", "קוד סודי", "رقم سري", "الرقم السري", "رمز کارت", "رمز دوم", "पिन", "পিন", "핀번호", "핀 번호"),
    *("پن", "اے ٹی ایم پن", "پن کوڈ"),  # Urdu
    *("暗証番号", "支付密码", "支付密碼", "取款密码", "银行卡密码", "รหัส pin", "รหัสเอทีเอ็ม", "nambari ya siri"),
    # a card's PIN in French ("code confidentiel"), Swahili as spoken, Zulu, Xhosa
    *("code confidentiel", "namba ya siri", "namba yangu ya siri", "iphinikhodi", "inombolo yemfihlo"),
    # Japanese's PIN in romaji, Hebrew's "the secret code" (Tamil's `பின்` is also India's postal code: not here)
    *("anshou bangou", "anshō bangō", "ansho bango", "הקוד הסודי"),
)
# a one-time code, a card's security digits: told, its value is digits (a card's 3 or 4)
OTP_CONCEPT = (
    *("otp", "one-time code", "one time code", "one-time password", "verification code", "login code"),
    *("2fa code", "sms code", "security code", "tan", "m-tan", "mtan", "sms-tan", "smstan"),  # a bank's TAN
    *("tac", "kod tac", "codul de verificare", "codul primit", "رمز پویا", "رمز یکبار مصرف", "msimbo wa uthibitisho"),
    *("bestätigungscode", "sicherheitscode", "code de vérification", "code de confirmation", "code de sécurité"),
    *("código de verificación", "código de verificação", "código de seguridad", "código de segurança"),
    *("codice di verifica", "codice di sicurezza", "verificatiecode", "beveiligingscode", "bekräftelsekod"),
    *("verifieringskod", "bekræftelseskode", "vahvistuskoodi", "turvakoodi", "kod weryfikacyjny", "kod blik"),
    *("blik", "blikiem", "ověřovací kód", "overovací kód", "ellenőrző kód", "biztonsági kód", "cod de verificare"),
    *("doğrulama kodu", "код подтверждения", "проверочный код", "код підтвердження", "κωδικός επαλήθευσης"),
    *("קוד אימות", "رمز التحقق", "كود التحقق", "کد تایید", "کد تأیید", "کد یکبار مصرف", "सत्यापन कोड", "ओटीपी"),
    *("ভেরিফিকেশন কোড", "যাচাইকরণ কোড", "ওটিপি", "验证码", "驗證碼", "認証コード", "確認コード", "인증번호"),
    *("인증 번호", "รหัส otp", "รหัสยืนยัน", "mã xác nhận", "mã xác thực", "kode verifikasi", "kode otp"),
    *("nambari ya uthibitisho", "cvv", "cvc", "cvv2", "csc", "card verification"),
    # an account's backup or recovery code, each good once
    *("backup code", "recovery code", "backup-code", "резервний код", "резервный код", "kod zapasowy"),
    *("code de secours", "code de récupération", "código de respaldo", "código de recuperación"),
    *("código de recuperação", "wiederherstellungscode", "kod odzyskiwania", "codice di backup"),
    # a card's security code by where it is printed
    *("code on the back", "numbers on the back", "digits on the back", "number on the back"),
)
# what a code opens: a door, a gate, an alarm, a safe, a lock (stems: `portkod`, `ovikoodi`, `Tresor`)
OPENS_CONCEPT = (
    *("door", "front door", "gate", "entry", "entrance", "access", "keypad", "garage", "alarm", "safe"),
    *("lockbox", "key box", "keybox", "key safe", "padlock", "locker", "building", "intercom", "buzzer", "tastierino"),
    # a key box or cabinet, a keypad, in other languages
    *("boîte à clés", "boite à clés", "boîte à clé", "caja de llaves", "cajetín", "teclado", "cassetta delle chiavi"),
    *("nøkkelskap", "nøkkelboks", "nyckelskåp", "nyckelbox", "avainkaappi", "avainboksi", "sleutelkluis"),
    *("skrytka na klucze", "sejf na klucze", "hangar", "القفل", "قفل", "klíče", "trezor na klíče"),
    # a parcel locker's pickup, an alarm disarmed, a bank card's code
    *("pickup", "pick-up", "collection", "odbioru", "abholung", "retrait", "recogida", "ritiro", "afhaal"),
    *("antifurto", "disinserimento", "desarme", "désarmement", "dankort", "bankkort", "bankkarte", "gift card"),
    *("laundry", "storage", "cellar", "tvättstuga", "förråd", "vaskeri", "keller", "cave", "trastero", "cantina"),
    *("tür", "haustür", "tor", "zugang", "eingang", "alarmanlage", "tresor", "safe", "schlüsselkasten"),
    *("porte", "portail", "digicode", "accès", "alarme", "coffre", "puerta", "portal", "portón", "acceso"),
    *("alarma", "caja fuerte", "portão", "porta", "acesso", "cofre", "portone", "cancello", "accesso"),
    *("allarme", "cassaforte", "deur", "voordeur", "poort", "toegang", "kluis", "fietsenstalling", "port"),
    *("portkod", "dörr", "larm", "kassaskåp", "dør", "adgang", "ovi", "portti", "hälytys", "kassakaappi"),
    *("drzwi", "brama", "bramy", "furtka", "domofon", "alarm", "sejf", "dveře", "vrata", "trezor", "kapı"),
    *("alarmı", "kasa", "дверь", "двери", "домофон", "подъезд", "калитк", "ворот", "сигнализац", "сейф"),
    *("двері", "дверей", "під'їзд", "πόρτα", "εισόδου", "συναγερμ", "χρηματοκιβώτιο", "דלת", "כניסה"),
    *("אזעקה", "כספת", "باب", "البوابة", "الخزنة", "در ", "درب", "گاوصندوق", "दरवाज", "गेट", "तिजोरी"),
    *("দরজা", "门", "門", "保险箱", "保險箱", "ドア", "オートロック", "金庫", "玄関", "현관", "도어", "대문", "금고"),
    *("cửa", "cổng", "két", "pintu", "gerbang", "brankas", "ประตู", "ตู้เซฟ", "mlango", "lango", "sefu"),
    # a network a code lets one on: the router, the (French ISP's) box, the Wi-Fi
    *("router", "routeur", "box", "modem", "wifi", "wi-fi", "wlan", "lock", "locks"),
    # a door, a gate, an entrance, a stairwell, a key box in the languages above lacked (Catalan, Danish,
    # Estonian, Latvian, Lithuanian, Icelandic, Romanian, Hungarian, Slovak, Croatian, Albanian, Tagalog,
    # Armenian, Georgian, Urdu, Swahili, Arabic as written in Latin letters)
    *("porteria", "entrada", "nøgleboks", "nøgleskab", "hoveddør", "opgang", "opgangsdør", "uks", "ukse", "värav"),
    *("trepikoda", "trepikoja", "durvis", "vārti", "durys", "vartai", "hurð", "hlið", "lyklabox", "ușa", "ușă"),
    *("poarta", "interfon", "ajtó", "kapu", "kaputelefon", "dvere", "brána", "vchod", "ulaz", "ulazna"),
    *("dera", "derës", "pinto", "pintuan", "geyt", "դուռ", "դռան", "մուտք", "մուտքի", "კარი", "კარის"),
    *("დარბაზ", "دروازہ", "دروازے", "geti", "bawabe", "bawaba", "el bab"),
    # a mailbox's lock, a storage unit's, a phone's screen-time restriction: what a short code opens too
    *("mailbox", "letterbox", "briefkasten", "boîte aux lettres", "buzón", "storage unit", "screen time"),
)
# signing in, verifying, a text message: a code said with one of these is a one-time code
SIGN_IN_CONCEPT = (
    *("sign in", "signing in", "sign-in", "log in", "logging in", "log-in", "login", "verify", "verification"),
    *("two-factor", "2fa", "sms", "text message", "authenticator", "anmeldung", "anmelden", "einloggen"),
    *("connexion", "connecter", "iniciar sesión", "inicio de sesión", "iniciar sessão", "accedere", "l'accesso"),
    *("logowani", "zalogow", "inloggen", "in te loggen", "aanmelden", "inloggning", "logga in", "kirjautu"),
    *("kirjautuminen", "kirjautumiseen", "kirjaudu", "confirm payment", "confirm the payment", "approve payment"),
    *("giriş", "girişi", "oturum", "přihlášení", "přihlásit", "bejelentkez", "autentificare", "σύνδεση"),
    *("вход", "входа", "войти", "вхід", "увійти", "смс", "ログイン", "登录", "登入", "로그인", "تسجيل الدخول"),
    *("התחברות", "לכניסה", "लॉग इन", "लॉगिन", "đăng nhập", "masuk", "kuingia", "เข้าสู่ระบบ"),
)
# a code, what OPENS_CONCEPT's words are said of
CODE_CONCEPT = (
    *("code", "combination", "combo", "kod", "koden", "kód", "kódja", "koodi", "koodin", "kode", "koden"),
    *("kodu", "kodunu", "kodunuz", "kodem", "kodzie", "codul"),  # Turkish, Polish, Romanian inflect the word
    *("código", "codigo", "codice", "combinaison", "kombination", "kombinacja", "kombinace", "код"),
    *("кода", "κωδικός", "κωδικό", "קוד", "رمز", "كود", "کد", "कोड", "কোড", "密码", "密碼", "码", "碼"),
    *("暗証番号", "番号", "コード", "코드", "비밀번호", "mã", "รหัส", "nambari", "namba", "şifre", "şifresi"),
    # "code" in Catalan, the Baltic languages, Icelandic, Albanian, Armenian, Georgian, Urdu
    *("codi", "kood", "koodi", "kods", "kodas", "kóði", "kodi", "կոդ", "կոդը", "კოდი", "کوڈ"),
)
# what says the value that follows is the one: a separator, "is", "set to", "new one:", in many languages
# "set to", "changed to": a verb that gives a code its new value, then the word before the value
SET_VERBS = (
    *("set", "changed", "reset", "updated", "switched", "ingesteld", "veranderd", "gewijzigd", "gezet"),
    *("eingestellt", "geändert", "gesetzt", "umgestellt", "réglé", "changé", "modifié", "mis", "défini"),
    *("cambiado", "cambié", "puesto", "configurado", "establecido", "impostato", "cambiato", "modificato"),
    *("alterado", "alterei", "mudado", "mudei", "definido", "trocado", "troquei", "ustawiony", "ustawiłem"),
    *("ustawiłam", "zmieniony", "zmieniłem", "zmieniłam", "satt", "ändrat", "ändrade", "bytt", "endret"),
    *(
        "ændret",
        "sat",
        "skiftet",
        "byttet",
        "ændret",
        "nastavil",
        "nastavila",
        "nastaven",
        "změnil",
        "změnila",
        "asetettu",
        "vaihdettu",
    ),
)
SET_TO = ("to", "op", "in", "naar", "auf", "zu", "sur", "en", "à", "a", "por", "su", "para", "em", "na", "till")
SET_TO_MORE = ("til", "into")
INTRODUCERS = (
    *COPULAS,
    *("it's", "its", "now", "set to", "changed to", "to", "use", "try", "here", "here's", "ist jetzt"),
    *("c'est", "c’est", "es", "está", "são", "é", "è", "sono", "ni", "ya", "la", "cha", "wa", "เป็น"),
    *("on", "oli", "er", "är", "var", "jest", "to", "je", "van", "este", "e", "hai", "là", "ialah"),
    *("adalah", "yaitu", "yakni", "olan", "dır", "dir", "tır", "tir", "isimu", "это", "є", "—", "–", "-", "→"),
    *("เปลี่ยนเป็น", "ตั้งเป็น"),  # Thai: "changed to", "set to"
    *("=", ":", "：", "是", "为", "為", "改成", "改为", "改為", "设为", "設為", "換成", "换成", "新的是", "は", "が"),
    *("です", "に変更", "은", "는", "이에요", "입니다", "예요", "هو", "هي", "است", "هست", "הוא", "היא", "है"),
    *("हैं", "คือ", "po", "ay", "është", "yw", "ydy", "oedd", "ir", "yra", "da", "és", "ne", "ce", "ነው", "ہے"),
    *("हो", "छ", "आहे", "છે", "ਹੈ", "হল", "হলো", "ஆகும்", "არის", "է", "бол", "គឺ", "ແມ່ນ", "ဖြစ်", "වේ", "ngu"),
)

# where passwords are kept: a value that names one says where the password is, not what it is
PASSWORD_MANAGERS = frozenset(("1password", "bitwarden", "lastpass", "keepass", "keepassxc", "dashlane", "keychain"))
# what says a value is the one every unit ships with: a factory's default (engine.py spares it)
FACTORY_DEFAULT = (
    *("default", "factory", "werkseitig", "voreingestellt", "par défaut", "d'usine", "de fábrica", "predeterminad"),
    *("padrão", "standard", "fabriks", "fabrikk", "fabrieks", "standaard", "fabryczn", "domyśln", "výchozí"),
    *("tovární", "gyári", "alapértelmezett", "oletus", "tehdas", "varsayılan", "fabrika", "implicit", "fabrică"),
    *("εργοστασιακ", "προεπιλεγμέν", "по умолчанию", "заводск", "за замовчуванням", "заводськ", "יצרן"),
    *("ברירת מחדל", "افتراضي", "پیش‌فرض", "डिफ़ॉल्ट", "ডিফল্ট", "โรงงาน", "ค่าเริ่มต้น", "mặc định"),
    *("nhà sản xuất", "bawaan", "pabrik", "lalai", "kiwanda", "kiwandani", "デフォルト", "初期", "出荷", "shukka"),
    *("默认", "默認", "出厂", "出廠", "기본", "초기"),
)
