"""Intents the filter reads on a text's words: orders aimed at the reader whose target is what it was
told, in several languages, a new role for it, hiding from the user in Russian, safeguards disabled in
other languages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from skillhive.safety.patterns import Pattern

# -- overriding the reader's instructions: a dismissal aimed at the reader, and a target that is what
# the reader was told (its instructions, rules, guidance, memory, context, "everything above") ---
_DISMISS = (  # a mental dismissal, in the imperative (or negated "follow")
    r"(?:ignore|ignoring|disregard|disregarding|forget|forget\s+about|overlook|look\s+past|look\s+beyond|move\s+past|override|overrule|discard|abandon"
    r"|dismiss|neglect|bypass|set\s+aside|put\s+aside|cast\s+aside|push\s+aside|leave\s+behind"
    r"|throw\s+(?:away|out)|pay\s+no\s+(?:attention|heed|mind)\s+to|stop\s+(?:following|obeying|heeding|listening\s+to)"
    r"|(?:do\s+not|don\s+t|dont|never|no\s+longer)\s+(?:follow|obey|heed|listen\s+to|adhere\s+to|comply\s+with))"
)
_ERASE = (  # a physical one: only aimed at "your" memory, rules, ...
    r"(?:wipe|erase|clear|purge|flush|reset|delete|remove|drop|scrap|ditch|lift|suspend|shed|unlearn|disable"
    r"|turn\s+off|switch\s+off|deactivate)"
)
_QUALIFIER = (
    r"(?:all|any|the|your|of|about|every|each|my|these|those|previous|prior|above|earlier|preceding|former"
    r"|original|other|existing|system|developer|safety|users?|initial|old|given|current|s)"
)
# what only an agent is given: dismissing it needs no further anchor
_ORDERS = (
    r"(?:instructions?|prompts?|directives|directions|guidance|guidelines|orders|programming|conditioning"
    r"|guardrails|briefing|(?:the\s+)?(?:user|reader|human|person|requester)\s+s\s+(?:request|question|task|ask)s?)"
)
# what many things have (firewall rules, lint rules): dismissing it needs an anchor to the reader
_RULES = (
    r"(?:rules|constraints|restrictions|limitations|limits|polic(?:y|ies)|principles|safeguards|messages|context"
    r"|memory|training|advice|commands|persona|boundaries|filters|ethics|values|setup|configuration)"
)
_ANCHOR_BEFORE = r"(?:your|previous|prior|earlier|above|preceding|original|initial|system|developer|operator)"
_ANCHOR_AFTER = (
    r"(?:(?:that\s+|which\s+)?(?:you|you\s+ve|you\s+have|you\s+d|you\s+had)\s+(?:\w+\s+)?(?:were\s+|been\s+)?"
    r"(?:received|given|told|got|gotten|taught|fed|provided|shown|sent|trained|instructed|loaded|handed|issued"
    r"|assigned|programmed|configured)"
    r"|(?:you|you\s+re|you\s+are)\s+(?:\w+\s+)?(?:operate|operating|work|working|run|running|act|acting|bound"
    r"|following|follow)\b"
    r"|(?:given|provided|shown|sent|supplied)\s+(?:to\s+)?you|above|before(?:hand)?|so\s+far|until\s+now|up\s+to\s+now"
    r"|earlier|previously)"
)
_EVERYTHING = (  # "everything you were told", "all of the above"
    r"(?:everything|all|anything|whatever|what)\s+(?:that\s+)?(?:you|you\s+ve|you\s+have|you\s+d|i|we|they|someone"
    r"|anyone|people|the\s+user|the\s+system)\s+(?:\w+\s+){0,2}?(?:told|said|gave|given|instructed|taught|asked|wrote)"
    r"|(?:everything|all|anything)\s+(?:of\s+)?(?:the\s+|this\s+|that\s+)?(?:above|before|prior|previously|earlier"
    r"|so\s+far|until\s+now|up\s+to\s+now|preceding|previous|that\s+came\s+before)"
    r"|what\s+(?:came|comes|was\s+said|is\s+written)\s+(?:before|above|earlier)|the\s+above(?=\s*$|\s+(?:and|then|now|"
    r"completely|entirely|instead))"
)
_STATE = (  # "earlier instructions are superseded"
    r"(?:no\s+longer\s+(?:apply|applies|hold|holds|matter|matters|count|bind|binding|valid|in\s+effect|relevant)"
    r"|(?:are|is|have\s+been|has\s+been)\s+(?:now\s+)?(?:void|null|cancel+ed|obsolete|revoked|superseded|overridden"
    r"|replaced|outdated|invalid|lifted|suspended|withdrawn|rescinded|deprecated|expired|no\s+longer\s+valid)"
    r"|do\s+not\s+apply|don\s+t\s+apply|(?:are|is)\s+not\s+(?:valid|binding)\s+(?:any\s*more|now))"
)
_ENGLISH_OVERRIDE = (
    r"\b" + _DISMISS + r"\s+(?:" + _QUALIFIER + r"\s+){0,4}" + _ORDERS + r"\b"
    r"|\b"
    + _DISMISS
    + r"\s+(?:\w+\s+){0,4}?"
    + _ANCHOR_BEFORE
    + r"\s+(?:\w+\s+){0,2}?(?:"
    + _ORDERS
    + "|"
    + _RULES
    + r")\b"
    r"|\b" + _DISMISS + r"\s+(?:\w+\s+){0,4}?(?:" + _ORDERS + "|" + _RULES + r")\s+(?:\w+\s+)?" + _ANCHOR_AFTER + r"\b"
    r"|\b" + _DISMISS + r"\s+(?:\w+\s+){0,3}?(?:" + _EVERYTHING + r")\b"
)
_ERASE_YOURS = (
    r"\b" + _ERASE + r"\s+(?:\w+\s+){0,2}?your\s+(?:\w+\s+){0,3}?(?:" + _ORDERS + "|" + _RULES + r")\b"
    # ... or those of the reader's principal ("drop the repo owner's restrictions"; not "… restrictions on the share")
    r"|\b(?:" + _ERASE + "|" + _DISMISS + r")\s+(?:the\s+)?(?:\w+\s+)?(?:owner|operator|developer|admin|administrator"
    r"|maintainer|creator|system|deployer)s?\s+s\s+(?:\w+\s+)?(?:restrictions|guardrails|safeguards|limitations|constraints"
    r"|instructions|guidance|orders)\b(?!\s+(?:on|for|to|in|at|of|about)\b)"
)
_VOIDED = (
    r"\b(?:previous|prior|above|earlier|preceding|former|original|initial|all|existing|your|system)\s+(?:\w+\s+){0,2}?"
    r"(?:" + _ORDERS + r"|rules|constraints|restrictions|policies)\s+" + _STATE + r"\b"
    r"|\b(?:"
    + _ORDERS
    + r"|rules|constraints|restrictions|policies)\s+(?:\w+\s+)?"
    + _ANCHOR_AFTER
    + r"\s+(?:\w+\s+){0,2}?"
    + _STATE
    + r"\b"
    r"|\b(?:whatever|everything|anything|what|all)\s+(?:\w+\s+){0,3}?(?:told|said\s+to|instructed|taught|gave)\s+you\b"
    r"(?:\s+\w+){0,8}?\s+(?:was|were|is|are)\s+(?:just\s+|only\s+|merely\s+|all\s+)?(?:a\s+test|fake|wrong|void|over"
    r"|obsolete|outdated|a\s+drill|a\s+joke|not\s+real|a\s+mistake|no\s+longer\s+\w+|invalid|cancel+ed|revoked)\b"
)
# "treat the earlier guidance as a draft"
_DEMOTED = (
    r"\b(?:treat|consider|regard|see|take)\s+(?:\w+\s+){0,2}?(?:"
    + _ANCHOR_BEFORE
    + r"\s+(?:\w+\s+){0,2}?(?:"
    + _ORDERS
    + "|"
    + _RULES
    + r")|(?:"
    + _ORDERS
    + "|"
    + _RULES
    + r")\s+(?:\w+\s+)?"
    + _ANCHOR_AFTER
    + r")\s+(?:\w+\s+){0,2}?as\s+"
    r"(?:an?\s+|merely\s+|just\s+|only\s+|mere\s+)?(?:draft|drafts|obsolete|void|outdated|superseded|invalid|suggestions?"
    r"|optional|advisory|irrelevant|null|non\s+binding|examples?|a\s+joke|fiction|noise|cancel+ed|revoked)\b"
)
# "the rules in your configuration ... set them aside"
_DISMISS_THEM = (
    r"\b(?:your\s+(?:\w+\s+){0,3}?(?:" + _ORDERS + r"|rules|policies|configuration|setup|prompt)"
    r"|(?:" + _ORDERS + r"|rules|policies)\s+(?:\w+\s+){0,3}?your\s+\w+)\b(?:\s+\w+){0,20}?\s+"
    r"(?:(?:set|put|cast|push)\s+(?:them|these|those|it)\s+aside|(?:disregard|override|abandon|overlook)\s+(?:them|these"
    r"|those|it\s+all|all\s+of\s+(?:them|it))\b)"
)
_NEW_ROLE = (
    r"\bfrom\s+(?:this\s+point|here|now)\s+(?:on|forward|onwards?)\s+(?:you\s+)?(?:are|act|will|must|behave|obey|answer)\b"
    r"|\bact\s+as\s+(?:an?\s+)?(?:unrestricted|unfiltered|jailbroken|uncensored)\b"
    r"|\byour\s+(?:new|real|actual|true|only|updated|revised)\s+(?:instructions|orders|directives|mission|objective"
    r"|goal|purpose)\s+(?:is|are)\b"
    r"|\byour\s+(?:real|actual|true|only)\s+(?:task|assignment|job|work|mission)\s+(?:is|starts|begins)\b"
    # put above what the reader's user asked ("whatever the config says" is a setting's precedence)
    r"|\b(?:(?:takes?|has|have)\s+(?:precedence|priority)\s+over|overrides?|supersedes?|outranks?|trumps?)\s+"
    r"(?:(?:\w+\s+){0,2}?(?:whatever|what|anything|everything)\s+(?:\w+\s+){0,5}?(?:asked|requested|told\s+you"
    r"|said\s+(?:earlier|before|above|to\s+you)|wants?|wanted|instructed)|(?:\w+\s+){0,2}?(?:the|your)\s+(?:user|person|human|operator|requester)s?"
    r"(?:\s+s)?\s+(?:request|question|task|instructions|ask|prompt)s?|your\s+(?:instructions|task|prompt|orders))\b"
    r"|\b(?:constraints|restrictions|rules|limits|limitations|guardrails|policies|instructions)\s+(?:that\s+)?you\s+"
    r"(?:were|are|have\s+been)\s+(?:\w+\s+){0,2}?(?:with|under|given)?\s*(?:were|are|was)\s+(?:only\s+)?"
    r"(?:meant|intended|written|designed)\s+for\b"
    r"|\byour\s+(?:role|persona|identity|purpose|mission|job|objective|instructions)\s+(?:has|have)\s+(?:been\s+)?"
    r"(?:changed|updated|switched|replaced|redefined|overridden)\s+(?:\w+\s+){0,3}?you\s+are\b"
    r"|\b(?:you\s+are\s+no\s+longer|stop\s+being|you\s+re\s+no\s+longer)\s+(?:an?|the|just\s+an?)\s+(?:\w+\s+){0,2}?"
    r"(?:assistant|agent|bot|model|ai|chatbot|helper)\b"
    r"|\b(?:agent|assistant|ai|model|bot)\s+(?:with|that\s+has|having)\s+no\s+(?:content\s+|safety\s+)?(?:policy|policies"
    r"|restrictions|rules|filters|guardrails|limits|limitations|constraints)\b"
    r"|\b(?:never|do\s+not|don\s+t)\s+refuse\s+(?:any\s+(?:request|command|instruction|order)s?|anything|to\s+(?:answer"
    r"|comply|help|respond))\b"
    r"|\byour\s+(?:only|sole|new|primary|real)\s+(?:source\s+of\s+)?(?:instructions|orders|directives)\b"
)


# what never comes between another language's dismissal and its object: English words (French "ignore"
# and "instructions" are English too), or a subordinate clause the "target" sits in ("ignore case when
# matching instructions", "ignora el caso cuando compares instrucciones")
_ENGLISH_GAP = (
    r"(?:the|when|whenever|while|if|of|for|to|and|with|case|matching|at|by|from|this|that|these|those|is|are|its|their"
    r"|his|her|them|it"
    r"|cuando|mientras|quand|lorsque|pendant|wenn|wahrend|falls|quando|mentre|wanneer|terwijl|indien|kiedy|gdy|podczas"
    r"|nar|medan|когда|пока|если)"
)


@dataclass(frozen=True)
class _Language:
    """The same intent in another language, on words with accents dropped: a dismissal and, within a
    few words, a noun for instructions, "everything" and a verb of telling, or "the above"."""

    dismiss: str
    orders: str
    everything: str
    told: str
    above: str
    object_first: bool = False  # the verb after its object (Turkish, Hindi, Japanese word order)

    def pattern(self) -> str:
        target = rf"(?:{self.orders})\b|(?:{self.everything})\s+(?:\w+\s+){{0,5}}?(?:{self.told})\b|(?:{self.above})\b"
        if self.object_first:
            return rf"(?:{self.orders})\w*\s+(?:\w+\s+){{0,2}}?(?:{self.dismiss})\b"
        # the words between are this language's: "ignore case when matching instructions" is English, and
        # its own object ("case") comes between (French "ignore" and "instructions" are English words too)
        return rf"\b(?:{self.dismiss})\s+(?:(?!{_ENGLISH_GAP}\b)\w+\s+){{0,4}}?(?:{target})"


_LANGUAGES = (
    _Language(  # German
        r"ignorier\w*|vergiss|vergesst|vergessen\s+sie|missachte\w*|uberschreib\w*|verwirf|verwerfen\s+sie",
        r"anweisung\w*|instruktion\w*|regeln|vorgaben|richtlinien|befehle",
        r"alles|alle|samtliche\w*|was",
        r"gesagt|erzahlt|mitgeteilt|beigebracht|gegeben|aufgetragen|vorgegeben|befohlen",
        r"(?:das|alles)\s+(?:vorherige|bisherige|obige|vorangegangene|davor|vorher|zuvor|oben\s+\w+)",
    ),
    _Language(  # French
        r"ignore[rz]?|oublie[rz]?|neglige[rz]?|ne\s+tene?z?\s+pas\s+compte\s+de|ne\s+tiens\s+pas\s+compte\s+de"
        r"|fais\s+abstraction\s+de|faites\s+abstraction\s+de|(?:mets|mettez|laisse|laissez)\s+de\s+cote",
        r"instructions?|consignes?|regles|directives|indications|ordres",
        r"tout|toutes|tous|ce\s+que|ce\s+qu",
        r"dit|dites|appris|donnees?|indique|ecrit|demande",
        r"(?:tout\s+)?ce\s+qui\s+precede|(?:tout\s+)?ce\s+qui\s+est\s+(?:au\s+dessus|ci\s+dessus)|le\s+precedent",
    ),
    _Language(  # Spanish
        r"ignora|ignore|ignoren|olvida|olvide|olviden|olvidate|haz\s+caso\s+omiso\s+de|omite|descarta|deja\s+de\s+lado"
        r"|(?:pon|ponga)\s+a\s+un\s+lado",
        r"instrucciones|reglas|indicaciones|directrices|ordenes|normas",
        r"todo|todas|todos|lo\s+que",
        r"dicho|dijeron|dije|dijo|indicado|ensenado|ordenado|enseñado",
        r"(?:todo\s+)?lo\s+(?:anterior|previo|de\s+antes|dicho|que\s+precede)",
    ),
    _Language(  # Italian
        r"ignora|ignorate|dimentica|dimenticate|trascura|non\s+tenere\s+conto\s+d\w*|metti\s+da\s+parte",
        r"istruzioni|regole|indicazioni|direttive|ordini",
        r"tutto|tutte|tutti|quello\s+che|cio\s+che",
        r"detto|dette|ricevuto|indicato|insegnato|dato",
        r"(?:tutto\s+)?(?:quanto|cio\s+che\s+e\s+stato)\s+detto\s+(?:prima|sopra)|(?:tutto\s+)?il\s+precedente",
    ),
    _Language(  # Portuguese
        r"ignore|ignora|ignorem|esqueca|esquece|esquecam|desconsidere|desconsidera|descarte|deixe\s+de\s+lado",
        r"instrucoes|regras|diretrizes|orientacoes|ordens",
        r"tudo|todas|todos|o\s+que",
        r"dito|disseram|disse|ensinado|indicado|passado",
        r"(?:tudo\s+)?o\s+(?:anterior|que\s+foi\s+dito)|tudo\s+acima",
    ),
    _Language(  # Dutch
        r"negeer|vergeet|negeren",
        r"instructies|regels|aanwijzingen|richtlijnen",
        r"alles|al|wat",
        r"gezegd|verteld|opgedragen|gegeven|geleerd",
        r"(?:al\s+)?het\s+(?:voorgaande|bovenstaande)",
    ),
    _Language(  # Polish
        r"zignoruj\w*|ignoruj\w*|zapomnij\w*|pomin\w*|nie\s+stosuj\s+sie\s+do|odrzuc\w*",
        r"polecen\w*|instrukcj\w*|zasad\w*|regul\w*|wytyczn\w*|rozkaz\w*",
        r"wszystko|wszystkie|to\s+co|co",
        r"powiedziano|kazano|przekazano|napisano|mowiono",
        r"(?:wszystko\s+)?(?:powyzsze|poprzednie|wczesniejsze)",
    ),
    _Language(  # Swedish, Norwegian, Danish
        r"ignorera|glom|glem|bortse\s+fran|se\s+bort\s+fra\w*|strunta\s+i|se\s+bort\s+fran",
        r"instruktion\w*|regler\w*|anvisning\w*|direktiv\w*|riktlinj\w*|instrukser\w*",
        r"allt|alla|alt|vad",
        r"sagt|sagts|fatt|fått|berattat|fortalt",
        r"(?:allt\s+)?(?:ovanstaende|foregaende|det\s+ovan)",
    ),
    _Language(  # Turkish: the object first ("the earlier instructions ignore")
        r"yok\s+say\w*|gormezden\s+gel\w*|unut\w*|dikkate\s+alma\w*|goz\s+ardi\s+et\w*|uyma\w*",
        r"talimat|yonerge|kural|komut|emir|emirler|direktif",
        r"",
        r"",
        r"",
        object_first=True,
    ),
    _Language(  # Arabic (diacritics dropped, hamza carriers read as alif)
        r"تجاهل\w*|انس|انسى|اهمل\w*|لا\s+تتبع|لا\s+تلتزم\s+ب\w*|تخط\w*",
        r"(?:ال)?(?:تعليمات|اوامر|قواعد|توجيهات|ارشادات)\w*",
        r"كل|جميع",
        r"قيل|اخبرت\w*|طلب\w*",
        r"(?:كل\s+)?ما\s+(?:سبق|ورد\s+اعلاه)",
    ),
    _Language(  # Hebrew
        r"התעלם\w*|תתעלם\w*|שכח\w*|תשכח\w*|אל\s+תציית\w*",
        r"(?:ה)?(?:הוראות|הנחיות|כללים|כללי|פקודות)\w*",
        r"כל|כול",
        r"שנאמר\w*|שקיבלת|שנאמרו",
        r"(?:כל\s+)?(?:מה\s+שנאמר|האמור)\s+(?:לעיל|קודם)",
    ),
    _Language(  # Russian
        r"(?:про)?игнорируи\w*|забудь\w*|не\s+обращаи\w*\s+внимания\s+на|отбрось\w*|пренебреги",
        r"инструкци\w*|правил\w*|указани\w*|указани\w*|приказ\w*",
        r"все|всего",
        r"говорил\w*|сказал\w*|сказано|велел\w*|указал\w*|учил\w*|давал\w*|дал\w*",
        r"(?:все\s+)?(?:предыдущее|вышесказанное|вышеизложенное|сказанное\s+(?:ранее|выше))",
    ),
    _Language(  # Ukrainian
        r"(?:з)?ігнору\w*|забудь\w*",
        r"інструкці\w*|правил\w*|вказівк\w*",
        r"все|\u0443\u0441\u0435",  # "all", twice (escaped: each letter of the second looks Latin)
        r"казали|сказали|говорили|сказано",
        r"(?:все\s+)?(?:попереднє|вищесказане|сказане\s+(?:раніше|вище))",
    ),
)
_CJK_DISMISS = (
    r"(?<!被)(?:忽略|无视|無視|忘记|忘記|忘掉|丢弃|不要理会|不要理會|別管|别管|無視し|忘れ|従わない|무시|잊어|잊으)"
    r"(?!さ(?:れ|せ)|され|되|됩|된|掉了)"
)
# a settings file (設定ファイル, 设定文件, 설정 파일) is configuration, not what the reader was told
_CJK_ORDERS = (
    r"(?:指令|指示|说明|說明|规则|規則|提示|命令|지시|명령|규칙|用户的?(?:要求|请求)|用戶的?(?:要求|請求)"
    r"|(?:设定|設定|설정)(?!\s*(?:ファイル|文件|檔案|파일)))"
)
_CJK_PRIOR = r"(?:之前|以上|上面|前面|先前|此前|これまで|今まで|以前|前の|上記|이전|지금까지|위의|앞의|앞서)"
_CJK_OVERRIDE = re.compile(
    _CJK_DISMISS
    + r"[^\n]{0,12}?"
    + _CJK_ORDERS
    + r"|"
    + _CJK_ORDERS
    + r"[^\n]{0,10}?"
    + _CJK_DISMISS
    + r"|"
    + _CJK_DISMISS
    + r"[^\n]{0,4}?"
    + _CJK_PRIOR
    + r"[^\n]{0,6}?(?:一切|所有|全部|内容|内容|すべて|全て|모든|내용)"
    + r"|"
    + _CJK_PRIOR
    + r"[^\n]{0,12}?(?:一切|所有|全部|内容|すべて|全て|모든|내용)[^\n]{0,6}?"
    + _CJK_DISMISS
)
# "tell no one", "do not tell the user" in Russian (read on the words as they are: its letters look Latin)
_RU_NOT, _RU_TELL = "\u043d\u0435", r"(?:говори|сообщаи|рассказываи)\w*"
_RU_NO_ONE = "\u043d\u0438\u043a\u043e\u043c\u0443"
_RUSSIAN_HIDE = (
    r"\b" + _RU_NOT + r"\s+" + _RU_TELL + r"\s+(?:\w+\s+){0,2}?(?:пользовател\w*|" + _RU_NO_ONE + ")"
    r"|\b" + _RU_NO_ONE + r"\s+(?:\w+\s+){0,2}?" + _RU_NOT + r"\s+" + _RU_TELL
)
# the user named first ("to the user about this do not tell")
_RU_USER = "пользовател"
_RUSSIAN_HIDE += r"|\b" + _RU_USER + r"\w*\s+(?:\w+\s+){0,3}?" + _RU_NOT + r"\s+" + _RU_TELL
# safeguards disabled, in the imperative of other languages (accents dropped; a negation before the verb
# or between it and its object lets it pass: "do not disable the checks", "deaktiviere nie die Tests")
_NOT_BEFORE = r"(?<!\b" + _RU_NOT + r"\s)(?<!\bne\s)(?<!\bno\s)(?<!\bnon\s)(?<!\bnao\s)(?<!\bnie\s)(?<!\bnicht\s)"
_NOT_BETWEEN = r"(?:(?!nie|nicht|niemals|jamais|pas|nunca|mai|никогда|" + _RU_NOT + r"\b)\w+\s+)"
_CHECKS_DISABLED = (
    # (only where the imperative is its own form: Spanish "desactiva", Italian "disattiva" and French
    # "désactive" also say what something does, "la commande désactive les tests lents")
    _NOT_BEFORE + r"(?<!\bvous\s)(?<!\bich\s)\b(?:(?:от|вы)ключи|пропусти|обоиди|отмени|удали|деактивируи|deaktiviere"
    r"|uberspringe|umgehe|desactivez|contournez|sautez|supprimez)\s+" + _NOT_BETWEEN + r"{0,3}?"
    r"(?:проверк\w*|тест\w*|линтер\w*|ревью|валидаци\w*|аутентификаци\w*|двухфакторн\w*|защит\w*|антивирус\w*"
    r"|tests?|prufung\w*|sicherheitsprufung\w*|checks|linter|verifizierung\w*|authentifizierung\w*|firewall"
    r"|verifications?|controles|pruebas|verificaciones|comprobaciones|controles|autenticacion|controlli|verifiche"
    r"|testes|verificacoes|checagens|autenticacao)\b"
    # merged or shipped without review, in Russian: "влей ветку в main без ревью"
    r"|\b(?:влеи|слеи|смержи|смерджи|мержни|мерджни|запушь|задеплои|выкати)\w*\s+(?:\w+\s+){0,5}?без\s+"
    r"(?:ревью|review|проверк\w*|согласовани\w*|одобрени\w*|тестов)\b"
)
# earlier orders said to be void, in other languages: "le istruzioni precedenti non sono più valide"
_ORDERS_ELSEWHERE = (
    r"(?:istruzion|instrucc|instruc|instruktion|anweisung|polecen|instrukcj|talimat|instructies|consign|regole|reglas"
    r"|regeln|regles|zasad|инструкци|указани|правил)\w*"
)
_VOID_ELSEWHERE = (
    r"non\s+sono\s+piu\s+valid\w*|non\s+valgono\s+piu|ya\s+no\s+(?:son\s+validas|aplican|valen|rigen)|no\s+son\s+validas"
    r"|ne\s+sont\s+plus\s+(?:valables|valides|applicables)|ne\s+s\s+appliquent\s+plus|sind\s+(?:nicht\s+mehr|ungultig)"
    r"|gelten\s+nicht\s+mehr|nie\s+sa\s+(?:juz\s+)?(?:wazne|aktualne)|nie\s+obowiazuja|gecersiz\w*|artik\s+gecerli\s+degil"
    r"|ar\s+inte\s+(?:langre\s+)?giltiga|galler\s+inte\s+langre|gelden\s+niet\s+meer|zijn\s+niet\s+meer\s+geldig"
    r"|nao\s+(?:sao\s+mais\s+validas|valem\s+mais)|больше\s+не\s+действу\w*|не\s+действу\w*|недействительн\w*|отменен\w*"
)
_VOIDED_ELSEWHERE = r"\b" + _ORDERS_ELSEWHERE + r"\s+(?:\w+\s+){0,3}?(?:" + _VOID_ELSEWHERE + r")\b"
# the reader told it is no longer bound by what it was told, in English and Romance languages and German
# ("you are no longer bound by your instructions", "tu n'es plus soumis à tes consignes")
_RELEASED = (
    r"\byou\s+(?:are|re)\s+(?:now\s+)?(?:no\s+longer|not)\s+(?:bound|restricted|limited|constrained|governed|held)\s+by"
    r"\s+(?:your|the\s+\w+\s+you\s+were\s+given|any\s+of\s+your)\s+(?:\w+\s+)?(?:instructions|rules|guidelines|policies"
    r"|restrictions|constraints|prompt|guardrails)\b"
    r"|\byou\s+(?:are|re)\s+no\s+longer\s+(?:bound|restricted|limited|constrained|governed)\s+by\s+(?:the|any)\s+(?:\w+\s+)?"
    r"(?:instructions|guidelines|guardrails|system\s+prompt)\b"
    r"|\b(?:tu\s+n\s+es|vous\s+n\s+etes)\s+plus\s+(?:soumis|tenu|lie|oblige|contraint|limite)\w*\s+(?:a|aux|par)\s+"
    r"(?:(?:tes|vos)\s+(?:\w+\s+)?(?:consignes|instructions|regles|directives)|(?:les\s+|ces\s+)?(?:consignes|instructions))\b"
    r"|\bya\s+no\s+(?:estas|esta|estan)\s+(?:sujet|obligad|limitad|atad|restringid)\w*\s+(?:a|por)\s+(?:tus|sus|las|los)\s+"
    r"(?:\w+\s+)?(?:instrucciones|reglas|normas|directrices)\b"
    r"|\b(?:du\s+bist|bist\s+du|sie\s+sind|sind\s+sie)\s+nicht\s+(?:mehr|langer)\s+an\s+(?:deine|ihre|die)\s+(?:\w+\s+)?(?:anweisungen|regeln"
    r"|vorgaben|richtlinien)\s+gebunden\b"
    r"|\bnon\s+(?:sei|e)\s+piu\s+(?:vincolat|sogget|tenut|obbligat|limitat)\w*\s+(?:a|al|alle|dalle|ai)\s+(?:tue\s+|sue\s+)?"
    r"(?:\w+\s+)?(?:istruzioni|regole|direttive)\b"
    r"|\b(?:voce|tu)\s+(?:ja\s+)?nao\s+(?:esta|estas|es|e)\s+mais\s+(?:sujeit|obrigad|vinculad|limitad|pres)\w*\s+(?:a|as|aos"
    r"|ao)\s+(?:suas\s+|tuas\s+)?(?:\w+\s+)?(?:instrucoes|regras|diretrizes)\b"
)
# Hindi, on its words as read (vowel signs dropped): "पिछले निर्देशों को अनदेखा करें"
_HINDI_OVERRIDE = r"(?:रदश|आदश|यम)\w*\s+(?:\w+\s+){0,3}?(?:अनदख|नजरअद|भल)"
INTENT_PATTERNS: tuple[Pattern, ...] = (
    Pattern("prompt-injection", "override-instructions", False, re.compile(_ENGLISH_OVERRIDE), (
        "ignor", "disregard", "forget", "overlook", "overr", "discard", "abandon", "dismiss", "neglect", "bypass",
        "aside", "behind", "throw", "pay no", "follow", "obey", "heed", "listen", "adhere", "comply", "past",
        "beyond")),
    Pattern("prompt-injection", "override-instructions", False, re.compile(_ERASE_YOURS), ("your", " s ")),
    Pattern("prompt-injection", "override-instructions", False, re.compile(_VOIDED), (
        "no longer", "void", "null", "cancel", "obsolete", "revoked", "supersed", "overrid", "replaced", "outdated",
        "invalid", "lifted", "suspended", "withdrawn", "rescinded", "deprecated", "expired", "apply", "not valid",
        "not binding", "test", "fake", "wrong", "over", "drill", "joke", "real", "mistake")),
    Pattern("prompt-injection", "override-instructions", False, re.compile(_DISMISS_THEM), ("your",)),
    Pattern("prompt-injection", "override-instructions", False, re.compile(_DEMOTED), (" as ",)),
    Pattern("prompt-injection", "hide-from-user", False, re.compile(_RUSSIAN_HIDE), (_RU_NO_ONE, "пользовател")),
    Pattern("safeguards", "disable-checks", False, re.compile(_CHECKS_DISABLED), (
        "ключи", "пропусти", "обоиди", "отмени", "удали", "деактив", "deaktiv", "uberspring", "umgeh", "desactivez",
        "contournez", "sautez", "supprimez", "без")),
    Pattern("prompt-injection", "role-change", False, re.compile(_NEW_ROLE), (
        "from ", "act as", "your", "no longer", " no ", "refuse", "stop being", "precedence", "priority", "overrid",
        "supersed", "outrank", "trump", "meant", "intended", "designed", "written")),
    Pattern("prompt-injection", "override-instructions", False,
             re.compile("|".join(language.pattern() for language in _LANGUAGES)), (
        "ignor", "vergi", "verge", "missacht", "uberschreib", "verwirf", "verwerf", "oubli", "neglig", "tene",
        "tiens", "abstraction", "olvid", "omiso", "omite", "descart", "deja de lado", "dimentic", "trascura",
        "tenere conto", "esquec", "desconsider", "negeer", "vergeet", "игнор", "забуд", "обраща", "отбрось",
        "пренебр", "ігнор", "de cote", "da parte", "de lado", "a un lado", "zignor", "ignoruj", "zapomn", "pomin",
        "nie stosuj", "odrzuc", "glom", "glem", "bortse", "se bort", "strunta", "yok say", "gormezden", "unut",
        "dikkate", "goz ardi", "uyma", "تجاهل", "انس", "اهمل", "لا ت", "تخط", "התעלם", "תתעלם", "שכח", "תשכח",
        "אל תציית")),
    Pattern("prompt-injection", "override-instructions", False, re.compile(_VOIDED_ELSEWHERE), (
        "valid", "valgono", "aplican", "valen", "rigen", "valables", "applicables", "appliquent", "nicht mehr",
        "ungultig", "nie ", "gecersiz", "gecerli", "giltig", "galler", "niet meer", "nao ", "действ", "отмен")),
    Pattern("prompt-injection", "override-instructions", False, re.compile(_RELEASED), (
        "longer", "not", "plus", "ya no", "mehr", "langer", "piu", "mais")),
    Pattern("prompt-injection", "override-instructions", False, re.compile(_HINDI_OVERRIDE), ("अनदख", "नजरअद", "भल")),
    Pattern("prompt-injection", "override-instructions", False, _CJK_OVERRIDE,
             tuple(_CJK_DISMISS.split(")(?:", 1)[1].split(")", 1)[0].split("|"))),
)  # fmt: skip
INTENT_FAMILIES = frozenset(pattern.family for pattern in INTENT_PATTERNS)
