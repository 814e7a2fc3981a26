# ruff: noqa: RUF001 (Turkish words hold a dotless i)
"""Words by meaning, for bench/learned_secrets.py, in about 30 languages: what a value is said to
be (a password, a door code, an id, a card) or, for ordinary identifiers, what else it is (an
order, a booking, a tracking number).

Written from general knowledge of the languages, not from any test corpus. learned_secrets.py turns
each concept met before or after a candidate value into a feature, so what the model learns of a
concept in one language holds in every language listed here: `pin` after "код" or "暗証番号" or
"kod" scores like `pin` after "code". Terms in scripts written with spaces match at a word's start
(a prefix: "weryfikac" matches "weryfikacyjny"); Han, kana and Thai terms anywhere.
"""

from __future__ import annotations

import re
from typing import Any

# fmt: off
CONCEPTS: dict[str, tuple[str, ...]] = {
    "password": (
        "password", "passwort", "kennwort", "mot de passe", "mdp", "contraseña", "contrasena", "clave", "senha",
        "palavra-passe", "wachtwoord", "hasło", "haslo", "lösenord", "losenord", "passord", "adgangskode",
        "salasana", "şifre", "sifre", "parola", "пароль", "пароля", "паролем", "κωδικός πρόσβασης",
        "συνθηματικό", "סיסמה", "סיסמא", "كلمة المرور", "كلمة السر", "पासवर्ड", "密码", "密碼", "パスワード",
        "暗証番号", "비밀번호", "암호", "mật khẩu", "mat khau", "kata sandi", "sandi", "รหัสผ่าน", "heslo",
        "jelszó", "jelszo", "passwd", "pwd", "pw", "passphrase",
    ),
    "code": (
        "code", "codice", "código", "codigo", "kod", "kód", "koodi", "kode", "kodu", "код", "кода", "κωδικ",
        "קוד", "رمز", "कोड", "码", "碼", "コード", "코드", "mã", "รหัส", "cifra", "combinaison", "combinación",
        "kombinacja", "kombination",
    ),
    "pin": (
        "pin", "pincode", "pinkod", "pin-kod", "пин", "пин-код", "पिन", "핀", "ピン", "密碼", "支付密码",
    ),
    "otp": (
        "otp", "tan", "one-time", "one time", "verification", "verify", "2fa", "mfa", "bestätigung", "einmal",
        "vérification", "verificación", "verificacion", "verificação", "verifica", "weryfikac", "jednorazow",
        "doğrulama", "dogrulama", "tek kullanımlık", "подтвержд", "проверочн", "одноразов", "التحقق", "تحقق",
        "सत्यापन", "ओटीपी", "验证", "驗證", "認証", "確認コード", "인증", "xác thực", "xac thuc", "xác minh",
        "verifikasi", "engångskod", "engangskode", "kertakäyttö", "blik", "sms-code", "sms code", "ověřovací",
        "ellenőrző",
    ),
    "door": (
        "door", "gate", "entry", "entrance", "keypad", "intercom", "buzzer", "tür", "haustür", "tor", "porte",
        "portail", "digicode", "puerta", "portal", "portão", "porta", "portone", "citofono", "deur", "drzwi",
        "domofon", "dörr", "port", "ovi", "kapı", "kapi", "дверь", "двери", "домофон", "подъезд", "калитк",
        "πόρτα", "εισόδου", "דלת", "כניסה", "باب", "दरवाज", "门", "門", "ドア", "オートロック", "현관", "도어",
        "공동현관", "cửa", "cua", "pintu", "ประตู",
    ),
    "alarm": (
        "alarm", "alarme", "alarma", "allarme", "alarmu", "larm", "hälytys", "сигнализац", "συναγερμ", "אזעקה",
        "إنذار", "انذار", "अलार्म", "警报", "警報", "경보", "알람", "báo động",
    ),
    "lock": (
        "lock", "lockbox", "key box", "keybox", "combination", "safe", "padlock", "schloss", "tresor",
        "schlüsselkasten", "cadenas", "coffre", "boîte à clés", "candado", "caja fuerte", "cadeado", "cofre",
        "lucchetto", "cassaforte", "slot", "kłódka", "sejf", "skrytk", "hänglås", "kassaskåp", "lukko", "kilit",
        "kasa", "замок", "сейф", "λουκέτο", "מנעול", "כספת", "قفل", "خزنة", "ताला", "锁", "鎖", "保险箱",
        "南京錠", "金庫", "キーボックス", "자물쇠", "금고", "khóa", "khoa", "gembok", "brankas", "กุญแจ",
    ),
    "identity": (
        "identity", "identification", "id number", "id no", "national id", "ssn", "social security", "nino",
        "national insurance", "sin", "ausweis", "personalausweis", "steuer-id", "identité", "identite", "insee",
        "sécurité sociale", "identidad", "dni", "nie", "curp", "rfc", "cpf", "rg", "identità", "codice fiscale",
        "bsn", "burgerservicenummer", "pesel", "dowód", "dowod", "personnummer", "fødselsnummer",
        "henkilötunnus", "hetu", "kimlik", "t.c.", "tckn", "снилс", "инн", "удостоверени", "рнокпп", "ταυτότητ",
        "αμκα", "αφμ", "זהות", "هوية", "الهوية", "الرقم القومي", "आधार", "aadhaar", "aadhar", "पैन", "身份证",
        "身分證", "证件号", "證件號", "マイナンバー", "個人番号", "주민등록", "주민번호", "cccd", "cmnd",
        "căn cước", "nik", "ktp", "บัตรประชาชน", "เลขประจำตัว", "emirates id", "iqama", "nric", "mykad", "rut",
        "cuit", "cédula", "cedula", "oib", "egn", "jmbg",
    ),
    "passport": (
        "passport", "reisepass", "passeport", "pasaporte", "passaporte", "passaporto", "paspoort", "paszport",
        "pass-nr", "pasaport", "паспорт", "διαβατήρ", "דרכון", "جواز", "पासपोर्ट", "护照", "護照", "旅券",
        "パスポート", "여권", "hộ chiếu", "ho chieu", "paspor", "หนังสือเดินทาง", "visa", "driver", "licence",
        "license", "führerschein", "permis", "licencia", "carteira de motorista", "patente", "rijbewijs",
        "prawo jazdy", "ehliyet", "водительск", "驾驶证", "運転免許", "운전면허",
    ),
    "account": (
        "account", "acct", "iban", "routing", "sort code", "bsb", "swift", "konto", "kontonummer", "compte",
        "rib", "cuenta", "clabe", "cbu", "conta", "agência", "conto", "rekening", "rachunek", "rachunku",
        "numer konta", "kontonr", "tilinumero", "hesap", "счет", "счёт", "рахунок", "λογαριασμ", "חשבון",
        "حساب", "खाता", "账号", "账户", "帳號", "帳戶", "口座", "계좌", "stk", "tài khoản", "tai khoan",
        "norek", "บัญชี", "upi",
    ),
    "card": (
        "card", "credit", "debit", "visa", "mastercard", "amex", "karte", "kreditkarte", "carte", "tarjeta",
        "cartão", "cartao", "carta", "kaart", "karta", "karty", "kort", "kart", "kartı", "карта", "карты",
        "картк", "κάρτα", "כרטיס", "بطاقة", "कार्ड", "卡号", "卡號", "カード", "카드", "thẻ", "kartu", "บัตร",
        "cvv", "cvc", "cvv2", "csc", "security code", "prüfnummer", "prüfziffer", "cryptogramme",
        "código de seguridad", "código de segurança", "codice di sicurezza", "expiry", "exp", "gültig",
        "expire", "caduca", "validade", "scadenza",
    ),
    "tax": (
        "tax", "tin", "ein", "vat", "steuer", "steuernummer", "fiscal", "fiscale", "nif", "nip", "iva", "p.iva",
        "partita", "vkn", "vergi", "налог", "инн", "φορολογ", "ضريب", "कर ", "税", "納税", "사업자", "mst",
        "npwp",
    ),
    "health": (
        "insurance", "member id", "policy", "medicare", "medicaid", "versicherung", "versicherten",
        "krankenkasse", "assurance", "mutuelle", "vitale", "seguro", "afiliado", "sus", "assicurazione",
        "tessera sanitaria", "zorgpas", "polis", "polisnummer", "ubezpiecz", "nfz", "försäkring", "sigorta",
        "полис", "омс", "страхов", "ασφάλισ", "ביטוח", "תעודת", "تأمين", "बीमा", "医保", "保险", "保険",
        "保険証", "보험", "건강보험", "bảo hiểm", "bpjs",
    ),
    "wifi": (
        "wifi", "wi-fi", "wlan", "wpa", "wpa2", "psk", "network key", "netzwerkschlüssel", "clé wpa",
        "clé wifi", "red wifi", "無線", "无线", "暗号化キー", "와이파이", "ключ сети",
    ),
    "recovery": (
        "recovery", "backup code", "backup", "seed", "mnemonic", "phrase", "wiederherstellung", "récupération",
        "recuperación", "recuperação", "recupero", "herstel", "odzyskiwan", "återställning", "kurtarma",
        "восстановлен", "резервн", "ανάκτησ", "שחזור", "استرداد", "恢复", "助记词", "復元", "リカバリー",
        "복구", "백업", "khôi phục", "pemulihan",
    ),
    "secret": (
        "secret", "private", "key", "token", "api", "credential", "creds", "login", "geheim", "secreto",
        "segreto", "secret", "sekret", "gizli", "секрет", "ключ", "μυστικ", "סוד", "سري", "गुप्त", "秘密",
        "私钥", "秘密鍵", "비밀", "bí mật", "rahasia", "ลับ", "shh", "don't share", "do not share",
        "nicht weitergeben", "ne partagez", "no compartas", "não compartilhe", "non condividere",
        "nie udostępniaj", "kimseyle paylaşmayın", "никому не", "不要告诉", "請勿", "他人に教え", "타인에게",
        "không chia sẻ", "jangan berikan", "لا تشارك",
    ),
    # ordinary identifiers people give freely, and technical ones
    "order": (
        "order", "bestellung", "auftrag", "commande", "pedido", "ordine", "bestelling", "zamówien", "zamowien",
        "order-nr", "sipariş", "siparis", "заказ", "παραγγελ", "הזמנה", "طلب", "ऑर्डर", "订单", "訂單", "注文",
        "주문", "đơn hàng", "pesanan", "คำสั่งซื้อ", "invoice", "rechnung", "facture", "factura", "fattura",
        "faktura", "fatura", "фактур", "发票", "請求書", "송장", "receipt", "beleg", "reçu", "recibo",
        "ricevuta", "paragon", "fiş", "чек", "收据", "領収書",
    ),
    "booking": (
        "booking", "reservation", "confirmation", "pnr", "buchung", "réservation", "reserva", "prenotazione",
        "rezerwacj", "rezervasyon", "бронир", "κράτηση", "הזמנה", "حجز", "बुकिंग", "预订", "預訂", "予約",
        "예약", "đặt chỗ", "pemesanan", "การจอง", "flight", "flug", "vol", "vuelo", "voo", "volo", "lot",
        "uçuş", "рейс", "πτήση", "טיסה", "رحلة", "उड़ान", "航班", "便名", "항공편", "seat", "platz", "siège",
        "asiento", "gate", "room", "zimmer", "chambre", "habitación", "quarto", "camera", "pokój", "oda",
        "номер", "δωμάτιο", "חדר", "غرفة", "कमरा", "房间", "部屋", "객실",
    ),
    "tracking": (
        "tracking", "shipment", "parcel", "package", "sendung", "paket", "colis", "suivi", "envío",
        "seguimiento", "rastreamento", "encomenda", "spedizione", "pacco", "zending", "przesyłk", "kargo",
        "takip", "посылк", "отслежив", "трек", "δέμα", "משלוח", "شحنة", "ट्रैकिंग", "快递", "运单", "追跡",
        "配送", "운송장", "택배", "vận đơn", "resi", "พัสดุ", "ticket", "issue", "case", "incident",
        "ticketnummer", "vorgang", "dossier", "caso", "pratica", "zgłoszen", "talep", "заявк", "обращени",
        "工单", "問い合わせ", "문의",
    ),
    "phone": (
        "phone", "tel", "telephone", "mobile", "cell", "call", "fax", "telefon", "handy", "téléphone",
        "portable", "teléfono", "móvil", "celular", "telefone", "telefono", "cellulare", "telefoon", "komórk",
        "telefonu", "телефон", "τηλέφων", "טלפון", "هاتف", "جوال", "फ़ोन", "फोन", "मोबाइल", "电话", "手机",
        "電話", "携帯", "전화", "휴대폰", "điện thoại", "sđt", "sdt", "nomor hp", "โทร",
    ),
    "technical": (
        "commit", "sha", "hash", "checksum", "digest", "uuid", "guid", "version", "build", "release", "port",
        "pid", "line", "error", "errno", "status", "http", "sku", "model", "serial", "isbn", "ean", "upc",
        "part", "artikel", "référence", "referencia", "riferimento", "customer", "kunden", "client", "cliente",
        "user id", "username", "benutzer", "utilisateur", "usuario", "employee", "mitarbeiter", "matricule",
        "student",
    ),
}
# fmt: on


def _unspaced(ch: str) -> bool:
    o = ord(ch)
    return 0x0E00 <= o <= 0x0E7F or 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def _trie(words: list[str]) -> str:
    """One regex matching any of `words`, longest first, as a trie (a failed branch fails at once:
    ~20x faster than a flat alternation of the same words)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return emit(tree)


_CONCEPT_OF: dict[str, str] = {}
for _name, _terms in CONCEPTS.items():
    for _term in _terms:
        _CONCEPT_OF.setdefault(_term.strip(), _name)
LONGEST = max(map(len, _CONCEPT_OF))  # characters of the longest term
LEXICON = re.compile(
    r"(?<!\w)"
    + _trie([w for w in _CONCEPT_OF if not _unspaced(w[0])])
    + "|"
    + _trie([w for w in _CONCEPT_OF if _unspaced(w[0])])
)

Hit = tuple[int, int, str]  # start, end, concept


def concept_hits(text: str) -> list[Hit]:
    """Where each concept's words occur in `text`, in order (matched case-folded, same indices)."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters: keep every index where it was
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return [(m.start(), m.end(), _CONCEPT_OF[m.group()]) for m in LEXICON.finditer(low)]
