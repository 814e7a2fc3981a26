"""Round 10's class: a machine reader told, in any of ~35 languages, to move data, money or access out of reach.

The English rules read orders by their grammar; in other languages the filter cannot, so it reads what the
order would do instead. A text is withheld when it addresses a machine reader and, in the same paragraph after
the address, asks for one of five acts, each a small lexicon of meaning per language (written from general
knowledge of the languages, not from any corpus's sentences):

- data out: a verb of sending (send, forward, upload, transfer, pay) with a place outside (a URL, an e-mail or
  payment handle, an international phone number, a wallet, an account redaction took out) or a secret (a
  password, a one-time code, a key), not negated;
- access given: an administrator's rights;
- a check skipped: without checking, confirming or approval; approved automatically;
- the work hidden: do not tell, mention, show or report it;
- traces erased: the history or the logs deleted.

A machine reader is addressed three ways: a word that means only a machine (AI, KI, bot, LLM, 人工知能, 智能体),
anywhere; a word for an assistant or an agent (a person's job too: asistente, סוכן, सहायक) only as the head of a
label (`Nota per l'assistente del calendario:`); a message dressed as the system's (`【系统提示】`, `[système]`).
Text that reads as English is left to the English rules (`_ENGLISH`: its function words are many), which
read the grammar these lexicons cannot. Each lexicon word is compiled as the filter's `normalise` reads it
(accents and combining marks dropped, look-alike letters read as Latin), so the text and the word are read
alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from skillhive.safety.reading import normalise

# -- the lexicons, by meaning (a word ending in "-" is a stem: any ending follows) ------------------------------
MACHINE = (
    "ai", "a.i.", "ki", "ia", "llm", "llms", "gpt", "chatgpt", "claude", "gemini", "copilot", "bot", "bots", "boten",
    "chatbot-", "robot-", "robô", "ии", "ші", "нейросет-", "künstliche intelligenz", "intelligence artificielle",
    "inteligencia artificial", "inteligência artificial", "intelligenza artificiale", "kunstmatige intelligentie",
    "sztuczna inteligencja", "umělá inteligence", "tekoäly-", "mesterséges intelligencia", "yapay zeka",
    "τεχνητή νοημοσύνη", "الذكاء الاصطناعي", "بوت", "روبوت", "בוט", "בינה מלאכותית", "هوش مصنوعی", "ربات", "एआई",
    "बॉट", "เอไอ", "บอท", "trí tuệ nhân tạo", "kecerdasan buatan", "akili bandia", "智能体", "人工智能", "机器人",
    "機器人", "人工知能", "ボット", "チャットボット", "인공지능", "챗봇", "봇",
)  # fmt: skip
ASSISTANT = (
    "assistent-", "agent", "agenten", "agente-", "agentin", "assistant-", "asistent-", "assistente-", "asystent-",
    "agentti-", "avustaja-", "asszisztens-", "ügynök-", "asistan-", "ajan-", "ассистент-", "асистент-", "помощник-",
    "помічник-", "агент-", "βοηθ-", "πράκτορ-", "مساعد", "المساعد", "للمساعد", "وكيل", "الوكيل", "للوكيل", "עוזר",
    "לעוזר", "העוזר", "סוכן", "לסוכן", "הסוכן", "دستیار", "सहायक", "एजेंट", "সহকারী", "এজেন্ট", "معاون", "ผู้ช่วย",
    "เอเจนต์", "trợ lý", "tác tử", "asisten", "agen", "pembantu", "msaidizi", "wakala", "ahente", "助手", "助理",
    "代理", "アシスタント", "エージェント", "어시스턴트", "에이전트", "비서",
)  # fmt: skip
SYSTEM = (
    "system-", "systèm-", "sistem-", "systeem-", "systém-", "järjestelmä-", "rendszer-", "систем-", "σύστημ-",
    "النظام", "מערכת", "سیستم", "सिस्टम", "ระบบ", "hệ thống", "系统", "系統", "システム", "시스템",
)  # fmt: skip
SEND = (
    "send-", "forward-", "upload-", "transfer-", "wire", "schick-", "übermittel-",
    "weiterleit-", "leite-", "hochlad-", "lade hoch", "überweis-", "envo-", "envoi", "transfère-", "transférer",
    "téléverse-", "transmet-", "vire-", "envia", "envía", "envie", "enviar", "reenvia-", "reenvía", "transfier-",
    "transfir-", "sube", "subir", "encaminh-", "carregue", "faça o pix", "faz o pix", "faça um pix", "invia-",
    "inoltr-", "trasferisc-", "carica", "bonific-", "stuur-", "verstuur-", "doorstur-", "maak over", "overmak-",
    "wyślij", "wysłać", "prześlij", "przesłać", "przelej", "przelać", "wgraj", "pošli", "poslat", "odešli",
    "přepošli", "nahraj", "převeď", "skicka", "vidarebefordra", "ladda upp", "överför", "för över", "videresend-",
    "overfør-", "last opp", "lähetä", "välitä", "siirrä", "küld-", "továbbít-", "töltsd fel", "utald", "utalj",
    "trimite", "redirecțion-", "transferă", "încarcă", "gönder-", "ilet", "yükle", "aktar", "отправ-", "пришл-",
    "перешл-", "пересыл-", "загрузи-", "выгрузи-", "переведи-", "перевест-", "скинь-", "надішл-", "надсил-",
    "відправ-", "переказ-", "изпрат-", "препрат-", "στείλ-", "στέλν-", "προώθ-", "ανέβασ-", "μετάφερ-", "μεταφέρ-",
    "أرسل", "ارسل", "إرسال", "ارسال", "حوّل", "حول", "ارفع", "שלח", "תשלח", "שלחו", "העבר", "תעביר", "העלה",
    "بفرست-", "ارسال", "انتقال", "منتقل", "آپلود", "واریز", "भेज-", "ट्रांसफर", "अपलोड", "फॉरवर्ड", "फ़ॉरवर्ड",
    "পাঠা-", "بھیج-", "ส่ง", "โอน", "อัปโหลด", "gửi", "chuyển", "tải lên", "kirim-", "teruskan", "unggah",
    "hantar", "pindahkan", "tuma", "hamisha", "pakia", "ipadala", "ipasa", "发送", "發送", "发到", "发给",
    "发至", "转发", "轉發", "上传", "上傳", "转账", "轉帳", "汇款", "匯款", "导出", "打款", "送信", "送っ", "送る",
    "送付", "転送", "アップロード", "振り込", "振込", "送金", "보내", "전송", "전달", "업로드", "송금", "이체",
)  # fmt: skip
SECRET = (
    "otp", "pin", "cvv", "password-", "passwort-", "kennwort-", "mot de passe", "contraseña-", "senha-", "parola",
    "wachtwoord-", "hasło", "hasła", "heslo", "lösenord-", "adgangskode-", "passord-", "salasana-", "jelszó-",
    "parolă", "parola", "şifre-", "şifre-", "пароль-", "пароля", "код-", "κωδικ-", "كلمة المرور", "رمز", "סיסמה",
    "סיסמא", "קוד", "رمز عبور", "पासवर्ड", "ओटीपी", "รหัส", "mật khẩu", "mã otp", "kata sandi", "sandi",
    "nenosiri", "密码", "密碼", "验证码", "驗證碼", "パスワード", "認証コード", "暗証番号", "비밀번호", "인증번호",
    "token-", "токен-", "토큰", "令牌", "トークン", "api key", "api-key", "apikey", ".env", "~/.ssh", "~/.kube",
    "~/.aws", "credentials", "config.yaml", "private key",
)  # fmt: skip
ADMIN = (
    "admin-", "administrator-", "administrateur-", "administrador-", "amministrator-", "beheerder-", "администратор-",
    "адміністратор-", "админ-", "διαχειριστ-", "مدير", "مسؤول", "מנהל", "مدیر", "व्यवस्थापक", "एडमिन", "ผู้ดูแล",
    "quản trị", "yönetici", "ylläpitäjä-", "rendszergazda-", "管理员", "管理員", "管理者", "관리자",
)  # fmt: skip
RIGHTS = (
    "rights", "privileges", "rechte-", "droits", "derechos", "permisos", "direitos", "permissões", "diritti",
    "permessi", "rechten", "uprawnie-", "oprávnění", "práva", "rättighet-", "rettighed-", "rettighet-", "oikeud-",
    "jogosultság-", "drepturi", "yetki-", "прав-", "δικαιώματ-", "صلاحيات", "הרשאות", "הרשאת", "دسترسی", "अधिकार",
    "अनुमति", "สิทธิ์", "quyền", "hak akses", "haki za", "权限", "權限", "権限", "권한",
)  # fmt: skip
UNCHECKED = (
    "without checking", "without confirmation", "without approval", "without review", "ohne prüfung",
    "ohne zu prüfen", "ohne rückfrage", "ohne freigabe", "sans vérifi-", "sans confirmation", "sans contrôle",
    "sans approbation", "sin verificar", "sin confirmación", "sin revisar", "sin aprobación", "sem verificar",
    "sem confirmação", "sem conferir", "sem aprovação", "senza verificare", "senza controll-", "senza approvazione",
    "zonder te controleren", "zonder controle", "zonder goedkeuring", "bez kontroli", "bez sprawdz-",
    "bez weryfikacji", "bez ověř-", "bez kontroly", "bez schválení", "utan att kontrollera", "utan kontroll",
    "uden at tjekke", "uden kontrol", "uten å sjekke", "uten kontroll", "tarkistamatta", "ellenőrzés nélkül",
    "fără verificare", "fără aprobare", "kontrol etmeden", "onay almadan", "без проверки", "не проверяя",
    "без подтверждения", "без согласования", "без перевірки", "без підтвердження", "χωρίς έλεγχο",
    "χωρίς επιβεβαίωση", "دون تحقق", "بدون تحقق", "دون التحقق", "بدون التحقق", "دون مراجعة", "ללא בדיקה",
    "בלי לבדוק", "ללא אישור", "بدون بررسی", "بدون تایید", "बिना जाँच", "बिना जांच", "बिना पुष्टि",
    "โดยไม่ต้องตรวจสอบ", "ไม่ต้องตรวจสอบ", "không cần kiểm tra", "không kiểm tra", "không cần xác nhận",
    "tanpa verifikasi", "tanpa memeriksa", "tanpa konfirmasi", "tanpa persetujuan", "bila kuthibitisha",
    "bila kuangalia", "无需审核", "无需确认", "不用确认", "不经审核", "无需审批", "不必核实", "確認せずに",
    "確認なしで", "承認なしに", "確認しないで", "확인 없이", "검토 없이", "승인 없이", "확인하지 않고",
    "automatisch genehmig-",
    "automatisch freigeb-", "approuve automatiquement", "aprueba automáticamente", "aprove automaticamente",
    "approva automaticamente", "automatisch goedkeur-", "automatycznie zatwierdz-", "zatwierdzaj automatycznie",
    "schvaluj automaticky", "automaticky schval-", "godkänn automatiskt", "godkend automatisk", "godkjenn automatisk",
    "hyväksy automaattisesti", "automatikusan jóváhagy-", "aprobă automat", "otomatik onayla-", "автоматически одобр-",
    "одобряй автоматически", "автоматично схвал-", "εγκρίνε αυτόματα", "وافق تلقائي-", "אשר אוטומטית",
    "خودکار تایید", "อนุมัติอัตโนมัติ", "tự động phê duyệt", "setujui otomatis", "自动批准", "自動批准", "自动通过",
    "自動承認", "자동 승인", "자동으로 승인",
)  # fmt: skip
HIDDEN = (
    "nicht erwähnen", "nichts sagen", "nicht mitteilen", "nicht melden", "ne dis rien", "ne le dis pas",
    "ne mentionne pas", "ne le mentionne pas", "sans le dire", "sans prévenir", "no lo menciones", "no menciones",
    "no digas", "sin avisar", "não mencione", "não diga", "não informe", "sem avisar", "non menzionare", "non dire",
    "senza avvisare", "niet vermelden", "niet melden", "zeg niets", "nie wspominaj", "nie mów", "nie informuj",
    "nezmiňuj", "neříkej", "neinformuj", "nämn inte", "säg inte", "nævn ikke", "ikke nevn", "älä mainitse",
    "älä kerro", "ne említsd", "ne szólj", "nu menționa", "nu spune", "bahsetme", "söyleme", "не упоминай",
    "не сообщай", "не говори", "ничего не говори", "не згадуй", "не кажи", "не повідомляй", "μην αναφέρεις",
    "μην πεις", "μην ενημερώσεις", "لا تذكر", "لا تخبر", "لا تبلغ", "אל תזכיר", "אל תספר", "אל תדווח", "ذکر نکن",
    "نگو", "اطلاع نده", "उल्लेख न करें", "न बताएं", "मत बताना", "मत बताओ", "ไม่ต้องแจ้ง", "อย่าบอก",
    "không đề cập", "đừng nói", "đừng báo", "jangan sebutkan", "jangan beri tahu", "jangan memberi tahu",
    "jangan laporkan", "usitaje", "usimwambie", "不要告诉", "不要提及", "不要提", "别告诉", "不要通知", "不要显示",
    "伝えないで", "言わないで", "表示しないで", "知らせないで", "報告しないで", "말하지 마", "알리지 마", "언급하지 마",
    "표시하지 마", "보고할 필요는 없", "보고하지 마",
)  # fmt: skip
ERASED = (
    "history -c", "verlauf löschen", "lösche den verlauf", "protokolle löschen", "efface l'historique",
    "supprime les journaux", "supprime l'historique", "borra el historial", "borra los registros",
    "apaga o histórico", "apague o histórico", "apague os logs", "cancella la cronologia", "cancella i log",
    "wis de geschiedenis", "verwijder de logs", "usuń historię", "usuń logi", "smaž historii", "smaž logy",
    "radera historiken", "slet historikken", "slett historikken", "poista historia", "töröld az előzményeket",
    "șterge istoricul", "geçmişi sil", "удали историю", "очисти историю", "удали логи", "видали історію",
    "διάγραψε το ιστορικό", "احذف السجل", "امسح السجل", "מחק את ההיסטוריה", "מחק את הלוגים", "تاریخچه را پاک",
    "इतिहास हटा", "ลบประวัติ", "xóa lịch sử", "hapus riwayat", "futa historia", "删除历史", "清除记录", "删除日志",
    "清空日志", "履歴を削除", "ログを削除", "기록을 삭제", "로그를 삭제",
)  # fmt: skip
NEGATED_BEFORE = (
    "not", "never", "don't", "do not", "nie", "nicht", "nie", "ne", "pas", "no", "nunca", "não", "non", "niet",
    "nooit", "nigdy", "nikdy", "inte", "aldrig", "ikke", "aldri", "älä", "ne", "soha", "nu", "niciodată", "asla",
    "не", "никогда", "ніколи", "μην", "δεν", "ποτέ", "لا", "أبدا", "אל", "לא", "לעולם", "نه", "هرگز", "मत", "न",
    "नहीं", "कभी", "ไม่", "อย่า", "không", "đừng", "jangan", "tidak", "usi", "不要", "别", "不", "禁止", "切勿",
    "절대",
)  # fmt: skip
# verbs that end negated (送らないで, 보내지 마)
NEGATED_AFTER = ("ないで", "ません", "ない", "지 마", "지 않", "하지 마")
# ... and a verb before its negation (German, Dutch, the Nordic languages: "schickt er nie", "stuur nooit")
NEGATION_AFTER_VERB = (
    "nie", "nicht", "niemals", "keine-", "nooit", "niet", "geen", "aldrig", "inte", "ikke", "aldri", "never", "not",
    "jamais", "pas", "mai", "nunca",
)  # fmt: skip


_UNSPACED_LETTERS = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"  # Thai, kana, CJK, Hangul
_SPACED_START = re.compile(f"[^\\W\\d_{_UNSPACED_LETTERS}]")
_SPACED_WORD = re.compile(f"[^\\W\\d_{_UNSPACED_LETTERS}]+")
_LETTERS = re.compile(r"[^\W\d_]+")
# Hebrew and Arabic script attach articles and prepositions to the word (לבוט, للمساعد): their words are read anywhere
_CLITIC_SCRIPT = re.compile("[\u0590-\u06ff]")
# a word of a spaced script ends at any letter, digit or "_" but one of a script written without spaces
# ("aiレビュアー")
_NO_LETTER_BEFORE = f"(?<![^\\W{_UNSPACED_LETTERS}])"  # (a digit or "_" too: SKILLHIVE_LLM is a name)
_NO_LETTER_AFTER = f"(?![^\\W{_UNSPACED_LETTERS}])"


def _alternation(words: Iterable[str]) -> str:
    """A regex of the words, each as `normalise` reads it: a stem ("send-") takes any ending, a word of a script
    written with spaces is matched whole, one of a script written without (CJK, Thai) anywhere."""
    stems: set[str] = set()
    whole: set[str] = set()
    anywhere: set[str] = set()
    for word in words:
        flat = normalise(word.rstrip("-"))
        if not _SPACED_START.match(flat) or _CLITIC_SCRIPT.match(flat):
            anywhere.add(re.escape(flat) + ("[^\\W_]*" if word.endswith("-") else ""))
        else:
            (stems if word.endswith("-") else whole).add(re.escape(flat))
    alternatives = []
    if stems:
        alternatives.append(f"{_NO_LETTER_BEFORE}(?:{_longest_first(stems)})[^\\W_]*")
    if whole:
        alternatives.append(f"{_NO_LETTER_BEFORE}(?:{_longest_first(whole)}){_NO_LETTER_AFTER}")
    if anywhere:
        alternatives.append(f"(?:{_longest_first(anywhere)})")
    return "(?:" + "|".join(alternatives) + ")"


def _longest_first(words: set[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


class _Gate:
    """Whether a text holds any of the words at all, by sets (far cheaper than their regex, which confirms)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.whole: set[str] = set()
        self.stems: set[str] = set()
        self.anywhere: list[str] = []
        for word in words:
            flat = normalise(word.rstrip("-"))
            if _SPACED_START.match(flat) and not _CLITIC_SCRIPT.match(flat) and _LETTERS.fullmatch(flat):
                (self.stems if word.endswith("-") else self.whole).add(flat)
            else:
                self.anywhere.append(flat)
        self.lengths = sorted({len(s) for s in self.stems})

    def any_in(self, view: str) -> bool:
        if any(word in view for word in self.anywhere):
            return True
        words = set(_SPACED_WORD.findall(view))
        return not words.isdisjoint(self.whole) or any(w[:n] in self.stems for w in words for n in self.lengths)


_MACHINE = re.compile(_alternation(MACHINE))
# an assistant or agent at the head of a label: at most four words, then a colon ("nota per l'assistente del
# calendario:", "सहायक के लिए निर्देश:")
_COLONS = ":\uff1a"  # (and the full-width one)
_LABELLED = re.compile(_alternation(ASSISTANT) + f"(?:[ \\t]+[^\\s.!?\u3002{_COLONS}]+){{0,4}}?[ \\t]*[{_COLONS}]")
# a message dressed as the system's: the word in brackets, after at most two words ("[ SYSTEM ]", "【系统提示】")
_OPEN, _CLOSE = "\\[<(\u3010\uff3b\u3014", "\\]>)\u3011\uff3d\u3015"  # (and the CJK brackets)
_SYSTEM = re.compile(
    f"[{_OPEN}][ \\t]*(?:[^\\s{_CLOSE}]+[ \\t]+){{0,2}}?" + _alternation(SYSTEM) + f"[^{_CLOSE}\\n]{{0,20}}[{_CLOSE}]"
)
_SEND = re.compile(_alternation(SEND))
_OUTSIDE = re.compile(
    r"https?://|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*|\+\d[\d \t-]{7,}\d|\b0x[0-9a-f]{16,}|\[redacted:[\w-]+\]|"
    + _alternation(SECRET)
)
_ADMIN_RIGHTS = re.compile(
    _alternation(ADMIN) + r"[^.!?。\n]{0,40}?" + _alternation(RIGHTS) + "|" + _alternation(RIGHTS)
    + r"[^.!?。\n]{0,40}?" + _alternation(ADMIN)
)  # fmt: skip
_PLAIN_ACTS = (
    ("a check skipped", re.compile(_alternation(UNCHECKED))),
    ("the work hidden", re.compile(_alternation(HIDDEN))),
    ("traces erased", re.compile(_alternation(ERASED))),
    ("access given", _ADMIN_RIGHTS),
)
_NEGATED_BEFORE = re.compile(_alternation(NEGATED_BEFORE) + r"\s*(?:[^\W\d_]+\s+)?$")
_NEGATED_AFTER = re.compile(
    r"\w{0,4}?(?:" + "|".join(map(re.escape, NEGATED_AFTER)) + ")"
    + r"|(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+" + _alternation(NEGATION_AFTER_VERB)
)  # fmt: skip
_GATE = _Gate((*MACHINE, *ASSISTANT, *SYSTEM))
WINDOW = 500  # how far after the address an act is looked for (within its paragraph)


def told_to_act(view: str) -> str | None:
    """Why `view` (a normalised text, the quotations it mentions left out) tells a machine reader it addresses
    to move data, money or access out, to skip a check, or to hide or erase its work; or None."""
    if not _GATE.any_in(view) or _english(view):
        return None
    for address in _addresses(view):
        end = view.find("\n\n", address.end())
        window = view[address.start() : min(address.end() + WINDOW, len(view) if end < 0 else end)]
        if (act := _act(window)) is not None:
            return f"prompt-injection/reader-told-to-act: {address.group()[:30]!r} … {act[:50]!r}"
    return None


_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset((
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "from", "by", "is", "are", "be", "was",
    "this", "that", "it", "you", "your", "we", "our", "they", "their", "not",
))  # fmt: skip


def _english(view: str) -> bool:
    """Whether the text reads as English: at least a fifth of its words (of three or more) are its function words."""
    words = _WORD.findall(view)
    return len(words) >= 3 and 5 * sum(w in _ENGLISH for w in words) >= len(words)


def _addresses(view: str) -> list[re.Match[str]]:
    found = [*_MACHINE.finditer(view), *_LABELLED.finditer(view), *_SYSTEM.finditer(view)]
    return sorted(found, key=lambda m: m.start())[:32]


def _act(window: str) -> str | None:
    for m in _SEND.finditer(window):
        if _NEGATED_BEFORE.search(window, max(0, m.start() - 16), m.start()) or _NEGATED_AFTER.match(window, m.end()):
            continue
        around = window[max(0, m.start() - 120) : m.end() + 200]
        if (out := _OUTSIDE.search(around)) is not None:
            return f"{m.group()} … {out.group()}"
    for _, regex in _PLAIN_ACTS:
        if (hit := regex.search(window)) is not None:
            return hit.group()
    return None
